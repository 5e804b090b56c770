import Foundation
import Vapor
import SporDomain
import SporStore

/// The administrator's page of users: who is active, deactivated or locked out, and the actions that change it.
/// `spor user deactivate|reactivate|unlock` does the same from the command line, through the same store functions.
enum AdminUsersController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let admin = try request.requireUser()
        let model = try await AdminUsersModel.query(store: request.store, user: admin, now: request.now, loginAccount: request.loginAccount,
                                                    policy: request.spor.settings.loginThrottle)
        return Page.render(request, title: Strings.adminUsersTitle(request.language), status: refusal == nil ? .ok : .unprocessableEntity) { context in
            AdminUsersView.body(model, refusal: refusal, context)
        }
    }

    @Sendable static func deactivate(_ request: Request) async throws -> Response {
        let (admin, user) = try await subject(request)
        // An administrator cannot lock themselves out (the store refuses it too).
        guard user.id != admin.id else {
            return try await render(request, refusal: Refusal(field: nil, message: Strings.cannotDeactivateSelf(request.language), values: FormValues()))
        }
        let done = try await request.store.deactivateUser(user.id, by: admin.id, now: request.now)
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
        return request.redirect(to: .adminUsers)
    }
}
