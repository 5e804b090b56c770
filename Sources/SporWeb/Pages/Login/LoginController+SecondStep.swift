import Foundation
import Vapor
import SporDomain
import SporStore
import SporSecurity

/// The second step of a login for staff with TOTP: after the right password the session holds only
/// who is logging in; it is logged in after the code from their app.
extension LoginController {
    static let pendingUserKey = "totp_user"
    static let pendingSinceKey = "totp_since"
    /// The time from the right password to the code.
    static let secondStepTimeout: TimeInterval = 5 * 60

    struct CodeForm: Content {
        var code: String?
    }

    static func startSecondStep(_ request: Request, user: UserRecord) async throws -> Response {
        let language = request.session.data["lang"]
        try await renewSession(request)
        request.session.data[pendingUserKey] = user.id.uuidString
        request.session.data[pendingSinceKey] = String(request.now.sessionMilliseconds)
        if let language { request.session.data["lang"] = language }
        return request.redirect(to: SiteURL.loginCode, redirectType: .normal)
    }

    @Sendable static func showCode(_ request: Request) async throws -> Response {
        if let user = request.currentUser { return request.redirect(to: Authorization.home(user.role)) }
        guard try await pendingUser(request) != nil else { return try await restart(request) }
        return Page.render(request, title: Strings.loginCodeTitle(request.language)) { LoginSecondStepView.body(refusal: nil, $0) }
    }

    @Sendable static func verifyCode(_ request: Request) async throws -> Response {
        guard let user = try await pendingUser(request),
              let enrolment = try await request.store.totpEnrolment(user: user.id) else { return try await restart(request) }
        let account = request.loginAccount(user.username)
        if let refusal = try await refusal(request, account: account, user: user.id, municipality: user.municipality) {
            return refusal.render(request, title: Strings.loginCodeTitle) { LoginSecondStepView.body(refusal: $0, $1) }
        }
        let form = (try? request.content.decode(CodeForm.self)) ?? CodeForm(code: nil)
        if let step = enrolment.totp.step(matching: form.code ?? "", at: request.now),
           try await request.store.claimTOTPStep(user: user.id, step: step) {
            return try await completeLogin(request, user: user, account: account)
        }
        let refusal = try await failure(request, account: account, user: user.id, municipality: user.municipality, wrong: Strings.loginCodeWrong)
        return refusal.render(request, title: Strings.loginCodeTitle) { LoginSecondStepView.body(refusal: $0, $1) }
    }

    /// Who is between the password and the code, while there is still time.
    private static func pendingUser(_ request: Request) async throws -> UserRecord? {
        guard let text = request.session.data[pendingUserKey], let id = UUID(uuidString: text),
              let since = request.session.data[pendingSinceKey].flatMap(Int64.init),
              Double(request.now.sessionMilliseconds - since) <= secondStepTimeout * 1000,
              let user = try await request.store.user(id: id), user.isActive else { return nil }
        return user
    }

    /// Back to the password, with a notice when a second step had been started.
    private static func restart(_ request: Request) async throws -> Response {
        if request.session.data[pendingUserKey] != nil {
            let language = request.language
            try await renewSession(request)
            request.session.data["lang"] = language.rawValue
            request.session.data["notice"] = Strings.loginCodeExpired(language)
        }
        return request.redirect(to: SiteURL.login, redirectType: .normal)
    }
}
