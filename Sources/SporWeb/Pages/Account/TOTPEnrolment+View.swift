import Foundation
import Plot
import SporDomain

/// Two-step login: the key and address to type into an app, and the code that confirms it; or since when it is on.
enum TOTPEnrolmentView {
    static func body(_ model: TOTPEnrolmentModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch model.state {
        case .on(let since):
            return .group(
                .h1(.plain(context.t(Strings.totpTitle))),
                .p(.id("totp-on"), .plain(context.t(Strings.totpIsOn, Format.dateTime(since, context.language)))))
        case .settingUp(let key, let address):
            let fields = FormFields(context, idPrefix: "totp", refusal: refusal)
            return .group(
                .h1(.plain(context.t(Strings.totpTitle))),
                .p(.plain(context.t(Strings.totpIntro))),
                .p(.plain(context.t(Strings.totpStepKey))),
                .p(.code(.id("totp-secret"), .plain(key))),
                fields.field("uri", context.t(Strings.totpStepAddress),
                    fields.textarea("uri", rows: 3, fallback: address, submitted: false, [("readonly", "readonly")])),
                .p(.plain(context.t(Strings.totpStepCode))),
                .form(.id("totp-form"), .action(SiteURL.accountTOTP.path), .method(.post),
                    csrfField(context),
                    LoginView.alert(refusal),
                    fields.field("code", context.t(Strings.totpCode), codeInput(fields)),
                    .button(.id("totp-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.totpEnableButton)))))
        }
    }

    /// A six-digit code field: numeric keyboard, and the phone may fill it in.
    static func codeInput(_ fields: FormFields) -> Node<HTML.FormContext> {
        fields.input("code", required: true, secret: true, [("inputmode", "numeric"), ("autocomplete", "off"), ("maxlength", "7"), ("size", "7")])
    }
}
