import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The sign-in pages, Min konto, the error page and the frame itself, from models made by hand in Danish and English
/// (`__Snapshots__/SignInSnapshotTests`). Behaviour is asserted in `LoginSecurityTests`, `AccountLifecycleTests` and `WebTests`.
final class SignInSnapshotTests: XCTestCase {
    func testLogin() {
        assertPageSnapshots(named: "login", user: nil, path: SiteURL.login.path) { LoginView.body(refusal: nil, $0) }
        let refused = Refusal(field: nil, message: Strings.loginFailed(.da) + " " + Strings.loginWait(.da, "4"),
                              values: FormValues(["username": "sara \"<b>\""]))
        assertPageSnapshots(named: "login-refused", user: nil, path: SiteURL.login.path) { LoginView.body(refusal: refused, $0) }
    }

    func testTheSecondStep() {
        assertPageSnapshots(named: "code", user: nil, path: SiteURL.loginCode.path) { LoginSecondStepView.body(refusal: nil, $0) }
        let refused = Refusal(field: nil, message: Strings.loginCodeWrong(.da), values: FormValues())
        assertPageSnapshots(named: "code-refused", user: nil, path: SiteURL.loginCode.path) { LoginSecondStepView.body(refusal: refused, $0) }
    }

    func testTOTPEnrolment() {
        let setUp = TOTPEnrolmentModel(state: .settingUp(key: TOTPEnrolmentModel.grouped("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
                                                         address: "otpauth://totp/Spor:caseworker?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Spor"))
        let user = PageFixtures.caseworker
        assertPageSnapshots(named: "setting-up", user: user, path: SiteURL.accountTOTP.path) { TOTPEnrolmentView.body(setUp, refusal: nil, $0) }
        let refused = Refusal(field: nil, message: Strings.totpCodeWrong(.da), values: FormValues())
        assertPageSnapshots(named: "setting-up-refused", user: user, path: SiteURL.accountTOTP.path) {
            TOTPEnrolmentView.body(setUp, refusal: refused, $0)
        }
        let on = TOTPEnrolmentModel(state: .on(since: PageFixtures.now.addingTimeInterval(-3 * 86_400)))
        assertPageSnapshots(named: "on", user: user, path: SiteURL.accountTOTP.path) { TOTPEnrolmentView.body(on, refusal: nil, $0) }
    }

    func testTheAccount() {
        let now = PageFixtures.now
        let day: TimeInterval = 86_400
        let tokens = [
            ApiTokenRecord(id: PageFixtures.id(30), name: "Regneark <1>", createdAt: now - 10 * day, expiresAt: now + 80 * day, revokedAt: nil,
                           lastUsedAt: now - day),
            ApiTokenRecord(id: PageFixtures.id(31), name: "CI", createdAt: now - 100 * day, expiresAt: now - 10 * day, revokedAt: nil, lastUsedAt: nil),
            ApiTokenRecord(id: PageFixtures.id(32), name: "Gammel", createdAt: now - 50 * day, expiresAt: now + 40 * day, revokedAt: now - 2 * day,
                           lastUsedAt: nil),
        ]
        let user = PageFixtures.caseworker
        assertPageSnapshots(named: "tokens", user: user, path: SiteURL.account.path) {
            AccountView.body(AccountModel(tokens: tokens, newToken: "spor_abcdef0123456789"), refusal: nil, $0)
        }
        assertPageSnapshots(named: "none", user: user, path: SiteURL.account.path) {
            AccountView.body(AccountModel(tokens: [], newToken: nil), refusal: nil, $0)
        }
        let refused = Refusal(field: "name", message: Strings.error(.textMissing)(.da), values: FormValues(["name": " ", "lifetime": "30"]))
        assertPageSnapshots(named: "refused", user: user, path: SiteURL.account.path) {
            AccountView.body(AccountModel(tokens: [], newToken: nil), refusal: refused, $0)
        }
    }

    func testTheErrorPage() {
        assertPageSnapshots(named: "not-found", user: PageFixtures.caseworker, path: "/children/x") {
            ErrorPageView.body(ErrorPageModel(message: Strings.errorNotFound), $0)
        }
        assertPageSnapshots(named: "forbidden-signed-out", user: nil, path: "/admin") {
            ErrorPageView.body(ErrorPageModel(message: Strings.errorForbidden), $0)
        }
    }

    /// The one frame around every staff page: the navigation by role with the tray's count, the session, the language.
    func testTheFrame() {
        for (user, trayCount) in [(PageFixtures.caseworker, 3 as Int?), (PageFixtures.admin, nil)] {
            for language in SporDomain.Language.allCases {
                let context = PageContext(language: language, user: user, now: PageFixtures.now, csrf: "csrf-token", notice: "Gemt.",
                                          path: SiteURL.tray.path, trayCount: trayCount)
                let html = Page.html(context, title: "Arbejdsbakke", .p(.plain("Indhold"))).render(indentedBy: .spaces(1))
                assertSnapshot(of: html, as: .lines, named: "\(user.username)-\(language.rawValue)")
            }
        }
    }
}
