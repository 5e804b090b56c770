import Foundation
import Vapor
import SporDomain
import SporStore
import SporSecurity

/// The family's portal: sign-in, activation, "Min plan" and "Det vil jeg gerne sige". Every page reads the child
/// named by the signed-in account, never one named in the request.
enum PortalController {
    // MARK: Sign-in

    @Sendable static func showLogin(_ request: Request) async throws -> Response {
        if request.familyAccount != nil { return request.redirect(to: "/portal") }
        return try await request.application.familySignIn.begin(request, message: nil, status: .ok)
    }

    @Sendable static func login(_ request: Request) async throws -> Response {
        let signIn = request.application.familySignIn
        switch try await signIn.complete(request) {
        case .refused(let message, let status, let retryAfter):
            let response = try await signIn.begin(request, message: message, status: status)
            if let retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
            return response
        case .signedIn(let account):
            try await start(request, account: account)
            return request.redirect(to: "/portal", redirectType: .normal)
        }
    }

    /// A new session for the account: a planted session id cannot be taken over, and no staff login survives.
    static func start(_ request: Request, account: FamilyAccountRecord) async throws {
        let language = request.language
        try await LoginController.renewSession(request)
        request.session.data[FamilyAccountMiddleware.sessionKey] = account.id.uuidString
        request.session.data["lang"] = language.rawValue
        IdleTimeoutMiddleware.touch(request.session, now: request.now)
        request.familyAccount = account
        _ = request.csrfToken
        try await request.store.audit(.familyLogin, user: account.id, child: account.child, now: request.now)
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        let language = request.language
        try await LoginController.renewSession(request)
        request.session.data["lang"] = language.rawValue
        request.session.data["notice"] = Strings.portalLoggedOut(language)
        return request.redirect(to: "/portal/login", redirectType: .normal)
    }

    // MARK: Activation

    struct ActivationForm: Content {
        var code: String?
        var username: String?
        var password: String?
        var `repeat`: String?
    }

    @Sendable static func showActivate(_ request: Request) async throws -> Response {
        PortalView.activate(request, error: nil, code: request.query[String.self, at: "code"] ?? "", username: "")
    }

    @Sendable static func activate(_ request: Request) async throws -> Response {
        let form = (try? request.content.decode(ActivationForm.self)) ?? ActivationForm()
        let code = (form.code ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let password = form.password ?? ""
        do {
            guard !code.isEmpty else { throw DomainError(.activationCodeUnknown, field: "code") }
            guard isValidUsername(username) else { throw DomainError(.usernameInvalid, field: "username") }
            try PasswordPolicy.check(password, username: username)
            guard password == form.repeat else { throw DomainError(.passwordsDiffer, field: "repeat") }
            let hash = try await request.password.async.hash(password)
            let account = try await request.store.activateFamilyAccount(code: code, username: username, passwordHash: hash, now: request.now)
            try await start(request, account: account)
            request.session.data["notice"] = Strings.activated(request.language)
            return request.redirect(to: "/portal", redirectType: .normal)
        } catch let error as DomainError {
            // What was typed stays, except the passwords.
            return PortalView.activate(request, error: error, code: code, username: username, status: .unprocessableEntity)
        }
    }

    /// 3–40 letters, digits, dots, hyphens or underscores.
    static func isValidUsername(_ username: String) -> Bool {
        (3...40).contains(username.count) && username.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }

    // MARK: Min plan

    @Sendable static func home(_ request: Request) async throws -> Response {
        let model = try await PortalModel.load(request)
        try await request.store.audit(.familyView, user: model.account.id, child: model.child.id, now: request.now)
        return PortalView.home(request, model)
    }

    // MARK: Det vil jeg gerne sige

    @Sendable static func showSay(_ request: Request) async throws -> Response {
        let model = try await PortalModel.load(request)
        return PortalView.say(request, model, error: nil, text: "", scale: [:], meetingOn: model.view.nextFollowUp?.description ?? "")
    }

    @Sendable static func say(_ request: Request) async throws -> Response {
        let model = try await PortalModel.load(request)
        let text = (try? request.content.get(String.self, at: "text")) ?? ""
        let meetingText = ((try? request.content.get(String.self, at: "meetingOn")) ?? "").trimmingCharacters(in: .whitespaces)
        var scale: [PortalScaleQuestion: Int] = [:]
        if model.isChild {
            for question in PortalScaleQuestion.allCases {
                if let value = (try? request.content.get(String.self, at: "scale-\(question.rawValue)")).flatMap(Int.init), (1...5).contains(value) {
                    scale[question] = value
                }
            }
        }
        let refuse = { (message: String) in
            PortalView.say(request, model, error: message, text: text, scale: scale, meetingOn: meetingText, status: .unprocessableEntity)
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let person: UUID? = if case .parent(let person) = model.account.reader { person } else { nil }
        let views = OwnViews(who: model.account.reader.who, parent: person, meetingOn: LocalDate(iso: meetingText),
                             text: trimmed.isEmpty ? nil : trimmed,
                             scale: PortalScaleQuestion.allCases.compactMap { question in
                                 scale[question].map { OwnViews.ScaleAnswer(question: Strings.scaleQuestion(question).da, value: $0) }
                             }, sentFromPortal: true)
        let now = request.now
        do {
            try await request.store.append(Entry(municipality: model.child.municipality, child: model.child.id, payload: .ownViews(views),
                                                 occurredAt: now, recordedAt: now, author: model.account.id), now: now)
        } catch let error as DomainError {
            // The domain checks; the portal says it in the child's words (how long the text is, that it is kept).
            switch error.code {
            case .ownViewsEmpty: return refuse(Strings.sayEmpty(request.language))
            case .textTooLong: return refuse(Strings.sayTooLong(request.language, Format.integer(text.count, request.language)))
            default: return refuse(Strings.error(error.code)(request.language))
            }
        }
        request.session.data["notice"] = Strings.sent(request.language)
        return request.redirect(to: "/portal", redirectType: .normal)
    }
}
