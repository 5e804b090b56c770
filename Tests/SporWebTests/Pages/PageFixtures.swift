import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// What every page's snapshot test shares: a fixed clock, readable ids, a team and one user per role, and one way to
/// snapshot a view's HTML in Danish and English. Models are made by hand from these; behaviour is asserted elsewhere.
enum PageFixtures {
    /// Thursday 26 November 2026, 10:00 in Denmark.
    static let now = DanishTime.instant(LocalDate(year: 2026, month: 11, day: 26)!, hour: 10)

    /// `00000000-0000-4000-8000-00000000000n`: ids that read the same in every snapshot.
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let team = TeamRecord(id: id(1), municipality: 707, name: "Team Grenaa", district: "Område Grenaa")

    static func user(_ role: Role, _ n: Int, _ username: String, _ name: String, team: UUID? = PageFixtures.team.id) -> UserRecord {
        UserRecord(id: id(n), municipality: 707, username: username, displayName: name, role: role, team: team, passwordHash: "", language: "da")
    }

    static let lead = user(.teamLead, 2, "teamlead", "Lene Leder")
    static let caseworker = user(.caseworker, 3, "caseworker", "Sara Sagsbehandler")
    static let outreach = user(.outreach, 4, "outreach", "Ole Opsøgende")
    static let professional = user(.professional, 5, "teacher", "Tine Lærer", team: nil)
    static let policy = user(.policy, 6, "policy", "Palle Politik", team: nil)
    static let admin = user(.admin, 7, "admin", "Anne Admin", team: nil)

    static func context(_ language: SporDomain.Language, user: UserRecord?, path: String, notice: String? = nil) -> PageContext {
        PageContext(language: language, user: user, now: now, csrf: "csrf-token", notice: notice, path: path)
    }
}

extension XCTestCase {
    /// Snapshots a page's body in Danish and English (`<name>-da`, `<name>-en`), as the user would get it at `path`.
    func assertPageSnapshots(named name: String, user: UserRecord?, path: String,
                             file: StaticString = #filePath, testName: String = #function, line: UInt = #line,
                             _ body: (PageContext) -> Node<HTML.BodyContext>) {
        for language in SporDomain.Language.allCases {
            let html = body(PageFixtures.context(language, user: user, path: path)).render(indentedBy: .spaces(1))
            assertSnapshot(of: html, as: .lines, named: "\(name)-\(language.rawValue)", file: file, testName: testName, line: line)
        }
    }
}
