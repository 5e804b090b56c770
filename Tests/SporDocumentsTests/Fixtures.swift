import SporDocuments

/// A small document with every kind of block and text that needs escaping in each format.
enum Fixtures {
    static let hostile = #"<script>alert("x & 'y'")</script> *fed* _kursiv_ [link](javascript:x) | pipe # \ `kode`"#

    static let document = TextDocument(
        title: "Status 2025 <udkast> & \"noter\"",
        blocks: [
            .heading(level: 1, text: "Status 2025"),
            .paragraph("Første afsnit med æøå.\nAnden linje."),
            .heading(level: 2, text: "1. Tidlig opsporing og indsats"),
            .paragraph(hostile),
            .paragraph("1. halvår 2026 er en linje, der ligner en liste."),
            .table(
                header: ["Initiativ", "Status", "Næste skridt"],
                rows: [
                    ["SSP-taskforce", "Igangværende", "Systematisk evaluering af effekten."],
                    ["A | B", "Planlagt", "Første skridt\nAndet skridt"],
                    [hostile],
                ]
            ),
            .heading(level: 3, text: "Indikatorer"),
            .table(header: ["Indikator", "Værdi"], rows: []),
        ]
    )
}
