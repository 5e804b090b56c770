import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The household in the store (issue 24, item 2): full and half siblings from the parents, siblings linked by hand, whom
/// the child lives with, and a placement that must answer for each sibling — on SQLite and (under scripts/test) PostgreSQL.
final class HouseholdStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var caseworker: UserRecord!
    let mother = Person(municipality: Fixture.municipality, givenName: "Mette", familyName: "Holm")
    let father = Person(municipality: Fixture.municipality, givenName: "Frank", familyName: "Holm")
    let stepFather = Person(municipality: Fixture.municipality, givenName: "Søren", familyName: "Dal")
    var anna: Child!, bo: Child!, carl: Child!, dina: Child!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        caseworker = Fixture.user("raadgiver1", role: .caseworker)
        try await store.addUser(caseworker, now: Fixture.now)
        anna = Fixture.child(Fixture.cpr("010410-4322"), given: "Anna", family: "Holm")
        bo = Fixture.child(Fixture.cpr("020612-4331"), given: "Bo", family: "Holm")
        carl = Fixture.child(Fixture.cpr("030914-4342"), given: "Carl", family: "Dal")
        dina = Fixture.child(Fixture.cpr("040516-4353"), given: "Dina", family: "Andersen")
        // Anna and Bo share mother and father; Carl shares the mother with a step-father; Dina has no parents in Spor.
        let relations = [
            Relation(child: anna.id, person: mother.id, kind: .mother, hasCustody: true, livesWith: true),
            Relation(child: anna.id, person: father.id, kind: .father, hasCustody: true),
            Relation(child: bo.id, person: mother.id, kind: .mother, hasCustody: true),
            Relation(child: bo.id, person: father.id, kind: .father, hasCustody: true),
            Relation(child: carl.id, person: mother.id, kind: .mother, hasCustody: true, livesWith: true),
            Relation(child: carl.id, person: stepFather.id, kind: .stepParent, hasCustody: false),
        ]
        try await store.importFamilies([Store.FamilyImport(
            children: [(anna, Fixture.cpr("010410-4322"), []), (bo, Fixture.cpr("020612-4331"), []), (carl, Fixture.cpr("030914-4342"), []),
                       (dina, Fixture.cpr("040516-4353"), [])],
            parents: [mother, father, stepFather], relations: relations)], by: caseworker.id, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func code(_ body: () async throws -> Void) async -> DomainError.Code? {
        do {
            try await body()
            return nil
        } catch let error as DomainError {
            return error.code
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testSiblingsSharingBothParentsAreFullAndSharingTheMotherHalf() async throws {
        // The thing under test
        let siblings = try await store.householdSiblings(of: anna.id)
        // Check: oldest first; Dina is nobody's sibling.
        XCTAssertEqual(siblings.map(\.item.id), [bo.id, carl.id])
        XCTAssertEqual(siblings.map(\.kinship), [.full, .half])
        // Anna and Carl both live with their mother; Bo's residence is not recorded.
        XCTAssertEqual(siblings.map(\.livesWith), [nil, true])
        let none = try await store.householdSiblings(of: dina.id)
        XCTAssertTrue(none.isEmpty)
    }

    func testLivingWithIsRecordedOnTheRelationAndOnlyForAPersonRelatedToTheChild() async throws {
        try await store.setLivesWith(child: bo.id, [mother.id: false, father.id: true], by: caseworker.id, now: Fixture.now)
        let people = try await store.relations(child: bo.id)
        XCTAssertEqual(people.first { $0.person.id == father.id }?.relation.livesWith, true)
        XCTAssertEqual(people.first { $0.person.id == mother.id }?.relation.livesWith, false)
        // Bo lives with the father, Anna with the mother: they live apart.
        let fromAnna = try await store.householdSiblings(of: anna.id)
        XCTAssertEqual(fromAnna.first { $0.item.id == bo.id }?.livesWith, false)
        // Dina is not related to the step-father: refused, nothing written.
        let refused = await code { try await self.store.setLivesWith(child: self.dina.id, [self.stepFather.id: true], by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(refused, .relationMissing)
        let log = try await store.accessLog(child: bo.id)
        XCTAssertTrue(log.contains { $0.action == .householdChanged && $0.user == caseworker.id })
    }

    func testASiblingLinkedByHandIsSeenFromBothAndAnotherMunicipalitysChildIsRefused() async throws {
        try await store.linkSibling(child: dina.id, sibling: anna.id, livesWith: false, by: caseworker.id, now: Fixture.now)
        let fromDina = try await store.householdSiblings(of: dina.id)
        XCTAssertEqual(fromDina.map(\.item.id), [anna.id])
        XCTAssertEqual(fromDina.map(\.kinship), [.recorded])
        XCTAssertEqual(fromDina.map(\.livesWith), [false])
        let fromAnna = try await store.householdSiblings(of: anna.id)
        XCTAssertEqual(Set(fromAnna.map(\.item.id)), [bo.id, carl.id, dina.id])
        // Linked again: the same link, now living together.
        try await store.linkSibling(child: anna.id, sibling: dina.id, livesWith: true, by: caseworker.id, now: Fixture.now)
        let again = try await store.householdSiblings(of: dina.id)
        XCTAssertEqual(again.map(\.livesWith), [true])
        // Oneself, and a child of another municipality.
        let itself = await code { try await self.store.linkSibling(child: self.dina.id, sibling: self.dina.id, livesWith: nil, by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(itself, .siblingNotOfChild)
        let other = Store(kind: store.kind, municipality: store.municipality + 1, protector: store.protector) { [runtime = db.runtime] in
            runtime.databases.database(logger: .init(label: "test"), on: runtime.databases.eventLoopGroup.any())!
        }
        let foreign = try Child(municipality: store.municipality + 1, cpr: Fixture.cpr("050517-4364"), givenName: "Eva", familyName: "Fjern",
                                district: "Område Syd")
        try await other.register(foreign, cpr: Fixture.cpr("050517-4364"), by: caseworker.id, now: Fixture.now)
        let crossing = await code { try await self.store.linkSibling(child: self.dina.id, sibling: foreign.id, livesWith: nil, by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(crossing, .childNotFound)
        let theirs = await code { try await other.linkSibling(child: foreign.id, sibling: self.dina.id, livesWith: nil, by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(theirs, .childNotFound)
        let still = try await store.householdSiblings(of: dina.id)
        XCTAssertEqual(still.map(\.item.id), [anna.id])
    }

    /// Bo's journal up to a granted § 46 decision; the placement that follows it, answering `siblings`.
    func placement(of child: Child, siblings: [SiblingAtPlacement]?) async throws -> Entry {
        let day = DanishTime.localDate(of: Fixture.now)
        let talk = Entry(municipality: Fixture.municipality, child: child.id,
                         payload: .childConversation(ChildConversation(heldBy: caseworker.id, place: "Skolen", outcome: .childsWords("Ja"))),
                         occurredAt: Fixture.now.addingTimeInterval(-7200), recordedAt: Fixture.now, author: caseworker.id)
        let decided = Entry(municipality: Fixture.municipality, child: child.id, payload: .decision(Decision(
            outcome: .granted, offers: ["netvaerksplejefamilie"], legalBasis: .placementWithConsent, reasons: "Behov", purpose: "Tryghed",
            expectedEnd: day.adding(months: 6), consent: Consent(custodyHolders: .given), childsViews: .heardIn(talk.id),
            complaintGuidanceToChild: true, makesChildsPlan: true)), occurredAt: Fixture.now.addingTimeInterval(-3600), recordedAt: Fixture.now,
            author: caseworker.id)
        try await store.append([talk, decided], now: Fixture.now)
        return Entry(municipality: Fixture.municipality, child: child.id, payload: .placementStarted(PlacementStart(
            offer: "netvaerksplejefamilie", kind: .networkFosterFamily, decision: decided.id, legalBasis: .placementWithConsent, nearHome: true,
            schoolKept: true, contactArrangements: "Weekend", siblings: siblings)), occurredAt: Fixture.now.addingTimeInterval(-60),
            recordedAt: Fixture.now, author: caseworker.id)
    }

    func testAPlacementMustAnswerForEachSiblingTheStoreKnows() async throws {
        let unanswered = try await placement(of: bo, siblings: nil)
        let missing = await code { try await self.store.append(unanswered, now: Fixture.now) }
        XCTAssertEqual(missing, .siblingAnswerMissing)
        let stranger = Entry(municipality: unanswered.municipality, child: bo.id, payload: .placementStarted({
            guard case .placementStarted(var start) = unanswered.payload else { fatalError() }
            start.siblings = [SiblingAtPlacement(sibling: anna.id, siblingPlaced: false, placedTogether: true),
                              SiblingAtPlacement(sibling: carl.id, siblingPlaced: false, placedTogether: true),
                              SiblingAtPlacement(sibling: dina.id, siblingPlaced: false, placedTogether: true)]
            return start
        }()), occurredAt: unanswered.occurredAt, recordedAt: unanswered.recordedAt, author: caseworker.id)
        let notSibling = await code { try await self.store.append(stranger, now: Fixture.now) }
        XCTAssertEqual(notSibling, .siblingNotOfChild)
        let answered = Entry(municipality: unanswered.municipality, child: bo.id, payload: .placementStarted({
            guard case .placementStarted(var start) = unanswered.payload else { fatalError() }
            start.siblings = [SiblingAtPlacement(sibling: anna.id, siblingPlaced: false, placedTogether: true),
                              SiblingAtPlacement(sibling: carl.id, siblingPlaced: false, placedTogether: false, assessment: .askedFor)]
            return start
        }()), occurredAt: unanswered.occurredAt, recordedAt: unanswered.recordedAt, author: caseworker.id)
        try await store.append(answered, now: Fixture.now)
        let state = try await store.timeline(child: bo.id).state()
        XCTAssertNotNil(state.activePlacement)
        // Anna sees Bo placed.
        let fromAnna = try await store.householdSiblings(of: anna.id)
        XCTAssertEqual(fromAnna.first { $0.item.id == bo.id }?.placed, true)
        XCTAssertEqual(fromAnna.first { $0.item.id == carl.id }?.placed, false)
    }
}
