/// Renders a document as a Word document (.docx): a WordprocessingML package (ECMA-376) of content
/// types, relationships, core properties, styles (Title, Heading1–3, TableGrid) and the document
/// itself, zipped by `ZIPWriter`. Headings use Word's built-in heading styles, so Word's navigation
/// pane and table of contents see them; a table's header row repeats on each page.
public struct DOCXWriter: Sendable {
    public var timestamp: ZIPWriter.Timestamp

    public init(timestamp: ZIPWriter.Timestamp = .epoch) {
        self.timestamp = timestamp
    }

    /// The media type to serve a .docx with.
    public static let mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    public func render(_ document: TextDocument) throws(ZIPWriter.Failure) -> [UInt8] {
        try ZIPWriter(timestamp: timestamp).archive([
            .init(path: "[Content_Types].xml", text: Self.contentTypes),
            .init(path: "_rels/.rels", text: Self.packageRelationships),
            .init(path: "docProps/core.xml", text: Self.coreProperties(document)),
            .init(path: "word/document.xml", text: Self.documentXML(document)),
            .init(path: "word/styles.xml", text: Self.styles(language: document.language)),
            .init(path: "word/_rels/document.xml.rels", text: Self.documentRelationships),
        ])
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static func coreProperties(_ document: TextDocument) -> String {
        declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/">\
            <dc:title>\(XML.escape(document.title))</dc:title>\
            <dc:language>\(XML.escape(document.language))</dc:language>\
            </cp:coreProperties>
            """
    }

    /// A4 with 2 cm margins, in twentieths of a point.
    static let pageWidth = 11906, pageHeight = 16838, margin = 1134
    static var textWidth: Int { pageWidth - 2 * margin }

    static func documentXML(_ document: TextDocument) -> String {
        var body = ""
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                body += paragraph(text, style: "Heading\(min(max(level, 1), 3))")
            case .paragraph(let text):
                body += paragraph(text, style: nil)
            case .table(let header, let rows):
                body += table(header: header, rows: rows)
                // Keeps tables that follow each other apart, and gives Word the paragraph it wants after a table.
                body += "<w:p/>"
            }
        }
        return declaration + """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\
            \(body)\
            <w:sectPr><w:pgSz w:w="\(pageWidth)" w:h="\(pageHeight)"/>\
            <w:pgMar w:top="\(margin)" w:right="\(margin)" w:bottom="\(margin)" w:left="\(margin)" w:header="708" w:footer="708" w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
    }

    static func paragraph(_ text: String, style: String?, bold: Bool = false) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return "<w:p>\(properties)\(runs(text, bold: bold))</w:p>"
    }

    /// One run; line feeds become `<w:br/>` and tabs `<w:tab/>`, as `<w:t>` holds neither.
    static func runs(_ text: String, bold: Bool) -> String {
        guard !text.isEmpty else { return "" }
        var content = ""
        var pending = ""
        func flush() {
            if !pending.isEmpty { content += #"<w:t xml:space="preserve">\#(XML.escape(pending))</w:t>"# }
            pending = ""
        }
        for character in text {
            switch character {
            case "\n", "\r\n":
                flush()
                content += "<w:br/>"
            case "\t":
                flush()
                content += "<w:tab/>"
            default:
                pending.append(character)
            }
        }
        flush()
        return "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")\(content)</w:r>"
    }

    static func table(header: [String], rows: [[String]]) -> String {
        let table = TextDocument.Block.rectangular(header: header, rows: rows)
        let widths = columnWidths(header: table.header, rows: table.rows)
        func cells(_ texts: [String], bold: Bool) -> String {
            zip(texts, widths).map { text, width in
                #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>"# + paragraph(text, style: nil, bold: bold) + "</w:tc>"
            }.joined()
        }
        var xml = #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>"#
            + #"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>"#
        xml += "<w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cells(table.header, bold: true) + "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cells(row, bold: false) + "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// Word does not size columns to their text the way a browser does. Each column gets room for
    /// its longest word (so words are not broken), and the rest of the text width is shared by the
    /// length of each column's longest line.
    static func columnWidths(header: [String], rows: [[String]]) -> [Int] {
        let characterWidth = 125, cellMargins = 216  // 11 pt text, with room for a wider substitute font; 2 × 108 twips
        let texts = header.indices.map { column in ([header] + rows).map { $0[column] } }
        let minimum = texts.map { column in
            (column.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 1) * characterWidth + cellMargins
        }
        let wanted = texts.map { column in
            (column.flatMap { $0.split(separator: "\n") }.map(\.count).max() ?? 1) * characterWidth + cellMargins
        }
        let minimumTotal = minimum.reduce(0, +)
        guard minimumTotal < textWidth else { return minimum.map { textWidth * $0 / minimumTotal } }
        let wantedTotal = wanted.reduce(0, +)
        let spare = textWidth - minimumTotal
        return zip(minimum, wanted).map { minimum, wanted in minimum + spare * wanted / wantedTotal }
    }

    static func styles(language: String) -> String {
        func heading(_ level: Int, size: Int, before: Int) -> String {
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/>\
            <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(before)" w:after="120"/><w:outlineLvl w:val="\(level - 1)"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
            """
        }
        return declaration + """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="\(XML.escape(language))"/>\
            </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:rPr><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>\
            \(heading(1, size: 36, before: 240))\(heading(2, size: 28, before: 240))\(heading(3, size: 24, before: 200))\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>\
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\
            </w:styles>
            """
    }
}
