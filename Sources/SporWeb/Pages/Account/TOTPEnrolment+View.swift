import Foundation
import Plot
import Vapor
import SporDomain
import SporSecurity

/// Two-step login: the key and address to type into an app, and the code that confirms it.
enum TOTPEnrolmentView {
    static func render(_ request: Request, totp: SporSecurity.TOTP, account: String, error: String?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.totpTitle(request.language), status: status) { context in
            .group(
                .h1(.plain(context.t(Strings.totpTitle))),
                .p(.plain(context.t(Strings.totpIntro))),
                .p(.plain(context.t(Strings.totpStepKey))),
                .p(.code(.id("totp-secret"), .plain(grouped(totp.base32)))),
                Components.field(context.t(Strings.totpStepAddress), id: "totp-uri",
                    .textarea(.id("totp-uri"), .attribute(named: "readonly", value: "readonly"), .attribute(named: "rows", value: "3"),
                              .plain(totp.uri(issuer: TOTPController.issuer, account: account)))),
                .p(.plain(context.t(Strings.totpStepCode))),
                .form(.id("totp-form"), .action("/account/totp"), .method(.post),
                    csrfField(context),
                    .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                    Components.field(context.t(Strings.totpCode), id: "totp-code", codeInput(id: "totp-code")),
                    .button(.id("totp-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.totpEnableButton))))
            )
        }
    }

    static func renderEnabled(_ request: Request, since: Date) -> Response {
        Page.render(request, title: Strings.totpTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.totpTitle))),
                .p(.id("totp-on"), .plain(context.t(Strings.totpIsOn, Format.dateTime(since, context.language))))
            )
        }
    }

    /// A six-digit code field: numeric keyboard, and the phone may fill it in.
    static func codeInput<C: HTML.BodyContext>(id: String) -> Node<C> {
        .input(.id(id), .name("code"), .type(.text), .required(true),
               .attribute(named: "inputmode", value: "numeric"),
               .attribute(named: "autocomplete", value: "off"),
               .attribute(named: "maxlength", value: "7"),
               .attribute(named: "size", value: "7"))
    }

    /// Groups of four, easier to type.
    private static func grouped(_ text: String) -> String {
        stride(from: 0, to: text.count, by: 4).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: " ")
    }
}
