import Foundation
import Plot
import Vapor
import SporDomain
import SporSecurity

/// Why an attempt to log in was not let through, said the same way for every username.
struct LoginRefusal {
    let message: String
    let status: HTTPStatus
    /// Seconds until another attempt is looked at, when there is a wait.
    let retryAfter: Int?

    func apply(to response: Response) -> Response {
        if let retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
        return response
    }

    /// The refusal as its form shows it, keeping what may be shown again (the username, never a password or a code).
    func form(keeping values: [String: String] = [:]) -> Refusal {
        Refusal(field: nil, message: message, values: FormValues(values))
    }

    /// The page again with this refusal: its status, and when to try again.
    func render(_ request: Request, title: LocalizedText, keeping values: [String: String] = [:],
                _ body: @escaping (Refusal, PageContext) -> Node<HTML.BodyContext>) -> Response {
        let refusal = form(keeping: values)
        return apply(to: Page.render(request, title: title(request.language), status: status) { body(refusal, $0) })
    }
}

extension LoginController {
    /// A refusal when the throttle does not look at an attempt now (it is audited, in the municipality of the account
    /// it matched); nil when it may go ahead.
    static func refusal(_ request: Request, account: String, user: UUID?, municipality: Int?) async throws -> LoginRefusal? {
        let policy = request.spor.settings.loginThrottle
        let state = try await request.store.loginThrottle(account: account)
        let decision = LoginThrottle.decision(state, now: request.now, policy: policy)
        guard decision != .allowed else { return nil }
        try await request.signInAudit(municipality).audit(.loginLocked, user: user, now: request.now)
        return explain(decision, request, failed: nil, status: .tooManyRequests)
    }

    /// Counts a wrong password or code, audits it (in the municipality of the account it matched), and says what
    /// happens next.
    static func failure(_ request: Request, account: String, user: UUID?, municipality: Int?,
                        wrong: LocalizedText = Strings.loginFailed) async throws -> LoginRefusal {
        let policy = request.spor.settings.loginThrottle
        let state = try await request.store.recordLoginFailure(account: account, now: request.now, policy: policy)
        try await request.signInAudit(municipality).audit(.loginFailed, user: user, now: request.now)
        let decision = LoginThrottle.decision(state, now: request.now, policy: policy)
        return explain(decision, request, failed: wrong, status: .unauthorized)
    }

    private static func explain(_ decision: LoginThrottle.Decision, _ request: Request, failed: LocalizedText?,
                                status: HTTPStatus) -> LoginRefusal {
        let language = request.language
        let now = request.now
        switch decision {
        case .allowed:
            return LoginRefusal(message: (failed ?? Strings.loginFailed)(language), status: status, retryAfter: nil)
        case .wait(let until):
            let seconds = Int(until.timeIntervalSince(now).rounded(.up))
            let wait = Strings.loginWait(language, String(seconds))
            return LoginRefusal(message: failed.map { "\($0(language)) \(wait)" } ?? wait, status: status, retryAfter: seconds)
        case .locked(let until):
            let minutes = Int((request.spor.settings.loginThrottle.lockout / 60).rounded(.up))
            // Shown to the minute, so round up: "from 10.16" must not be refused at 10.16.00.
            let shown = Date(timeIntervalSince1970: (until.timeIntervalSince1970 / 60).rounded(.up) * 60)
            return LoginRefusal(message: Strings.loginLocked(language, String(minutes), Format.dateTime(shown, language)),
                                status: status, retryAfter: Int(until.timeIntervalSince(now).rounded(.up)))
        }
    }
}
