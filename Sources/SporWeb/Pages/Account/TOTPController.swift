import Foundation
import Vapor
import SporDomain
import SporStore
import SporSecurity

/// Turning on two-step login (TOTP) under *Min konto*. The new secret waits in the session until a
/// code from the user's app confirms it.
enum TOTPController {
    static let pendingSecretKey = "totp_pending"
    static let issuer = "Spor"

    @Sendable static func show(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await TOTPEnrolmentModel.query(store: request.store, user: user, pending: pendingSecret(request))
        return Page.render(request, title: Strings.totpTitle(request.language)) { TOTPEnrolmentView.body(model, refusal: nil, $0) }
    }

    @Sendable static func enable(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard try await request.store.totpEnrolment(user: user.id) == nil,
              let totp = request.session.data[pendingSecretKey].flatMap(SporSecurity.TOTP.init(base32:)) else {
            return request.redirect(to: SiteURL.accountTOTP, redirectType: .normal)
        }
        let form = (try? request.content.decode(LoginController.CodeForm.self)) ?? LoginController.CodeForm(code: nil)
        guard let step = totp.step(matching: form.code ?? "", at: request.now) else {
            let refusal = Refusal(field: nil, message: Strings.totpCodeWrong(request.language), values: FormValues())
            let model = TOTPEnrolmentModel.settingUp(totp, account: user.username)
            return Page.render(request, title: Strings.totpTitle(request.language), status: .unprocessableEntity) {
                TOTPEnrolmentView.body(model, refusal: refusal, $0)
            }
        }
        try await request.store.enableTOTP(user: user.id, totp: totp, confirmedStep: step, now: request.now)
        request.session.data[pendingSecretKey] = nil
        request.session.data["notice"] = Strings.totpEnabledNotice(request.language)
        return request.redirect(to: SiteURL.accountTOTP, redirectType: .normal)
    }

    /// The secret being set up, made on the first visit and kept while the user types it in.
    private static func pendingSecret(_ request: Request) -> SporSecurity.TOTP {
        if let totp = request.session.data[pendingSecretKey].flatMap(SporSecurity.TOTP.init(base32:)) { return totp }
        let totp = SporSecurity.TOTP.random()
        request.session.data[pendingSecretKey] = totp.base32
        return totp
    }
}
