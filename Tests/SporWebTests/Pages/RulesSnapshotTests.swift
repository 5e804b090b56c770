import Foundation
import Plot
import XCTest
import SporDomain
@testable import SporWeb

/// The rules page (issue 24, item 4) from a small rule book, in Danish and English: a Barnets Lov rule verified and one
/// unverified with its explanation, the municipality's own rule, and the previous act's rule with its valid-to date.
/// Behaviour is asserted in `RulesPageTests`.
final class RulesSnapshotTests: XCTestCase {
    func testTheRuleBook() {
        let model = RulesModel(book: RuleBook(rules: [.urgencyAssessment, .childConversationOnAbuse, .portalMessage,
                                                      .servicelovenFirstFollowUp]))
        assertPageSnapshots(named: "rules", user: PageFixtures.admin, path: SiteURL.adminRules.path) { context in
            RulesView.body(model, refusal: nil, context)
        }
    }
}
