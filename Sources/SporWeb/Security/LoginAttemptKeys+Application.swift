import Vapor

extension Application {
    /// The key the failed logins of `username` are counted under, for the executable's `spor user unlock`.
    public func loginAccount(_ username: String) -> String { loginAttemptKeys.account(username) }
}
