import Foundation
import Vapor
import SporDomain
import SporStore
import SporSecurity

/// The administrator's page of users: who is active, deactivated or locked out, and the actions that change it.
/// `spor user deactivate|reactivate|unlock` does the same from the command line, through the same store functions.
enum AdminUsersController {
    /// What the page shows.
    struct Model {
        struct Row {
            let user: UserRecord
            let teamName: String?
            /// Whether the username's next login attempt is looked at now.
            let login: LoginThrottle.Decision
            let failures: Int
            let isViewer: Bool
        }

        let rows: [Row]

        /// Every user of the municipality by name, with their team and the state of their failed logins at `now`.
        static func query(store: Store, viewer: UUID, loginAccount: (String) -> String, policy: LoginThrottle.Policy,
                          now: Date) async throws -> Model {
            let users = try await store.users()
            let teams = Dictionary(uniqueKeysWithValues: try await store.teams().map { ($0.id, $0.name) })
            let accounts = users.map { loginAccount($0.username) }
            let throttles = try await store.loginThrottles(accounts: accounts)
            return Model(rows: zip(users, accounts).map { user, account in
                let state = throttles[account] ?? .clean
                return Row(user: user, teamName: user.team.flatMap { teams[$0] }, login: LoginThrottle.decision(state, now: now, policy: policy),
                           failures: state.failures, isViewer: user.id == viewer)
            })
        }
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        try await render(request, error: nil)
    }

    static func render(_ request: Request, error: String?, status: HTTPStatus = .ok) async throws -> Response {
        let admin = try request.requireUser()
        let model = try await Model.query(store: request.store, viewer: admin.id, loginAccount: request.loginAccount,
                                          policy: request.spor.settings.loginThrottle, now: request.now)
        return Page.render(request, title: Strings.adminUsersTitle(request.language), status: status) { context in
            AdminUsersView.content(model, error: error, context)
        }
    }

    @Sendable static func deactivate(_ request: Request) async throws -> Response {
        let (admin, user) = try await subject(request)
        let done: Bool
        do {
            done = try await request.store.deactivateUser(user.id, by: admin.id, now: request.now)
        } catch UserAdministrationError.ownAccount {
            return try await render(request, error: Strings.cannotDeactivateSelf(request.language), status: .unprocessableEntity)
        }
        return back(request, done ? Strings.userDeactivatedNotice : Strings.userAlreadyDeactivated, user)
    }

    @Sendable static func reactivate(_ request: Request) async throws -> Response {
        let (admin, user) = try await subject(request)
        let done = try await request.store.reactivateUser(user.id, by: admin.id, now: request.now)
        return back(request, done ? Strings.userReactivatedNotice : Strings.userAlreadyActive, user)
    }

    @Sendable static func unlock(_ request: Request) async throws -> Response {
        let (admin, user) = try await subject(request)
        let done = try await request.store.unlockLogin(account: request.loginAccount(user.username), user: user.id, by: admin.id, now: request.now)
        return back(request, done ? Strings.userUnlockedNotice : Strings.userNotLocked, user)
    }

    /// The administrator, and the user of the municipality the path names (else not found).
    private static func subject(_ request: Request) async throws -> (admin: UserRecord, user: UserRecord) {
        let admin = try request.requireUser()
        guard let id = request.parameters.get("userID").flatMap(UUID.init(uuidString:)),
              let user = try await request.store.user(id: id), user.municipality == admin.municipality else { throw Abort(.notFound) }
        return (admin, user)
    }

    private static func back(_ request: Request, _ notice: LocalizedText, _ user: UserRecord) -> Response {
        request.session.data["notice"] = notice(request.language, user.username)
        return request.redirect(to: "/admin/users", redirectType: .normal)
    }
}
