import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// *Registrér underretning* from a model made by hand, in Danish and English (`__Snapshots__/IntakeSnapshotTests`): the
/// empty form, and the form refused with everything typed kept. Behaviour is asserted in `IntakeTests`.
final class IntakeSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let model = RegisterNotificationModel(channels: IntakeController.registrableChannels, professions: IntakeController.professions,
                                                 returnTo: SiteURL.tray.path)

    func testTheRegisterNotificationForm() {
        assertPageSnapshots(named: "empty", user: F.caseworker, path: SiteURL.intakeNew.path) { context in
            RegisterNotificationView.body(Self.model, refusal: nil, context)
        }
    }

    func testTheRegisterNotificationFormRefused() {
        let values = FormValues(["cpr": "", "name": "Hanna Iversen", "birthDate": "2015-04-01", "channel": "phone",
                                 "notifierKind": "anonymous", "profession": "", "notifierName": "Naboen \"Jens\"",
                                 "receivedAt": "2026-11-26T08:15", "receivedAtShown": "2026-11-26T10:00",
                                 "description": "Råb fra lejligheden <om natten>", "concernsAbuse": "yes", "returnTo": SiteURL.tray.path])
        assertPageSnapshots(named: "refused", user: F.caseworker, path: SiteURL.intakeNew.path) { context in
            let refusal = Refusal(field: "notifierName", message: context.t(Strings.errorAnonymousNamed), values: values)
            return RegisterNotificationView.body(Self.model, refusal: refusal, context)
        }
    }
}
