import Foundation
import SporDomain
import SporStore
import SporTestSupport

/// A placed child for the web tests of what follows a placement (contact, homecoming): a child of the team's district with
/// its mother (custody), on the caseworker's case, heard, and placed (§ 46, in a network foster family) by a decision.
struct PlacedChild {
    let child: Child
    let mother: Person
    let placement: Entry
    /// Writes an entry on the child's journal, by the caseworker, `daysAgo` before the test's now.
    let write: (EntryPayload, Double) async throws -> Entry

    /// What differs between the tests: the names, the birth date and the CPR serial, the child's words, the fixture's number
    /// (the decision's ids) and the day of the placement (the assignment, conversation and decision the days before it).
    struct Spec {
        var givenName: String
        var familyName: String
        var motherName: String
        var born: LocalDate
        /// The CPR number's 7th and 8th digits.
        var serial: String
        var childsWords: String
        var fixture: Int
        /// The child's number within the fixture (the decision's ids).
        var number: Int
        var placedDaysAgo: Double
    }
}

extension TestApp {
    func placedChild(_ spec: PlacedChild.Spec) async throws -> PlacedChild {
        let caseworker = users[.caseworker]!.id
        let child = Child(municipality: 707, givenName: spec.givenName, familyName: spec.familyName, birthDate: spec.born, sex: .female,
                          district: "Område Grenaa")
        let mother = Person(municipality: 707, givenName: spec.motherName, familyName: spec.familyName)
        let born = spec.born
        let cpr = try CPR(String(format: "%02d%02d%02d-%@", born.day, born.month, born.year % 100, spec.serial))
        try await store.importFamilies([Store.FamilyImport(
            children: [(child, cpr, [])], parents: [mother],
            relations: [Relation(child: child.id, person: mother.id, kind: .mother, hasCustody: true)])],
            by: caseworker, now: TestApp.now)
        let store = self.store
        let write: (EntryPayload, Double) async throws -> Entry = { payload, daysAgo in
            let at = TestApp.now.addingTimeInterval(-daysAgo * 86_400)
            let entry = Entry(municipality: 707, child: child.id, payload: payload, occurredAt: at, recordedAt: at, author: caseworker)
            try await store.append(entry, now: TestApp.now)
            return entry
        }
        let builder = IndicatorFixtures.CourseBuilder(fixture: spec.fixture, child: spec.number, born: born, sex: child.sex, district: child.district)
        let day = spec.placedDaysAgo
        _ = try await write(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), day + 3)
        let talk = try await write(.childConversation(ChildConversation(heldBy: caseworker, place: "Hjemme",
                                                                        outcome: .childsWords(spec.childsWords))), day + 2)
        let decided = DanishTime.localDate(of: TestApp.now.addingTimeInterval(-(day + 1) * 86_400))
        let decision = try await write(.decision(builder.decisionPayload(decided, offers: ["netvaerksplejefamilie"], basis: .placementWithConsent,
                                                                         heardIn: talk)), day + 1)
        let placement = try await write(IndicatorFixtures.CourseBuilder.placementPayload("netvaerksplejefamilie", kind: .networkFosterFamily,
                                                                                         decision: decision), day)
        return PlacedChild(child: child, mother: mother, placement: placement, write: write)
    }
}
