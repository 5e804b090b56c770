import Foundation
import Plot
import SporDomain
import SporStore

/// The page to correct one entry: the entry as it reads now, and the form (a reason; a new text or level, or void).
enum CorrectionView {
    static func body(_ model: CorrectionModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.child(model.page.child.id).path), .plain("← \(model.page.child.fullName)"))),
            .h1(.plain(context.t(Strings.correct))),
            .ol(.class("timeline"), ChildPageView.entry(model.item, model.page, context, nil)),
            form(model, context, refusal)
        )
    }

    static func form(_ model: CorrectionModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let entry = model.item.entry
        let fields = FormFields(context, idPrefix: "c-\(entry.id.uuidString.prefix(8))", form: model.formName, refusal: refusal)
        var replacement: Node<HTML.FormContext> = .empty
        switch model.item.effective ?? entry.payload {
        case .concern(let concern):
            replacement = .group(
                fields.choice("level", Strings.level, ChildPageView.levelOptions(context), fallback: String(concern.level.rawValue)),
                fields.hidden("source", concern.source.rawValue),
                fields.area("description", Strings.description, fallback: concern.description))
        case .journalNote(let note):
            replacement = fields.area("text", Strings.noteText, fallback: note.text)
        default:
            break
        }
        return .group(
            .unwrap(fields.refusal) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0.message)) },
            .form(.id("correct-form"), .class("entry-form"), .action(SiteURL.child(entry.child, .correct(.value(entry.id))).path), .method(.post),
                csrfField(context),
                fields.text("reason", Strings.correctionReason, required: true),
                replacement,
                .element(named: "fieldset", nodes: [
                    .class("check"),
                    .element(named: "legend", nodes: [.class("visually-hidden"), .plain(context.t(Strings.voidLegend))]),
                    fields.check("void", Strings.voidEntry),
                ]),
                .button(.type(.submit), .plain(context.t(Strings.saveCorrection)))
            )
        )
    }
}
