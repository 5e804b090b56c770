import SporDomain

/// How the login page offers to sign in: with the municipality's OpenID provider when one is configured, and with a
/// password kept in Spor (for everyone, or only for the administrator).
struct LoginOptions: Sendable, Hashable {
    /// The provider's name on its button; nil when staff sign in with passwords only.
    let providerName: String?
    /// The password form is for the administrator only (`SPOR_LOCAL_PASSWORDS=admin-only`).
    let passwordsForAdminOnly: Bool

    static let passwordsOnly = LoginOptions(providerName: nil, passwordsForAdminOnly: false)

    static func query(settings: SignInSettings) -> LoginOptions {
        LoginOptions(providerName: settings.oidc?.providerName, passwordsForAdminOnly: settings.localPasswords == .adminOnly)
    }
}
