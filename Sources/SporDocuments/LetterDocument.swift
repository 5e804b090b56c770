import Foundation

/// A finalised letter as it is printed: the municipality's letterhead, the caseworker, the date and the journal reference
/// on every page, and its page number ("Side 1 af 2"). Rendered to A4 HTML (for the PDF engine) and to DOCX.
public struct LetterDocument: Sendable, Hashable {
    public var municipality: String
    public var caseworker: String
    /// The date as written in the letter, e.g. "7. december 2026".
    public var date: String
    /// The journal reference, e.g. the entry's short id.
    public var reference: String
    public var recipients: [String]
    public var subject: String
    /// Paragraphs separated by a blank line; a line feed inside one is a line break.
    public var body: String

    public init(municipality: String, caseworker: String, date: String, reference: String, recipients: [String], subject: String, body: String) {
        self.municipality = municipality
        self.caseworker = caseworker
        self.date = date
        self.reference = reference
        self.recipients = recipients
        self.subject = subject
        self.body = body
    }

    var paragraphs: [String] {
        body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
    }

    /// The letter as one document model: recipients, subject as the heading, then the paragraphs.
    public var textDocument: TextDocument {
        var blocks: [TextDocument.Block] = [
            .paragraph("\(municipality)\n\(caseworker)\n\(date)\nJournalnr. \(reference)"),
            .paragraph(recipients.joined(separator: "\n")),
            .heading(level: 1, text: subject),
        ]
        blocks += paragraphs.map(TextDocument.Block.paragraph)
        return TextDocument(title: subject, language: "da", blocks: blocks)
    }

    public func docx() throws -> [UInt8] { try DOCXWriter().render(textDocument) }

    /// A4 HTML whose `@page` margin boxes carry the letterhead and the page numbers; every text escaped.
    public var html: String {
        let e = XML.escape
        let lines = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }.joined(separator: "<br>") }
        // CSS strings: a quote or backslash in a name must not end the string.
        let css = { (text: String) in
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "\\3C ") + "\""
        }
        return """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <title>\(e(subject))</title>
            <style>
            @page {
              size: A4; margin: 3cm 2cm 2.5cm 2.5cm;
              @top-left { content: \(css(municipality)); font: bold 11pt sans-serif; }
              @top-right { content: \(css(caseworker + " · " + date)); font: 9pt sans-serif; }
              @bottom-left { content: \(css("Journalnr. " + reference)); font: 9pt sans-serif; }
              @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 9pt sans-serif; }
            }
            body { font-family: "DejaVu Sans", Carlito, Arial, sans-serif; font-size: 11pt; line-height: 1.45; }
            .recipients { margin: 0 0 2em; }
            h1 { font-size: 14pt; margin: 0 0 1em; }
            p { margin: 0 0 0.8em; orphans: 3; widows: 3; }
            </style>
            </head>
            <body>
            <p class="recipients">\(recipients.map(e).joined(separator: "<br>"))</p>
            <h1>\(e(subject))</h1>
            \(paragraphs.map { "<p>\(lines($0))</p>" }.joined(separator: "\n"))
            </body>
            </html>

            """
    }
}

/// Turns a letter's A4 HTML into PDF with WeasyPrint (Debian's `weasyprint`). The HTML goes through a file in a private
/// temporary folder (never the command line, which other users of the machine can read), removed after.
public struct PDFEngine: Sendable {
    public let executable: String
    public let timeout: TimeInterval

    public init(executable: String, timeout: TimeInterval = 60) {
        self.executable = executable
        self.timeout = timeout
    }

    /// WeasyPrint where it is installed (on the `PATH` or in /usr/bin), else nil: then a letter is filed as DOCX only.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFEngine? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/weasyprint") {
            return PDFEngine(executable: folder + "/weasyprint")
        }
        return nil
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The PDF of `html`. Throws when the engine fails, or runs past the timeout (then it is ended).
    public func pdf(html: String) throws -> Data {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("spor-letter-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? manager.removeItem(at: folder) }
        let input = folder.appendingPathComponent("letter.html"), output = folder.appendingPathComponent("letter.pdf")
        guard manager.createFile(atPath: input.path, contents: Data(html.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure(description: "could not write the letter for the PDF engine")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--quiet", input.path, output.path]
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw Failure(description: "the PDF engine ran past \(Int(timeout)) seconds")
        }
        guard process.terminationStatus == 0, let data = manager.contents(atPath: output.path), data.starts(with: Data("%PDF".utf8)) else {
            throw Failure(description: "the PDF engine failed (exit \(process.terminationStatus))")
        }
        return data
    }
}
