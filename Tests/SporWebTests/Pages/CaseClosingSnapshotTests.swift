import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The closing page in Danish and English (`__Snapshots__/CaseClosingSnapshotTests`): blocked by a running measure and
/// placement, with an open deadline and a family account; and with nothing running, refused for a missing reason.
/// What it does is asserted in `CaseClosingTests`.
final class CaseClosingSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static var path: String { SiteURL.child(C.childID, .close).path }

    static let deadline = CaseClosingModel.Deadline(title: DeadlineRule.urgencyAssessment.title, detail: nil, due: C.hoursAgo(48))
    static let action = CaseClosingModel.Deadline(title: LocalizedText(da: "Aftalt handling", en: "Agreed action"),
                                                  detail: "Skolen sender fraværsoversigt", due: F.now.addingTimeInterval(5 * 86_400))
    static let account = CaseClosingModel.Account(
        record: FamilyAccountRecord(id: F.id(40), child: C.childID, reader: .parent(C.mother.id), username: "mette", passwordHash: "x",
                                    codeExpiresAt: nil, activatedAt: C.hoursAgo(240), createdBy: F.caseworker.id, createdAt: C.hoursAgo(250),
                                    revokedAt: nil),
        holder: C.mother.fullName)

    func testTheClosingPageWhileAMeasureAndAPlacementRun() {
        let model = CaseClosingModel(child: C.child, isOpen: true, running: [
            .init(entry: F.id(105), name: "Familiebehandling", since: C.hoursAgo(24 * 60), isPlacement: false, placementKind: nil),
            .init(entry: F.id(106), name: "Børnehuset Lyngbakken", since: C.hoursAgo(24 * 30), isPlacement: true, placementKind: .childrensHome),
        ], deadlines: [Self.deadline, Self.action], accounts: [Self.account])
        assertPageSnapshots(named: "blocked", user: F.caseworker, path: Self.path) { context in
            CaseClosingView.body(model, refusal: nil, context)
        }
    }

    func testTheClosingPageRefusedWithoutAReason() {
        let model = CaseClosingModel(child: C.child, isOpen: true, running: [], deadlines: [], accounts: [])
        assertPageSnapshots(named: "reason-missing", user: F.caseworker, path: Self.path) { context in
            CaseClosingView.body(model, refusal: Refusal(form: "close", field: "reason", message: Strings.error(.textMissing)(context.language),
                                                         values: FormValues(["reason": " "])), context)
        }
    }
}
