import Foundation
import Plot
import SporDomain

/// A notification about an unborn child (§ 133, stk. 3), registered on the expected child (ids `before-birth-…`).
enum NotificationBeforeBirthView {
    static func body(_ model: NotificationBeforeBirthModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "before-birth", refusal: refusal)
        let child = model.child
        return .group(
            .h1(.plain(context.t(Strings.beforeBirthTitle))),
            .p(.a(.href(SiteURL.child(child.id).path), .plain(ExpectedText.name(child, context)))),
            .p(.plain(context.t(Strings.beforeBirthIntro))),
            fields.summary(Strings.beforeBirthNotSaved),
            .form(.id("before-birth-form"), .class("entry-form narrow"), .action(SiteURL.child(child.id, .notificationBeforeBirth).path),
                  .method(.post),
                csrfField(context),
                fields.choices("channel", Strings.howReceived, model.channels.map { ($0.rawValue, context.t(Strings.channel($0))) }),
                fields.choices("notifierKind", Strings.whoNotified, NotifierKind.allCases.map { ($0.rawValue, context.t(Strings.notifierKind($0))) }),
                fields.choice("profession", Strings.professionIfProfessional,
                              [("", context.t(Strings.none))] + model.professions.map { ($0.rawValue, context.t(Strings.concernSource($0))) }),
                .p(.class("hint"), .id("before-birth-notifier-hint"), .plain(context.t(Strings.notifierKnownHint))),
                fields.text("notifierName", Strings.notifierNameLabel, maxLength: 200, describedBy: "before-birth-notifier-hint"),
                fields.text("notifierContact", Strings.notifierContactLabel, maxLength: 200, describedBy: "before-birth-notifier-hint"),
                fields.dateTime("receivedAt", Strings.receivedAt),
                fields.area("description", Strings.whatWasSaid, required: true, rows: 5),
                fields.yesNo("concernsAbuse", Strings.concernsAbuseQuestion),
                fields.check("dialogBased", Strings.dialogBased),
                .button(.id("before-birth-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.registerNotification))))
        )
    }
}
