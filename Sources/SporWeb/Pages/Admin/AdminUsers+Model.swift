import Foundation
import SporDomain
import SporStore
import SporSecurity

/// What the administrator's page of users shows: every user of the municipality by name, with their team and the
/// state of their failed logins.
struct AdminUsersModel {
    struct Row {
        let user: UserRecord
        let teamName: String?
        /// Whether the username's next login attempt is looked at now.
        let login: LoginThrottle.Decision
        let failures: Int
        let isViewer: Bool
    }

    let rows: [Row]

    /// Every user of the municipality at `now`, seen by `user`; `loginAccount` is the key a username's failed logins
    /// are counted under, `policy` when they delay or lock it.
    static func query(store: Store, user viewer: UserRecord, now: Date, loginAccount: (String) -> String,
                      policy: LoginThrottle.Policy) async throws -> AdminUsersModel {
        let users = try await store.users()
        let teams = Dictionary(uniqueKeysWithValues: try await store.teams().map { ($0.id, $0.name) })
        let accounts = users.map { loginAccount($0.username) }
        let throttles = try await store.loginThrottles(accounts: accounts)
        return AdminUsersModel(rows: zip(users, accounts).map { user, account in
            let state = throttles[account] ?? .clean
            return Row(user: user, teamName: user.team.flatMap { teams[$0] }, login: LoginThrottle.decision(state, now: now, policy: policy),
                       failures: state.failures, isViewer: user.id == viewer.id)
        })
    }
}
