import Foundation
import Plot
import SporDomain
import SporStore

/// The page to correct one entry: for an entry a course step records, that step's own form with the entry's values and a
/// reason (amend), and voiding it on its own form; for another entry, the entry as it reads now and the form (a reason; a
/// new text or level, or void).
enum CorrectionView {
    static func body(_ model: CorrectionModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        if let step = model.step {
            return .group(CourseStepView.body(step, refusal: refusal, context), voidForm(model, context, refusal))
        }
        return .group(
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

    /// The reason an amendment is made: asked first on the step's form when it amends (`correctionReason`, as the steps
    /// have fields of their own called `reason`).
    static func reasonField(_ form: FormFields) -> Node<HTML.FormContext> {
        .group(form.area("correctionReason", Strings.amendReason, required: true, rows: 2),
               .p(.class("hint"), .plain(form.context.t(Strings.amendHint))))
    }

    /// Voiding an entry a step's form amends: a reason, and the button.
    static func voidForm(_ model: CorrectionModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let entry = model.item.entry
        let fields = FormFields(context, idPrefix: "v-\(entry.id.uuidString.prefix(8))", form: model.voidFormName, refusal: refusal)
        return .section(.class("void-entry"), .attribute(named: "aria-labelledby", value: "void-heading"),
            .h2(.id("void-heading"), .plain(context.t(Strings.voidHeading))),
            .p(.class("hint"), .plain(context.t(Strings.voidHint))),
            fields.summary(),
            .form(.id("void-form"), .class("entry-form narrow"), .action(SiteURL.child(entry.child, .correct(.value(entry.id))).path), .method(.post),
                csrfField(context),
                fields.hidden("void", "1"),
                fields.text("correctionReason", Strings.correctionReason, required: true),
                .button(.id("void-submit"), .type(.submit), .plain(context.t(Strings.voidButton)))))
    }
}
