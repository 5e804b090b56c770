import Foundation
import Plot
import XCTest
import SporDomain
import SporSecurity
@testable import SporStore
@testable import SporWeb

/// The administrator's pages' HTML from models made by hand, in Danish and English, at `PageFixtures.now`: the users,
/// the concern scale and the offers catalogue. Behaviour is asserted in `AccountLifecycleTests` and `WebTests`.
final class AdminSnapshotTests: XCTestCase {
    func testTheUsers() {
        let gone = UserRecord(id: PageFixtures.id(4), municipality: 707, username: "outreach", displayName: "Ole Opsøgende", role: .outreach,
                              team: nil, passwordHash: "", language: "da", deactivatedAt: PageFixtures.now.addingTimeInterval(-3 * 86_400))
        let model = AdminUsersModel(rows: [
            .init(user: PageFixtures.admin, teamName: nil, login: .allowed, failures: 0, isViewer: true),
            .init(user: PageFixtures.caseworker, teamName: "Team Grenaa", login: .wait(until: PageFixtures.now.addingTimeInterval(30)),
                  failures: 3, isViewer: false),
            .init(user: PageFixtures.lead, teamName: "Team Grenaa", login: .locked(until: PageFixtures.now.addingTimeInterval(900)),
                  failures: 10, isViewer: false),
            .init(user: gone, teamName: nil, login: .allowed, failures: 0, isViewer: false),
        ])
        assertPageSnapshots(named: "users", user: PageFixtures.admin, path: SiteURL.adminUsers.path) { context in
            AdminUsersView.body(model, refusal: nil, context)
        }
    }

    func testTheConcernScaleAndItsRefusedForm() {
        let model = ConcernScaleModel(scale: .standard, versions: 3)
        assertPageSnapshots(named: "scale", user: PageFixtures.admin, path: SiteURL.concernScale.path) { context in
            ConcernScaleView.body(model, refusal: nil, context)
        }
        let refusal = Refusal(field: "nameDa-2", message: "Skriv et navn.", values: FormValues(["nameDa-2": "", "nameEn-2": "Worry \"2\""]))
        assertPageSnapshots(named: "scale-refused", user: PageFixtures.admin, path: SiteURL.concernScale.path) { context in
            ConcernScaleView.body(model, refusal: refusal, context)
        }
    }

    static let offer = Offer(id: "familiebehandling", name: "Familiebehandling", provider: "Familiehuset", description: "Samtaler med familien.",
                             targetGroup: "Familier med børn 0–17 år", minimumAge: 0, maximumAge: 17, level: .specialised, legalBases: [.treatment],
                             access: .referral, capacity: 12)

    func testTheOffers() {
        let youth = Offer(id: "ungeklub", name: "Ungeklub", provider: "Ungdomsskolen", description: "", targetGroup: "Unge", minimumAge: 13,
                          level: .general, legalBases: [.general], access: .open)
        let model = OffersModel(offers: [Self.offer, youth])
        assertPageSnapshots(named: "offers", user: PageFixtures.admin, path: SiteURL.offers.path) { context in
            OffersView.body(model, refusal: nil, context)
        }
    }

    func testAnOfferANewOfferAndARefusal() {
        let path = SiteURL.offer(.value("familiebehandling")).path
        assertPageSnapshots(named: "offer", user: PageFixtures.admin, path: path) { context in
            OfferView.body(OfferModel(offer: Self.offer), refusal: nil, context)
        }
        assertPageSnapshots(named: "offer-new", user: PageFixtures.admin, path: SiteURL.offer(.value("new")).path) { context in
            OfferView.body(OfferModel(offer: nil), refusal: nil, context)
        }
        let refusal = Refusal(field: "legalBases", message: "Vælg mindst ét lovgrundlag.",
                              values: FormValues(["name": "Familie<behandling>", "provider": "Familiehuset", "description": "", "targetGroup": "",
                                                  "minimumAge": "4", "maximumAge": "", "level": "preventive", "access": "open", "capacity": "",
                                                  "placementKind": ""]))
        assertPageSnapshots(named: "offer-refused", user: PageFixtures.admin, path: path) { context in
            OfferView.body(OfferModel(offer: Self.offer), refusal: refusal, context)
        }
    }
}
