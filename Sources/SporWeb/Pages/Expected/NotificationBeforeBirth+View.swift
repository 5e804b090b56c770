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
                RegisterNotificationView.notificationFields(fields, channels: model.channels, professions: model.professions,
                                                            hintID: "before-birth-notifier-hint", context),
                .button(.id("before-birth-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.registerNotification))))
        )
    }
}
