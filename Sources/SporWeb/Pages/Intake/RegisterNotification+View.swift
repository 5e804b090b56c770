import Foundation
import Plot
import SporDomain
import SporStore

/// The form a caseworker or team lead registers a notification received outside Spor with (ids `intake-…`).
enum RegisterNotificationView {
    static func body(_ model: RegisterNotificationModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "intake", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.registerNotificationTitle))),
            .p(.plain(context.t(Strings.registerNotificationIntro))),
            fields.summary(Strings.notificationNotSaved),
            .form(.id("intake-form"), .class("entry-form narrow"), .action(SiteURL.intakeNew.path), .method(.post),
                csrfField(context),
                .unwrap(model.returnTo) { fields.hidden("returnTo", $0) },
                .h2(.plain(context.t(Strings.findChild))),
                .p(.class("hint"), .plain(context.t(Strings.intakeChildHint)), .plain(" "),
                   .a(.href(SiteURL.childrenNew.path), .plain(context.t(Strings.registerChildFirst)))),
                fields.text("cpr", Strings.cprLabel),
                fields.text("name", Strings.childName),
                fields.date("birthDate", Strings.birthDate),
                notificationFields(fields, channels: model.channels, professions: model.professions, hintID: "intake-notifier-hint", context),
                .button(.id("intake-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.registerNotification))))
        )
    }

    /// What a notification received outside Spor says: how and from whom it came, when, what was said, and the two legal
    /// questions — the intake form's and the notification before birth's alike.
    static func notificationFields(_ fields: FormFields, channels: [NotificationChannel], professions: [ConcernSource], hintID: String,
                                   _ context: PageContext) -> Node<HTML.FormContext> {
        .group(
            fields.choices("channel", Strings.howReceived, channels.map { ($0.rawValue, context.t(Strings.channel($0))) }),
            fields.choices("notifierKind", Strings.whoNotified, NotifierKind.allCases.map { ($0.rawValue, context.t(Strings.notifierKind($0))) }),
            fields.choice("profession", Strings.professionIfProfessional,
                          [("", context.t(Strings.none))] + professions.map { ($0.rawValue, context.t(Strings.concernSource($0))) }),
            .p(.class("hint"), .id(hintID), .plain(context.t(Strings.notifierKnownHint))),
            fields.text("notifierName", Strings.notifierNameLabel, maxLength: 200, describedBy: hintID),
            fields.text("notifierContact", Strings.notifierContactLabel, maxLength: 200, describedBy: hintID),
            fields.dateTime("receivedAt", Strings.receivedAt),
            fields.area("description", Strings.whatWasSaid, required: true, rows: 5),
            fields.yesNo("concernsAbuse", Strings.concernsAbuseQuestion),
            fields.check("dialogBased", Strings.dialogBased))
    }
}
