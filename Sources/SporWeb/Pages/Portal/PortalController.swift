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
        if request.familyAccount != nil { return request.redirect(to: SiteURL.portal) }
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
            return request.redirect(to: SiteURL.portal, redirectType: .normal)
        }
    }

    /// The sign-in page, with the last attempt's refusal (what `PasswordFamilySignIn.begin` shows).
    static func loginPage(_ request: Request, refusal: Refusal?, status: HTTPStatus) -> Response {
        PortalView.render(request, title: Strings.portalLoginTitle(request.language), status: status, signedIn: nil) {
            PortalLoginView.body(refusal: refusal, $0)
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
        // In the account's municipality's audit log (the request was scoped to the server's before sign-in).
        try await request.signInAudit(account.municipality).audit(.familyLogin, user: account.id, child: account.child, now: request.now)
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        let language = request.language
        try await LoginController.renewSession(request)
        request.session.data["lang"] = language.rawValue
        request.session.data["notice"] = Strings.portalLoggedOut(language)
        return request.redirect(to: SiteURL.portalLogin, redirectType: .normal)
    }

    // MARK: Activation

    @Sendable static func showActivate(_ request: Request) async throws -> Response {
        activatePage(request, code: request.query[String.self, at: "code"] ?? "", refusal: nil)
    }

    @Sendable static func activate(_ request: Request) async throws -> Response {
        try await FormSubmission.submit(request, perform: { values in
            let code = values.text("code")
            let username = values.text("username")
            let password = values["password"] ?? ""
            guard !code.isEmpty else { throw DomainError(.activationCodeUnknown, field: "code") }
            guard isValidUsername(username) else { throw DomainError(.usernameInvalid, field: "username") }
            try PasswordPolicy.check(password, username: username)
            guard password == values["repeat"] else { throw DomainError(.passwordsDiffer, field: "repeat") }
            let hash = try await request.password.async.hash(password)
            let account = try await request.store.activateFamilyAccount(code: code, username: username, passwordHash: hash, now: request.now)
            try await start(request, account: account)
            return Landing(.portal, notice: Strings.activated)
        }, refused: { refusal in
            // What was typed stays, except the passwords (a password field is never filled in again).
            activatePage(request, code: "", refusal: refusal)
        })
    }

    private static func activatePage(_ request: Request, code: String, refusal: Refusal?) -> Response {
        PortalView.render(request, title: Strings.activateTitle(request.language), signedIn: nil) {
            PortalActivateView.body(code: code, refusal: refusal, $0)
        }
    }

    /// 3–40 letters, digits, dots, hyphens or underscores.
    static func isValidUsername(_ username: String) -> Bool {
        (3...40).contains(username.count) && username.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }

    // MARK: Min plan

    private static func model(_ request: Request) async throws -> PortalModel {
        let configuration = request.spor.configuration
        do {
            return try await PortalModel.query(store: request.store, account: try request.requireFamily(), now: request.now,
                                               immediateHelp: configuration.courseRules.immediateHelp, offers: configuration.offers)
        } catch is PortalChildMissing {
            throw Abort(.notFound)
        }
    }

    @Sendable static func home(_ request: Request) async throws -> Response {
        let model = try await model(request)
        try await request.store.audit(.familyView, user: model.account.id, child: model.child.id, now: request.now)
        return PortalView.render(request, title: model.title(request.language), signedIn: model.account.reader) {
            PortalHomeView.body(model, $0)
        }
    }

    // MARK: Det vil jeg gerne sige

    @Sendable static func showSay(_ request: Request) async throws -> Response {
        sayPage(request, try await model(request), refusal: nil)
    }

    @Sendable static func say(_ request: Request) async throws -> Response {
        let model = try await model(request)
        let typed = (try? request.content.get(String.self, at: "text")) ?? ""
        // The domain checks; the portal says it in the child's words (how long the text is, that it is kept).
        let wording = FormSubmission.Wording(messages: { code in
            switch code {
            case .ownViewsEmpty: Strings.sayEmpty
            case .textTooLong: LocalizedText(da: Strings.sayTooLong(.da, Format.integer(typed.count, .da)),
                                             en: Strings.sayTooLong(.en, Format.integer(typed.count, .en)))
            default: Strings.error(code)
            }
        })
        return try await FormSubmission.submitEntry(request, child: model.child, author: model.account.id, wording: wording,
                                                    landing: Landing(.portal, notice: Strings.sent), build: { values, now in
            let text = values.text("text")
            let person: UUID? = if case .parent(let person) = model.account.reader { person } else { nil }
            let scale: [OwnViews.ScaleAnswer] = model.isChild ? PortalScaleQuestion.allCases.compactMap { question in
                guard let value = values["scale-\(question.rawValue)"].flatMap(Int.init), (1...5).contains(value) else { return nil }
                return OwnViews.ScaleAnswer(question: Strings.scaleQuestion(question).da, value: value)
            } : []
            let views = OwnViews(who: model.account.reader.who, parent: person, meetingOn: LocalDate(iso: values.text("meetingOn")),
                                 text: text.isEmpty ? nil : text, scale: scale, sentFromPortal: true)
            return EntryDraft(payload: .ownViews(views), occurredAt: now)
        }, refused: { refusal in
            sayPage(request, model, refusal: refusal)
        })
    }

    private static func sayPage(_ request: Request, _ model: PortalModel, refusal: Refusal?) -> Response {
        PortalView.render(request, title: Strings.sayTitle(request.language), signedIn: model.account.reader) {
            PortalSayView.body(model, refusal: refusal, $0)
        }
    }
}
