import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The login page when staff sign in at the municipality's OpenID provider (issue 25): the provider's button first, the
/// password form below it (for the administrator only, when so configured), and a refusal from the provider, in Danish
/// and English (`__Snapshots__/OIDCLoginSnapshotTests`). The passwords-only page stays in `SignInSnapshotTests`.
final class OIDCLoginSnapshotTests: XCTestCase {
    func testTheLoginPageWithAProvider() {
        let provider = LoginOptions(providerName: "Norddjurs <Kommune>", passwordsForAdminOnly: false)
        assertPageSnapshots(named: "login-oidc", user: nil, path: SiteURL.login.path) { LoginView.body(refusal: nil, options: provider, $0) }
        let adminOnly = LoginOptions(providerName: "Norddjurs Kommune", passwordsForAdminOnly: true)
        assertPageSnapshots(named: "login-oidc-admin-only", user: nil, path: SiteURL.login.path) {
            LoginView.body(refusal: nil, options: adminOnly, $0)
        }
        let refused = Refusal(field: nil, message: Strings.oidcNoRole(.da, "Norddjurs Kommune"), values: FormValues())
        assertPageSnapshots(named: "login-oidc-refused", user: nil, path: SiteURL.loginOIDCCallback.path) {
            LoginView.body(refusal: refused, options: adminOnly, $0)
        }
    }
}
