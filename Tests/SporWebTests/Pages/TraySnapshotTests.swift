import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The work tray's HTML from a model made by hand, in Danish and English, at a fixed time: reviewed as a diff when it
/// changes (`__Snapshots__/TraySnapshotTests`). Behaviour is asserted in `TrayTests`.
final class TraySnapshotTests: XCTestCase {
    static let now = DanishTime.instant(LocalDate(year: 2026, month: 11, day: 26)!, hour: 10)

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let team = TeamRecord(id: id(1), municipality: 707, name: "Team Grenaa", district: "Område Grenaa")
    static let lead = UserRecord(id: id(2), municipality: 707, username: "teamlead", displayName: "Lene Leder", role: .teamLead,
                                 team: team.id, passwordHash: "", language: "da")
    static let caseworker = UserRecord(id: id(3), municipality: 707, username: "caseworker", displayName: "Sara Sagsbehandler",
                                       role: .caseworker, team: team.id, passwordHash: "", language: "da")

    static func obligation(_ rule: DeadlineRule, child: Int, name: String, hoursFromNow: Double, owner: UserRecord?, abuse: Bool = false,
                           action: UUID? = nil, note: String? = nil, assignedDaysAgo: Double? = 30) -> TrayModel.Item {
        let due = now.addingTimeInterval(hoursFromNow * 3600)
        let open = OpenObligation(rule: rule.id, child: id(child), childName: name, trigger: id(child + 100), action: action, due: due,
                                  assignee: owner.map { .caseworker($0.id) } ?? .districtTeam, isPriority: abuse,
                                  assignedSince: owner == nil ? nil : assignedDaysAgo.map { now.addingTimeInterval(-$0 * 86_400) },
                                  note: note, team: owner == nil ? nil : team.id, district: team.district)
        return TrayModel.Item(obligation: open, rule: rule, kind: TrayModel.Kind(rule), group: TrayGroup(due: due, now: now),
                              isBacklog: open.isBacklog(now: now, afterDays: 90), assigneeName: owner?.displayName, assigneeID: owner?.id)
    }

    static func model(for user: UserRecord) -> TrayModel {
        let items = [
            obligation(.childConversationOnAbuse, child: 10, name: "Alma Andersen", hoursFromNow: -30, owner: caseworker, abuse: true),
            obligation(.urgencyAssessment, child: 11, name: "Bo Berg", hoursFromNow: 20, owner: nil),
            obligation(.receipt, child: 12, name: "Clara Dahl", hoursFromNow: 60, owner: caseworker),
            obligation(.networkMeetingAction, child: 13, name: "Dina Eriksen", hoursFromNow: 24 * 20, owner: caseworker, action: id(500),
                       note: "Forældrene kunne ikke komme"),
            obligation(.investigationFourMonths, child: 14, name: "Emil Frost", hoursFromNow: -24 * 200, owner: caseworker),
        ].sorted(by: TrayModel.Item.precedes)
        let unassigned = [UnassignedChild(child: id(20), name: "Frida Gram", birthDate: LocalDate(year: 2014, month: 3, day: 2),
                                          district: team.district, since: now.addingTimeInterval(-5 * 3600), level: 4,
                                          concernLevel: .atRisk)]
        let newCases = [NewCase(child: id(21), name: "Gustav Holm", since: now.addingTimeInterval(-2 * 86_400))]
        let staff = [lead, caseworker]
        return TrayModel(user: user, team: team, receivesIntake: true, now: now, filter: TrayModel.Filter(),
                         items: items.filter { !$0.isBacklog }, backlog: items.filter(\.isBacklog), all: items,
                         unassigned: unassigned, newCases: user.role == .caseworker ? newCases : [], assignable: staff,
                         loads: user.role == .teamLead ? [TrayModel.MemberLoad(member: caseworker, open: 3, overdue: 1, backlog: 1)] : [],
                         settings: .standard)
    }

    func testTheTrayInDanishAndEnglish() {
        for user in [Self.lead, Self.caseworker] {
            for language in Language.allCases {
                let context = PageContext(language: language, user: user, now: Self.now, csrf: "csrf-token", path: "/tray", trayCount: 3)
                let html = TrayView.body(Self.model(for: user), refusal: nil, context).render(indentedBy: .spaces(1))
                assertSnapshot(of: html, as: .lines, named: "\(user.username)-\(language.rawValue)")
            }
        }
    }
}
