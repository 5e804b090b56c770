import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// School and work (issue 23, item 2) in Danish and English from models made by hand (`__Snapshots__/SchoolSnapshotTests`):
/// the child page with its "Skole og beskæftigelse" history and a school's absence report, a refused status, and the
/// team's tray listing the absence. Behaviour is asserted in `SchoolWebTests`.
final class SchoolSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static let schooled: [Entry] = [
        C.entry(201, .schooling(Schooling(setting: .daycare, institution: "Børnehuset Solsikken", grade: nil,
                                          from: LocalDate(year: 2017, month: 5, day: 1)!)), hoursAgo: 24 * 30, by: F.caseworker),
        C.entry(202, .schooling(Schooling(setting: .primarySchool, institution: "Grenaa Skole", grade: "6",
                                          from: LocalDate(year: 2025, month: 8, day: 11)!)), hoursAgo: 24 * 30, by: F.caseworker),
        C.entry(203, .concern(Concern(level: .vulnerable, source: .teacher, description: "Alma har været meget væk i oktober.",
                                      absence: SchoolAbsence(share: 23, from: LocalDate(year: 2026, month: 10, day: 1)!,
                                                             to: LocalDate(year: 2026, month: 10, day: 31)!))),
                hoursAgo: 20, by: F.professional),
    ]

    static func page() throws -> ChildPageModel {
        let model = try C.page()
        let timeline = Timeline(C.entries + schooled)
        return ChildPageModel(user: model.user, child: model.child, summary: model.summary, timeline: timeline, staff: model.staff,
                              assignable: model.assignable, obligations: model.obligations, people: model.people, filter: model.filter,
                              offers: model.offers, state: timeline.state(), grounds: .ownTeam)
    }

    func testTheChildPageWithSchoolAndAbsence() throws {
        let model = try Self.page()
        assertPageSnapshots(named: "child-school", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.schoolSection(model, context, nil)
        }
        assertPageSnapshots(named: "child-absence-entry", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.payload(Self.schooled[2].payload, model, context)
        }
    }

    func testARefusedAbsenceOpensItsForm() throws {
        let model = try Self.page()
        assertPageSnapshots(named: "absence-refused", user: F.caseworker, path: C.childPath) { context in
            let refusal = Refusal(form: "absence", field: "absenceShare", message: Strings.error(.absenceShareInvalid)(context.language),
                                  values: FormValues(["absenceShare": "130", "absenceFrom": "2026-10-01", "absenceTo": "2026-10-31",
                                                      "level": "3", "source": "teacher", "description": "Fravær"]))
            return ChildPageView.schoolSection(model, context, refusal)
        }
    }

    func testTheTeamsListOfAbsence() {
        var model = TraySnapshotTests.model(for: TraySnapshotTests.lead)
        model.absences = [AbsenceReport(entry: F.id(203), child: C.childID, childName: "Alma Andersen",
                                        reportedAt: C.hoursAgo(20), level: .vulnerable,
                                        absence: SchoolAbsence(share: 23, from: LocalDate(year: 2026, month: 10, day: 1)!,
                                                               to: LocalDate(year: 2026, month: 10, day: 31)!))]
        assertPageSnapshots(named: "tray-absences", user: TraySnapshotTests.lead, path: SiteURL.tray.path) { context in
            TrayView.absences(model, context)
        }
    }
}
