/// A document as headings, paragraphs and tables: the one model the Markdown, HTML and DOCX
/// renderers share. It knows nothing of what the document is about; callers map their own values
/// (e.g. a status report) onto it.
public struct TextDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        /// Level 1 is the document's main heading; renderers clamp levels to what they support.
        case heading(level: Int, text: String)
        /// A paragraph; a line feed inside it is a line break.
        case paragraph(String)
        /// A table with a header row; rows shorter than the widest row are padded with empty cells.
        case table(header: [String], rows: [[String]])
    }

    /// The document's title, for the HTML page title and the DOCX properties; not rendered as a
    /// heading by itself.
    public var title: String
    /// A BCP 47 language tag, e.g. "da" or "da-DK".
    public var language: String
    public var blocks: [Block]

    public init(title: String, language: String = "da", blocks: [Block]) {
        self.title = title
        self.language = language
        self.blocks = blocks
    }
}

extension TextDocument.Block {
    /// The header and rows padded to the same number of columns.
    static func rectangular(header: [String], rows: [[String]]) -> (header: [String], rows: [[String]]) {
        let columns = max(header.count, rows.map(\.count).max() ?? 0, 1)
        func pad(_ row: [String]) -> [String] { row + Array(repeating: "", count: columns - row.count) }
        return (pad(header), rows.map(pad))
    }
}
