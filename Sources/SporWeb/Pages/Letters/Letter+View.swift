import Foundation
import Plot
import SporDomain

/// A letter as it was sent: subject, recipients, the text whole, its files to download, and its handover.
enum LetterView {
    static func body(_ model: LetterModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let letter = model.letter
        return .group(
            .p(.a(.href(SiteURL.child(model.page.child.id).path), .plain("← \(model.page.child.fullName)"))),
            .h1(.plain(letter.subject)),
            .element(named: "dl", nodes: [
                .element(named: "dt", nodes: [.plain(context.t(Strings.letterRecipients))]),
                .element(named: "dd", nodes: [.plain(letter.recipients.map(\.name).joined(separator: ", "))]),
                .element(named: "dt", nodes: [.plain(context.t(Strings.letterSent))]),
                .element(named: "dd", nodes: [.plain("\(Format.dateTime(model.entry.recordedAt, context.language))\(model.author.map { " · \($0)" } ?? "")")]),
                .element(named: "dt", nodes: [.plain(context.t(Strings.letterReference))]),
                .element(named: "dd", nodes: [.plain(reference(model.entry.id))]),
            ]),
            .section(.class("letter-text"), .attribute(named: "aria-label", value: context.t(Strings.letterText)),
                .forEach(paragraphs(letter.body)) { .p(.forEach(lines($0)) { line in .group(.plain(line), .br()) }) }),
            files(model.entry, letter, context),
            .unwrap(pdfMissing(letter)) { _ in .p(.class("hint"), .plain(context.t(Strings.letterPDFMissing))) },
            .if(model.page.grounds == .ownTeam, .p(.a(.id("letter-correct"),
                .href(escapeAttribute(SiteURL.child(model.page.child.id, .letterNew(.value(letter.kind.rawValue)))
                    .path(query: [("concerns", letter.concerns?.uuidString ?? ""), ("from", model.entry.id.uuidString)]))),
                .plain(context.t(Strings.letterCorrect))))),
            .forEach(model.handovers) { entry in
                .p(.class("meta"), .plain(context.t(Strings.letterHandedOverAt.filled(Format.dateTime(entry.recordedAt, context.language)))))
            }
        )
    }

    /// The letter's files as links to download them.
    static func files(_ entry: Entry, _ letter: Letter, _ context: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("files"), .forEach(letter.files) { file in
            .li(.a(.href(SiteURL.child(entry.child, .letterFile(.value(entry.id), .value(file.sha256))).path),
                   .plain("\(file.mediaType == "application/pdf" ? "PDF" : "DOCX") · \(file.name)")))
        })
    }

    static func pdfMissing(_ letter: Letter) -> Bool? {
        letter.files.contains { $0.mediaType == "application/pdf" } ? nil : true
    }

    /// The journal reference printed on the letter: the entry's short id.
    static func reference(_ id: UUID) -> String { String(id.uuidString.prefix(8)).uppercased() }

    static func paragraphs(_ body: String) -> [String] {
        body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    static func lines(_ paragraph: String) -> [String] {
        paragraph.trimmingCharacters(in: .newlines).components(separatedBy: "\n")
    }
}
