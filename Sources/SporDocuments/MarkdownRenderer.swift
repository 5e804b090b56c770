/// Renders a document as CommonMark with GitHub-style tables. Text is escaped so that nothing in it
/// reads as Markdown syntax.
public enum MarkdownRenderer {
    public static func render(_ document: TextDocument) -> String {
        var parts: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let hashes = String(repeating: "#", count: min(max(level, 1), 6))
                parts.append("\(hashes) \(escapeInline(text.replacing("\n", with: " ")))")
            case .paragraph(let text):
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { escapeLine(String($0)) }
                // A backslash at the end of a line is CommonMark's hard line break.
                parts.append(lines.joined(separator: "\\\n"))
            case .table(let header, let rows):
                let table = TextDocument.Block.rectangular(header: header, rows: rows)
                var lines = [row(table.header), "|" + String(repeating: " --- |", count: table.header.count)]
                lines += table.rows.map(row)
                parts.append(lines.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    /// A table cell is one line: line feeds become `<br>`, which GitHub-style tables allow.
    private static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeInline(String($0)).replacing("|", with: "\\|") }
            .joined(separator: "<br>")
    }

    /// Characters that start emphasis, code, links or raw HTML anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&"]

    static func escapeInline(_ text: String) -> String {
        var result = ""
        for character in text {
            if inlineSpecials.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Also escapes what would start a heading, quote, list or rule at the beginning of a line.
    static func escapeLine(_ text: String) -> String {
        var escaped = escapeInline(text)
        let leading = escaped.prefix { $0 == " " }
        var rest = escaped.dropFirst(leading.count)
        if let first = rest.first, "#>-+=~".contains(first) {
            escaped = String(leading) + "\\" + String(rest)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let marker = rest.dropFirst(digits.count).first, marker == "." || marker == ")" {
                rest = rest.dropFirst(digits.count + 1)
                escaped = String(leading) + String(digits) + "\\" + String(marker) + String(rest)
            }
        }
        return escaped
    }
}
