import Vapor
import SporDomain
import SporStore

enum LoginController {
    struct LoginForm: Content {
        var username: String
        var password: String
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        if let user = request.currentUser { return request.redirect(to: Authorization.home(user.role)) }
        return Page.render(request, title: Strings.loginTitle(request.language)) { LoginView.body(refusal: nil, options: loginOptions(request), $0) }
    }

    @Sendable static func login(_ request: Request) async throws -> Response {
        let form = (try? request.content.decode(LoginForm.self)) ?? LoginForm(username: "", password: "")
        let username = form.username.trimmingCharacters(in: .whitespaces)
        let account = request.loginAccount(username)
        let known = try await request.store.user(username: username)
        // Unknown usernames are throttled, hashed and answered like known ones.
        if let refusal = try await refusal(request, account: account, user: known?.id, municipality: known?.municipality) {
            return refusal.render(request, title: Strings.loginTitle, keeping: ["username": username]) { LoginView.body(refusal: $0, options: loginOptions(request), $1) }
        }
        let verified: Bool
        // A user of the OpenID provider has no password in Spor; with `SPOR_LOCAL_PASSWORDS=admin-only` only an
        // administrator has one that counts. Both are answered like a wrong password.
        if let known, known.externalID == nil, passwordAllowed(request, role: known.role) {
            verified = try await request.password.async.verify(form.password, created: known.passwordHash)
        } else {
            _ = try? await request.password.async.hash(form.password)
            verified = false
        }
        // A deactivated user is answered like a wrong password, so the answer does not tell that the username exists.
        guard let user = known, verified, user.isActive else {
            let refusal = try await failure(request, account: account, user: known?.id, municipality: known?.municipality,
                                            wrong: passwordRefusal(request))
            return refusal.render(request, title: Strings.loginTitle, keeping: ["username": username]) { LoginView.body(refusal: $0, options: loginOptions(request), $1) }
        }
        if try await request.store.totpEnrolment(user: user.id) != nil {
            return try await startSecondStep(request, user: user)
        }
        return try await completeLogin(request, user: user, account: account)
    }

    /// Logs `user` in: a new session id, so a planted session cannot be taken over.
    static func completeLogin(_ request: Request, user: UserRecord, account: String) async throws -> Response {
        try await request.store.clearLoginFailures(account: account)
        let language = request.session.data["lang"]
        try await renewSession(request)
        request.session.data["user"] = user.id.uuidString
        IdleTimeoutMiddleware.touch(request.session, now: request.now)
        if let language { request.session.data["lang"] = language }
        _ = request.csrfToken
        // In the user's own municipality's audit log (the request was scoped to the server's before sign-in).
        try await request.signInAudit(user.municipality).audit(.login, user: user.id, now: request.now)
        return request.redirect(to: Authorization.home(user.role), redirectType: .normal)
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        if let user = request.currentUser { try await request.store.audit(.logout, user: user.id, now: request.now) }
        let language = request.language
        let providerSignOut = await providerSignOut(request)
        try await renewSession(request)
        request.session.data["lang"] = language.rawValue
        request.session.data["notice"] = Strings.loggedOut(language)
        // Signed in at the provider: its session ends too, where it offers that, and it sends the browser back here.
        if let providerSignOut { return request.redirect(to: providerSignOut, redirectType: .normal) }
        return request.redirect(to: SiteURL.login, redirectType: .normal)
    }

    /// Drops the session's data and its id; the next response carries a new id.
    static func renewSession(_ request: Request) async throws {
        if let old = request.session.id {
            try await request.application.sessions.driver.deleteSession(old, for: request).get()
        }
        request.session.id = nil
        request.session.data = SessionData()
        request.currentUser = nil
    }

    @Sendable static func root(_ request: Request) async throws -> Response {
        request.redirect(to: request.currentUser.map { Authorization.home($0.role) } ?? .login)
    }
}

enum LanguageController {
    struct LanguageForm: Content {
        var lang: String
        var `return`: String?
    }

    @Sendable static func set(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        guard let language = Language(rawValue: form.lang) else { throw Abort(.badRequest) }
        request.session.data["lang"] = language.rawValue
        if let user = request.currentUser { try await request.store.setLanguage(language.rawValue, user: user.id) }
        // Only a path on this site.
        let target = form.return.flatMap { LanguageController.isLocalPath($0) ? $0 : nil } ?? SiteURL.root.path
        return request.redirect(to: target, redirectType: .normal)
    }

    /// A path on this site: one slash, then no second slash or backslash (browsers read `/\host` as `//host`),
    /// and no character that could end a header line.
    /// `text` when it is a path on this site of at most 512 characters (a form's or a link's return address), else nil.
    static func localPath(_ text: String?) -> String? {
        guard let text, text.utf8.count <= 512, isLocalPath(text) else { return nil }
        return text
    }

    static func isLocalPath(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        let slash: UInt8 = 0x2F, backslash: UInt8 = 0x5C
        guard bytes.first == slash else { return false }
        if bytes.count > 1, bytes[1] == slash || bytes[1] == backslash { return false }
        return !bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == backslash }
    }
}
