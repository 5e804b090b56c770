import Foundation
import Plot
import SporDomain

extension PortalHomeView {
    /// The decision letters and plans sent to this reader, each to download as it was sent.
    static func letters(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !model.letters.isEmpty else { return .empty }
        return PortalView.section("portal-letters", Strings.portalLetters, context,
            .ul(.class("letters"), .forEach(model.letters) { letter in
                .li(.p(.strong(.plain(letter.subject)), .plain(" · \(Format.date(DanishTime.localDate(of: letter.sentAt), context.language))")),
                    .ul(.forEach(letter.files) { file in
                        .li(.a(.class("portal-letter-file"), .href(SiteURL.portalLetterFile(.value(letter.entry), .value(file.sha256)).path),
                               .plain(file.mediaType == "application/pdf" ? context.t(Strings.portalLetterPDF) : context.t(Strings.portalLetterDOCX))))
                    }))
            }))
    }
}
