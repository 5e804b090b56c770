import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The preparedness plan against abuse (issue 24, item 1) in Danish and English from models made by hand
/// (`__Snapshots__/PreparednessPlanSnapshotTests`): the page before a plan, the page with two versions and the form
/// refused, and the tracker's card with the revision due and overdue. Behaviour is asserted in `PreparednessPlanWebTests`.
final class PreparednessPlanSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    static let today = DanishTime.localDate(of: F.now)
    static let old = PreparednessPlan(title: "Beredskab mod overgreb", adoptedOn: LocalDate(year: 2021, month: 3, day: 1)!,
                                      reference: "https://www.norddjurs.dk/beredskab")
    static let revised = PreparednessPlan(title: "Beredskab mod overgreb \"2025\" <b>", adoptedOn: LocalDate(year: 2025, month: 6, day: 12)!,
                                          reference: "Sag 25-77", note: "Revideret efter Barnets Lov")
    static let path = SiteURL.preparednessPlan.path

    func testThePageBeforeAPlan() {
        let model = PreparednessPlanModel(plan: nil, versions: [], today: Self.today)
        assertPageSnapshots(named: "plan-none", user: F.policy, path: Self.path) { context in
            PreparednessPlanView.body(model, refusal: nil, context)
        }
    }

    func testThePageWithTwoVersionsAndARefusal() {
        let model = PreparednessPlanModel(plan: Self.revised, versions: [
            .init(number: 2, plan: Self.revised, savedAt: F.now.addingTimeInterval(-3600), savedBy: "Test admin"),
            .init(number: 1, plan: Self.old, savedAt: F.now.addingTimeInterval(-86_400 * 400), savedBy: "Test policy"),
        ], today: Self.today)
        assertPageSnapshots(named: "plan-versions-refused", user: F.policy, path: Self.path) { context in
            let refusal = Refusal(form: "", field: "title", message: Strings.error(.textMissing)(context.language),
                                  values: FormValues(["title": "", "adoptedOn": "2026-11-01", "reference": "Sag <26-1>", "note": ""]))
            return PreparednessPlanView.body(model, refusal: refusal, context)
        }
    }

    func testTheTrackersCardDueAndOverdue() {
        assertPageSnapshots(named: "plan-card", user: F.policy, path: SiteURL.tracker.path) { context in
            .group(PreparednessPlanView.trackerCard(Self.revised, today: Self.today, context),
                   PreparednessPlanView.trackerCard(Self.old, today: Self.today, context),
                   PreparednessPlanView.trackerCard(nil, today: Self.today, context))
        }
    }
}
