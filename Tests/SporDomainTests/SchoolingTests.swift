import XCTest
@testable import SporDomain
import SporTestSupport

/// School and work (issue 23, item 2): the schooling payload, absence reported by the school (its share refused outside
/// 0–100), concerns stored before the category decode, a placement's schooling, and the three indicators suppressed below 5.
final class SchoolingTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 1, day: 15)!
    var now: Date { DanishTime.instant(today, hour: 12) }
    let birthDate = LocalDate(year: 2014, month: 4, day: 2)!
    let child = UUID()

    func entry(_ payload: EntryPayload, corrects: UUID? = nil) -> Entry {
        Entry(municipality: 707, child: child, payload: payload, occurredAt: now.addingTimeInterval(-3600), recordedAt: now,
              author: UUID(), corrects: corrects)
    }

    func validate(_ payload: EntryPayload, in entries: [Entry] = []) throws {
        try JournalRules.validate(entry(payload), in: Timeline(entries), now: now, context: JournalContext(birthDate: birthDate))
    }

    func assertRefused(_ payload: EntryPayload, _ code: DomainError.Code, field: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try validate(payload), file: file, line: line) { error in
            XCTAssertEqual((error as? DomainError)?.code, code, file: file, line: line)
            XCTAssertEqual((error as? DomainError)?.field, field, file: file, line: line)
        }
    }

    func concern(absence: SchoolAbsence?) -> EntryPayload {
        .concern(Concern(level: .vulnerable, source: .teacher, description: "Højt fravær", absence: absence))
    }

    // MARK: - Absence

    func testTheAbsenceShareIsAcceptedFrom0To100AndRefusedOutside() throws {
        let from = today.adding(days: -30), to = today.adding(days: -1)
        // The thing under test, and the check
        XCTAssertNoThrow(try validate(concern(absence: SchoolAbsence(share: 0, from: from, to: to))))
        XCTAssertNoThrow(try validate(concern(absence: SchoolAbsence(share: 100, from: from, to: to))))
        assertRefused(concern(absence: SchoolAbsence(share: 101, from: from, to: to)), .absenceShareInvalid, field: "absenceShare")
        assertRefused(concern(absence: SchoolAbsence(share: -1, from: from, to: to)), .absenceShareInvalid, field: "absenceShare")
    }

    func testTheAbsencePeriodRunsForwardsAndEndsByToday() {
        assertRefused(concern(absence: SchoolAbsence(share: 20, from: today.adding(days: -1), to: today.adding(days: -30))),
                      .absencePeriodInvalid, field: "absenceFrom")
        assertRefused(concern(absence: SchoolAbsence(share: 20, from: today.adding(days: -5), to: today.adding(days: 20))),
                      .absencePeriodInvalid, field: "absenceTo")
    }

    func testACorrectionIsHeldToTheSameShare() {
        let original = entry(concern(absence: SchoolAbsence(share: 20, from: today.adding(days: -30), to: today)))
        let correction = Entry(municipality: 707, child: child, payload: .correction(Correction(reason: "Forkert tal", replacement:
            concern(absence: SchoolAbsence(share: 230, from: today.adding(days: -30), to: today)))), occurredAt: now, recordedAt: now,
                               author: UUID(), corrects: original.id)
        XCTAssertThrowsError(try JournalRules.validate(correction, in: Timeline([original]), now: now, context: JournalContext(birthDate: birthDate))) {
            XCTAssertEqual(($0 as? DomainError)?.code, .absenceShareInvalid)
        }
    }

    func testAConcernStoredBeforeTheCategoryDecodesWithoutAbsence() throws {
        // Setup: a concern as Spor stored it before issue 23.
        let stored = #"{"description":"Barnet virker trist","level":3,"source":"teacher"}"#
        // The thing under test
        let payload = try EntryPayload.decode(kind: .concern, json: stored)
        // Check: read as before, and written again the same way (no new member for a concern without absence).
        guard case .concern(let concern) = payload else { return XCTFail("not a concern") }
        XCTAssertNil(concern.absence)
        XCTAssertEqual(try payload.encodedJSON(), stored)
    }

    func testAnAbsenceRoundTrips() throws {
        let payload = concern(absence: SchoolAbsence(share: 23, from: LocalDate(year: 2025, month: 9, day: 1)!, to: LocalDate(year: 2025, month: 9, day: 30)!))
        let json = try payload.encodedJSON()
        XCTAssertTrue(json.contains(#""absence":{"from":"2025-09-01","share":23,"to":"2025-09-30"}"#), json)
        XCTAssertEqual(try EntryPayload.decode(kind: .concern, json: json), payload)
    }

    // MARK: - Schooling

    func schooling(_ setting: SchoolingSetting, _ institution: String?, grade: String? = nil, from: LocalDate? = nil) -> EntryPayload {
        .schooling(Schooling(setting: setting, institution: institution, grade: grade, from: from ?? today.adding(days: -10)))
    }

    func testASchoolingStatusNamesItsPlaceAndAClassOnlyInSchool() throws {
        XCTAssertNoThrow(try validate(schooling(.primarySchool, "Søndre Skole", grade: "6")))
        XCTAssertNoThrow(try validate(schooling(.work, "Grenaa Havn")))
        XCTAssertNoThrow(try validate(schooling(.none, nil)))
        assertRefused(schooling(.primarySchool, "  "), .textMissing, field: "institution")
        assertRefused(schooling(.daycare, nil), .textMissing, field: "institution")
        assertRefused(schooling(.none, "Søndre Skole"), .schoolingInvalid, field: "institution")
        assertRefused(schooling(.work, "Grenaa Havn", grade: "6"), .schoolingInvalid, field: "grade")
        assertRefused(schooling(.primarySchool, String(repeating: "S", count: 201)), .textTooLong, field: "institution")
    }

    func testASchoolingStatusHoldsFromADayAfterBirthAndNotFarAhead() {
        assertRefused(schooling(.daycare, "Solsikken", from: birthDate.adding(days: -1)), .occurredBeforeBirth, field: "from")
        assertRefused(schooling(.primarySchool, "Søndre Skole", from: today.adding(years: 2)), .dateInvalid, field: "from")
        XCTAssertNoThrow(try validate(schooling(.primarySchool, "Søndre Skole", from: today.adding(months: 7))), "an agreed start")
    }

    func testTheStatusOnADayIsTheLatestWhoseDayHasCome() {
        // Setup: recorded out of order; the later record for the same day wins.
        let first = entry(schooling(.daycare, "Solsikken", from: LocalDate(year: 2018, month: 1, day: 1)!))
        let school = entry(schooling(.primarySchool, "Søndre Skole", grade: "0", from: LocalDate(year: 2020, month: 8, day: 10)!))
        let fixed = Entry(municipality: 707, child: child, payload: schooling(.primarySchool, "Nordre Skole", grade: "0",
                          from: LocalDate(year: 2020, month: 8, day: 10)!), occurredAt: now, recordedAt: now, author: UUID())
        let timeline = Timeline([school, first, fixed])
        // The thing under test, and the check
        XCTAssertEqual(timeline.schooling(on: LocalDate(year: 2019, month: 5, day: 1)!)?.setting, .daycare)
        XCTAssertEqual(timeline.schooling(on: LocalDate(year: 2020, month: 8, day: 10)!)?.institution, "Nordre Skole")
        XCTAssertNil(timeline.schooling(on: LocalDate(year: 2017, month: 5, day: 1)!))
        XCTAssertEqual(timeline.schoolingHistory.count, 3)
    }

    func testTheAgeDecidesWhetherWorkCounts() {
        let work = Schooling(setting: .work, institution: "Grenaa Havn", grade: nil, from: today)
        XCTAssertFalse(work.counts(atAge: 15))
        XCTAssertTrue(work.counts(atAge: 16))
        XCTAssertTrue(Schooling(setting: .youthEducation, institution: "Grenaa Gymnasium", grade: nil, from: today).counts(atAge: 19))
        XCTAssertFalse(Schooling(setting: .none, institution: nil, grade: nil, from: today).counts(atAge: 10))
    }

    // MARK: - A placement's schooling

    func testAPlacementSaysWhenSchoolingBeganOnlyWhenTheSchoolIsNotKept() throws {
        func start(kept: Bool, began: LocalDate?) -> EntryPayload {
            .placementStarted(PlacementStart(offer: "netvaerksplejefamilie", kind: .networkFosterFamily, decision: UUID(),
                                             legalBasis: .placementWithConsent, nearHome: true, schoolKept: kept,
                                             contactArrangements: "Samvær", schoolingStarted: began))
        }
        // Only the school's parts are read here: the placement's course rules are tested elsewhere.
        let context = JournalContext(birthDate: birthDate)
        XCTAssertThrowsError(try JournalRules.validateSchool(entry(start(kept: true, began: today)), now: now, context: context)) {
            XCTAssertEqual(($0 as? DomainError)?.field, "schoolingStarted")
        }
        XCTAssertThrowsError(try JournalRules.validateSchool(entry(start(kept: false, began: today.adding(days: 10))), now: now, context: context))
        XCTAssertNoThrow(try JournalRules.validateSchool(entry(start(kept: false, began: today)), now: now, context: context))
        XCTAssertNoThrow(try JournalRules.validateSchool(entry(start(kept: false, began: nil)), now: now, context: context))
    }

    func testAPlacementStoredBeforeDecodesWithoutTheDay() throws {
        let stored = #"{"contactArrangements":"Samvær","decision":"00000000-0000-4000-8000-000000000001","kind":"networkFosterFamily","legalBasis":"placementWithConsent","nearHome":true,"offer":"netvaerksplejefamilie","schoolKept":false}"#
        guard case .placementStarted(let start) = try EntryPayload.decode(kind: .placementStarted, json: stored) else { return XCTFail() }
        XCTAssertNil(start.schoolingStarted)
    }

    // MARK: - The indicators

    func testTheIndicatorsAreStandardAndTheSettingsShowInTheDefinition() {
        let ids = IndicatorDefinition.standard().map(\.id)
        for id in ["in-school-or-work", "placed-schooling", "help-after-absence"] { XCTAssertTrue(ids.contains(id), id) }
        var settings = IndicatorSettings.standard
        XCTAssertEqual(settings.placedSchoolingDays, 30)
        settings.placedSchoolingDays = 14
        XCTAssertTrue(IndicatorDefinition.placedSchooling(settings).definitionDa.contains("14 dage"))
    }

    /// The fixture's values under a shorter window: E's schooling (day 45) and C's (day 14) — only C's within 14.
    func testAShorterWindowForSchoolingCountsOnlyTheEarlierStart() {
        var settings = IndicatorSettings.standard
        settings.placedSchoolingDays = 13
        let table = IndicatorFixtureTests.table(IndicatorFixtures.school, settings: settings)
        XCTAssertEqual(table[IndicatorCell(indicator: "placed-schooling", period: IndicatorPeriod("2025")!)].numerator, 1, "only D (kept)")
    }

    /// Each indicator reads "<5" until five children stand behind its cell.
    func testEachIndicatorIsSuppressedBelowFiveChildren() {
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        let year = IndicatorPeriod("2025")!
        for id in ["in-school-or-work", "placed-schooling", "help-after-absence"] {
            let definition = computation.definition(id)!
            let cell = IndicatorCell(indicator: id, period: year)
            var table = IndicatorTable()
            // Setup: children made alike, each counted once.
            for number in 1...5 {
                var course = IndicatorFixtures.CourseBuilder(fixture: 233, child: number, born: LocalDate(year: 2013, month: 1, day: number)!,
                                                             sex: .female, district: IndicatorFixtures.grenaa)
                let day = LocalDate(year: 2025, month: 3, day: number)!
                course.absence(share: 20 + number, from: day.adding(days: -28), to: day.adding(days: -1), day)
                course.schooling(.primarySchool, "Søndre Skole", grade: "6", from: LocalDate(year: 2024, month: 8, day: 12)!, day)
                course.networkMeeting(day.adding(days: 7), childTookPart: true)
                let talk = course.conversation(day.adding(days: 8))
                let decided = course.decision(day.adding(days: 9), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: talk)
                course.placement(day.adding(days: 10), decision: decided, schoolKept: number != 1)
                // The thing under test
                table.add(computation.contributions(of: course.child(about: "").facts, entries: course.entries, asOf: IndicatorFixtures.asOf))
                // Check
                if number < 5 { XCTAssertEqual(table.readout(cell, definition: definition), .suppressed, "\(id): \(number) children") }
            }
            let expected: Double = id == "placed-schooling" ? 4.0 / 5.0 : 1
            XCTAssertEqual(table.readout(cell, definition: definition), .value(expected, ninetiethPercentile: nil), id)
        }
    }
}
