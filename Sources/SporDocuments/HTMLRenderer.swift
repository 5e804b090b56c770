/// Renders a document as a standalone HTML page, ready to print (A4, page numbers, table headers
/// repeated on each page, headings kept with what follows). All text is escaped.
public enum HTMLRenderer {
    public static func render(_ document: TextDocument) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(escape(document.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            \(printStyle)
            </style>
            </head>
            <body>
            <main>

            """
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(max(level, 1), 6))"
                html += "<\(tag)>\(escape(text))</\(tag)>\n"
            case .paragraph(let text):
                html += "<p>\(lines(text))</p>\n"
            case .table(let header, let rows):
                let table = TextDocument.Block.rectangular(header: header, rows: rows)
                html += "<table>\n<thead>\n<tr>"
                html += table.header.map { "<th scope=\"col\">\(lines($0))</th>" }.joined()
                html += "</tr>\n</thead>\n<tbody>\n"
                for row in table.rows {
                    html += "<tr>" + row.map { "<td>\(lines($0))</td>" }.joined() + "</tr>\n"
                }
                html += "</tbody>\n</table>\n"
            }
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// Escaped text with its line feeds as `<br>`.
    private static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
    }

    /// Escapes the five characters that are markup in HTML text and attribute values.
    public static func escape(_ text: String) -> String { XML.escape(text) }

    static let printStyle = """
        @page { size: A4; margin: 2cm 2cm 2.5cm 2cm; @bottom-right { content: counter(page) " / " counter(pages); } }
        html { color: #000; background: #fff; }
        body { font-family: Calibri, Carlito, "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.4; max-width: 48em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 20pt; margin: 0 0 0.6em; }
        h2 { font-size: 15pt; margin: 1.4em 0 0.4em; }
        h3, h4, h5, h6 { font-size: 12pt; margin: 1.2em 0 0.3em; }
        h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
        p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 10pt; }
        th, td { border: 1px solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; font-weight: bold; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
