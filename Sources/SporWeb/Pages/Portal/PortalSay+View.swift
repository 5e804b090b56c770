import Foundation
import Plot
import SporDomain

/// "Det vil jeg gerne sige": free text, for a child the five scale questions, and the meeting it is for; then what
/// was sent before. A refused form keeps everything typed.
enum PortalSayView {
    static func body(_ model: PortalModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let scaleNames = PortalScaleQuestion.allCases.map { "scale-\($0.rawValue)" }
        let fields = FormFields(context, idPrefix: "say", refusal: refusal,
                                ids: Dictionary(uniqueKeysWithValues: (["text", "meetingOn"] + scaleNames).map { ($0, $0) }))
        return .div(.class("portal-page"),
            .h1(.plain(context.t(Strings.sayTitle))),
            .p(.class("lead"), .plain(context.t(model.isChild ? Strings.sayIntro : Strings.sayParentIntro))),
            PortalView.errorLine(refusal),
            .form(.id("say-form"), .action(SiteURL.portalSay.path), .method(.post), .class("narrow"),
                csrfField(context),
                fields.field("text", context.t(Strings.sayText),
                    .group(.p(.class("hint"), .id("text-hint"), .plain(context.t(Strings.sayTextHint))),
                           fields.textarea("text", rows: 8, [("aria-describedby", "text-hint")]))),
                .if(model.isChild, .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.sayScaleLegend))]),
                    .forEach(PortalScaleQuestion.allCases) { question in
                        fields.choice("scale-\(question.rawValue)", Strings.scaleQuestion(question),
                                      [("", context.t(Strings.scaleNoAnswer))] + (1...5).map { (String($0), context.t(Strings.scaleValue($0))) },
                                      fallback: "")
                    },
                ])),
                fields.date("meetingOn", Strings.meetingDate, fallback: model.view.nextFollowUp?.description ?? ""),
                .button(.id("say-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.sendButton)))),
            PortalView.sent(model, context))
    }
}
