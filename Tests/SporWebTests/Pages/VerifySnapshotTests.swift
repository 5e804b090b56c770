import Foundation
import Plot
import XCTest
import SporDomain
@testable import SporWeb

/// The tamper check's page (issue 26, item 1) in Danish and English: not yet run; and a last check that found the journal
/// broken at a row (its place and id) with the access log intact. Behaviour is asserted in `VerifyPageTests`.
final class VerifySnapshotTests: XCTestCase {
    func testTheTamperCheck() {
        assertPageSnapshots(named: "verify-not-yet", user: PageFixtures.admin, path: SiteURL.adminVerify.path) { context in
            VerifyView.body(VerifyModel(every: 3_600, last: nil), refusal: nil, context)
        }
        let result = VerifyResult(at: PageFixtures.now.addingTimeInterval(-600), chains: [
            .init(table: "journal_entries", rows: 160_273, state: .broken(seq: 1_204, id: PageFixtures.id(9))),
            .init(table: "audit_log", rows: 412_006, state: .intact),
        ])
        assertPageSnapshots(named: "verify-broken", user: PageFixtures.admin, path: SiteURL.adminVerify.path) { context in
            VerifyView.body(VerifyModel(every: 900, last: result), refusal: nil, context)
        }
    }
}
