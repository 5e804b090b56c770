import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// *Nye underretninger* from a model made by hand, in Danish and English, at a fixed time (`__Snapshots__`).
final class IntakeQueueSnapshotTests: XCTestCase {
    typealias Fixed = TraySnapshotTests

    static func item(_ n: Int, name: String, notification: SporDomain.Notification, hoursAgo: Double, owner: UserRecord?,
                     professional: String? = nil) -> IntakeQueueModel.Item {
        let received = Fixed.now.addingTimeInterval(-hoursAgo * 3600)
        let entry = Entry(id: Fixed.id(n + 100), municipality: 707, child: Fixed.id(n), payload: .notification(notification),
                          occurredAt: received, recordedAt: received, author: Fixed.id(2))
        let obligation = OpenObligation(rule: DeadlineRule.urgencyAssessment.id, child: Fixed.id(n), childName: name, trigger: entry.id,
                                        action: nil, due: received.addingTimeInterval(24 * 3600),
                                        assignee: owner.map { .caseworker($0.id) } ?? .districtTeam, isPriority: notification.concernsAbuse,
                                        assignedSince: nil, note: nil, team: owner == nil ? nil : Fixed.team.id, district: Fixed.team.district)
        return IntakeQueueModel.Item(obligation: obligation, entry: entry, notification: notification, professional: professional)
    }

    func testTheIntakeQueueInDanishAndEnglish() {
        let items = [
            Self.item(30, name: "Hanna Iversen", notification: Notification(notifierKind: .police, description: "Vold i hjemmet",
                      concernsAbuse: true, channel: .email, notifierName: "Politikreds Østjylland", notifierContact: "vagt@politi.test"), hoursAgo: 2, owner: nil),
            Self.item(31, name: "Ib Jensen", notification: Notification(notifierKind: .anonymous, description: "Barnet er alene hjemme",
                      channel: .phone), hoursAgo: 26, owner: Fixed.caseworker),
            Self.item(32, name: "Jonas Kjær", notification: Notification(notifierKind: .professional, notifierUser: Fixed.id(9),
                      profession: .teacher, description: "Kommer sulten i skole"), hoursAgo: 5, owner: nil, professional: "Lærer Lund"),
        ]
        let staff = [Fixed.lead, Fixed.caseworker]
        for user in staff {
            let model = IntakeQueueModel(user: user, team: Fixed.team, now: Fixed.now, items: items, assignable: staff,
                                         names: Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.displayName) }))
            for language in Language.allCases {
                let context = PageContext(language: language, user: user, now: Fixed.now, csrf: "csrf-token", path: "/intake")
                let html = IntakeQueueView.body(model, context).render(indentedBy: .spaces(1))
                assertSnapshot(of: html, as: .lines, named: "\(user.username)-\(language.rawValue)")
            }
        }
    }
}
