import XCTest
@testable import SporDomain
import SporTestSupport

/// The household (issue 24, item 2): full and half siblings from their parents, a placement's answers about each sibling
/// (required when the child has siblings, refused for a child who is not a sibling or of another municipality), and the two
/// sibling indicators suppressed below five children.
final class HouseholdTests: CourseTestCase {
    let brother = UUID(), sister = UUID()

    func testSiblingsSharingAllTheirKnownParentsAreFullAndSharingSomeAreHalf() {
        let mother = UUID(), father = UUID(), stepFather = UUID()
        XCTAssertEqual(SiblingKinship.of([mother, father], [father, mother]), .full)
        XCTAssertEqual(SiblingKinship.of([mother], [mother]), .full, "both known parents are the one known")
        XCTAssertEqual(SiblingKinship.of([mother, father], [mother, stepFather]), .half)
        XCTAssertEqual(SiblingKinship.of([mother], [mother, stepFather]), .half)
        XCTAssertNil(SiblingKinship.of([mother], [father]))
    }

    /// A granted § 46 decision and the placement it starts, answering `siblings`.
    func placing(_ siblings: [SiblingAtPlacement]?) -> (course: [Entry], placement: Entry) {
        let day = d(2025, 3, 3)
        let talk = conversation(at: at(day))
        let decided = decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(day, 11), heardIn: talk)
        let start = entry(.placementStarted(PlacementStart(offer: "netvaerksplejefamilie", kind: .networkFosterFamily, decision: decided.id,
                                                           legalBasis: .placementWithConsent, nearHome: true, schoolKept: true,
                                                           contactArrangements: "Samvær hver anden weekend", siblings: siblings)),
                          at: at(day, 12))
        return ([talk, decided], start)
    }

    /// The refusal of the placement, with the siblings the store knows.
    func refused(_ siblings: [SiblingAtPlacement]?, known: [KnownSibling]?) -> DomainError? {
        let (course, start) = placing(siblings)
        var context = JournalContext(birthDate: d(2014, 5, 1))
        context.siblings = known
        do {
            try JournalRules.validate(start, in: Timeline(course), now: start.occurredAt.addingTimeInterval(60), context: context)
            return nil
        } catch {
            return error
        }
    }

    var ours: [KnownSibling] { [KnownSibling(id: brother, municipality: 707), KnownSibling(id: sister, municipality: 707)] }

    func testEachSiblingMustBeAnsweredWhenTheChildHasSiblings() {
        // Nothing answered (nil) and one of two answered are refused, naming the unanswered sibling's question.
        let none = refused(nil, known: ours)
        XCTAssertEqual(none?.code, .siblingAnswerMissing)
        XCTAssertEqual(none?.field, SiblingAtPlacement.togetherField(brother))
        let one = refused([SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true)], known: ours)
        XCTAssertEqual(one?.field, SiblingAtPlacement.togetherField(sister))
        // Not together, and no answer on the assessment.
        let unassessed = refused([SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true),
                                  SiblingAtPlacement(sibling: sister, siblingPlaced: false, placedTogether: false)], known: ours)
        XCTAssertEqual(unassessed?.code, .siblingAnswerMissing)
        XCTAssertEqual(unassessed?.field, SiblingAtPlacement.assessmentField(sister))
        // "Not relevant" needs its reason.
        let noReason = refused([SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true),
                                SiblingAtPlacement(sibling: sister, siblingPlaced: false, placedTogether: false, assessment: .notRelevant,
                                                   notRelevantReason: "  ")], known: ours)
        XCTAssertEqual(noReason?.code, .textMissing)
        XCTAssertEqual(noReason?.field, SiblingAtPlacement.reasonField(sister))
        // Both answered.
        XCTAssertNil(refused([SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true),
                              SiblingAtPlacement(sibling: sister, siblingPlaced: false, placedTogether: false, assessment: .askedFor)], known: ours))
        // Without siblings, nothing is asked.
        XCTAssertNil(refused(nil, known: []))
        XCTAssertNil(refused([], known: []))
    }

    func testAChildWhoIsNotTheChildsSiblingIsRefused() {
        let stranger = UUID()
        let answers = [SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true),
                       SiblingAtPlacement(sibling: sister, siblingPlaced: false, placedTogether: true),
                       SiblingAtPlacement(sibling: stranger, siblingPlaced: false, placedTogether: false, assessment: .askedFor)]
        XCTAssertEqual(refused(answers, known: ours)?.code, .siblingNotOfChild)
        // The child itself, and one sibling answered twice.
        XCTAssertEqual(refused([SiblingAtPlacement(sibling: child, siblingPlaced: false, placedTogether: true)], known: nil)?.code, .siblingNotOfChild)
        XCTAssertEqual(refused([SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true),
                                SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true)], known: nil)?.code,
                       .siblingNotOfChild)
    }

    func testASiblingOfAnotherMunicipalityIsRefused() {
        let elsewhere = [KnownSibling(id: brother, municipality: 707), KnownSibling(id: sister, municipality: 101)]
        let answers = [SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true),
                       SiblingAtPlacement(sibling: sister, siblingPlaced: false, placedTogether: false, assessment: .askedFor)]
        XCTAssertEqual(refused(answers, known: elsewhere)?.code, .siblingNotOfChild)
        // Answering for our own sibling alone is accepted: the other municipality's child is not asked about.
        XCTAssertNil(refused(Array(answers.prefix(1)), known: elsewhere))
    }

    func testAPlacedTogetherSiblingHasNoAssessment() {
        let answers = [SiblingAtPlacement(sibling: brother, siblingPlaced: false, placedTogether: true, assessment: .assessed)]
        XCTAssertEqual(refused(answers, known: nil)?.code, .siblingAssessmentInvalid)
    }

    func testAPlacementStoredBeforeTheQuestionDecodesWithoutSiblings() throws {
        let stored = #"{"contactArrangements":"Samvær","decision":"00000000-0000-4000-8000-000000000001","kind":"networkFosterFamily","legalBasis":"placementWithConsent","nearHome":true,"offer":"netvaerksplejefamilie","schoolKept":false}"#
        guard case .placementStarted(let start) = try EntryPayload.decode(kind: .placementStarted, json: stored) else { return XCTFail() }
        XCTAssertNil(start.siblings)
        XCTAssertEqual(start.siblingAssessmentsAskedFor, [])
    }

    func testTheSiblingIndicatorsAreStandardAndSuppressedBelowFiveChildren() {
        let ids = IndicatorDefinition.standard().map(\.id)
        XCTAssertTrue(ids.contains("siblings-placed-together"))
        XCTAssertTrue(ids.contains("siblings-assessed"))
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        let year = IndicatorPeriod("2025")!
        for id in ["siblings-placed-together", "siblings-assessed"] {
            let definition = computation.definition(id)!
            let cell = IndicatorCell(indicator: id, period: year)
            var table = IndicatorTable()
            for number in 1...5 {
                // Setup: each child placed with one sibling placed together and one at home asked about (child 1: not relevant).
                var course = IndicatorFixtures.CourseBuilder(fixture: 243, child: number, born: LocalDate(year: 2013, month: 1, day: number)!,
                                                             sex: .female, district: IndicatorFixtures.grenaa)
                course.siblingPlacement(LocalDate(year: 2025, month: 4, day: number)!, siblings: [
                    SiblingAtPlacement(sibling: IndicatorFixtures.uuid(243, 90 + number, 1), siblingPlaced: false, placedTogether: true),
                    SiblingAtPlacement(sibling: IndicatorFixtures.uuid(243, 90 + number, 2), siblingPlaced: false, placedTogether: false,
                                       assessment: number == 1 ? .notRelevant : .askedFor, notRelevantReason: number == 1 ? "Voksen" : nil),
                ])
                // The thing under test
                table.add(computation.contributions(of: course.child(about: "").facts, entries: course.entries, asOf: IndicatorFixtures.asOf))
                // Check
                if number < 5 { XCTAssertEqual(table.readout(cell, definition: definition), .suppressed, "\(id): \(number) children") }
            }
            let expected: Double = id == "siblings-assessed" ? 4.0 / 5.0 : 1
            XCTAssertEqual(table.readout(cell, definition: definition), .value(expected, ninetiethPercentile: nil), id)
        }
    }
}
