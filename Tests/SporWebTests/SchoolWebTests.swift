import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb
import SporTestSupport

/// School and work (issue 23, item 2) on the web: a school reports absence and the child is on the team's list; the
/// caseworker records school or work and the absence on the school's behalf from the child page; someone else's child
/// is refused; the three indicators are on the dashboard, in the CSV and in the API.
final class SchoolWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func concerns(_ child: UUID) async throws -> [Concern] {
        try await test.store.timeline(child: child).entries.compactMap { entry in
            if case .concern(let concern) = entry.payload { return concern } else { return nil }
        }
    }

    func schooling(_ child: UUID) async throws -> [Schooling] {
        try await test.store.timeline(child: child).entries.compactMap { entry in
            if case .schooling(let schooling) = entry.payload { return schooling } else { return nil }
        }
    }

    static func report(share: String, category: String = "absence") -> [String: String] {
        ["cpr": "150315-4321", "kind": "concern", "level": "3", "description": "Alma har meget fravær i oktober",
         "category": category, "absenceShare": share, "absenceFrom": "2026-10-01", "absenceTo": "2026-10-31"]
    }

    func testASchoolReportsAbsenceAndTheChildIsOnTheTeamsList() async throws {
        // Setup: the school, signed in as a professional.
        let school = Browser(test.app)
        _ = try await school.login("professional", password: test.password)
        let form = try await school.get(SiteURL.professional.path)
        XCTAssertTrue(form.body.string.contains("name=\"absenceShare\""), "the professional's form asks the share")
        // The thing under test
        let sent = try await school.post(SiteURL.professional.path, Self.report(share: "23"))
        // Check: saved as a concern with its share and period, by the school.
        XCTAssertEqual(sent.status, .seeOther, ParticipationTests.refusal(sent))
        let saved = try await concerns(test.child.id)
        XCTAssertEqual(saved.last?.absence, SchoolAbsence(share: 23, from: LocalDate(year: 2026, month: 10, day: 1)!,
                                                          to: LocalDate(year: 2026, month: 10, day: 31)!))
        // The team's caseworker and its lead see it on the tray; the other district's team does not.
        for username in ["caseworker", "teamlead"] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            let tray = try await browser.get(SiteURL.tray.path)
            let list = try XCTUnwrap(tray.body.string.components(separatedBy: "id=\"absences\"").dropFirst().first, username)
            let row = String(list.prefix(1500))
            XCTAssertTrue(row.contains("Alma Testesen"), username)
            XCTAssertTrue(row.contains("Skolefravær 23 %"), username)
            XCTAssertTrue(row.contains(SiteURL.child(test.child.id).path), username)
        }
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        let theirs = try await other.get(SiteURL.tray.path).body.string
        XCTAssertFalse(theirs.contains("Skolefravær 23 %"))
        // The child page shows the share on the concern.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertTrue(page.contains("Skolefravær 23 %"))
    }

    func testAShareOutside0To100OrMissingIsRefusedAndNothingSaved() async throws {
        let school = Browser(test.app)
        _ = try await school.login("professional", password: test.password)
        try await school.get(SiteURL.professional.path)
        let before = try await concerns(test.child.id).count
        for share in ["101", "-5", ""] {
            let refused = try await school.post(SiteURL.professional.path, Self.report(share: share))
            XCTAssertEqual(refused.status, .unprocessableEntity, share)
            XCTAssertTrue(refused.body.string.contains("id=\"submission-absenceShare\""), share)
        }
        let after = try await concerns(test.child.id).count
        XCTAssertEqual(after, before)
        // A concern of another category keeps no share, even when one was typed.
        let plain = try await school.post(SiteURL.professional.path, Self.report(share: "40", category: "general"))
        XCTAssertEqual(plain.status, .seeOther)
        let last = try await concerns(test.child.id).last
        XCTAssertNil(last?.absence)
    }

    func testTheCaseworkerRecordsSchoolAndTheFormOffersWhatTheJournalKnows() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get(SiteURL.child(test.child.id).path)
        XCTAssertTrue(page.body.string.contains("Skole og beskæftigelse"))
        // The thing under test
        let saved = try await caseworker.post(SiteURL.child(test.child.id, .schooling).path,
                                              ["setting": "primarySchool", "institution": "Søndre Skole", "grade": "5", "from": "2026-08-10"])
        // Check
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))
        let recorded = try await schooling(test.child.id)
        XCTAssertEqual(recorded, [Schooling(setting: .primarySchool, institution: "Søndre Skole", grade: "5",
                                            from: LocalDate(year: 2026, month: 8, day: 10)!)])
        let again = try await caseworker.get(SiteURL.child(test.child.id).path).body.string
        let section = try XCTUnwrap(again.components(separatedBy: "id=\"schooling\"").dropFirst().first)
        XCTAssertTrue(section.contains("Nu: Grundskole, Søndre Skole, 5. klasse/årgang"), String(section.prefix(600)))
        XCTAssertTrue(section.contains("value=\"Søndre Skole\""), "the school the journal knows is offered")
        XCTAssertTrue(section.contains("value=\"primarySchool\" selected"), "and its setting")
        // The header says the same as the section, not the register's older institution.
        let header = try XCTUnwrap(again.components(separatedBy: "id=\"schooling\"").first)
        XCTAssertTrue(header.contains("Grundskole, Søndre Skole"), "the header's school is the journal's")

        // A school without a name, or a class out of school, is refused naming the field; nothing saved.
        let unnamed = try await caseworker.post(SiteURL.child(test.child.id, .schooling).path,
                                                ["setting": "specialSchool", "institution": "", "from": "2026-11-01"])
        XCTAssertEqual(unnamed.status, .unprocessableEntity)
        XCTAssertTrue(unnamed.body.string.contains("id=\"schooling-institution\""))
        let unknown = try await caseworker.post(SiteURL.child(test.child.id, .schooling).path, ["setting": "holiday", "from": "2026-11-01"])
        XCTAssertEqual(unknown.status, .unprocessableEntity)
        let count = try await schooling(test.child.id).count
        XCTAssertEqual(count, 1)
    }

    func testTheTeamsListReadsEachConcernAsTheJournalNowDoes() async throws {
        // Setup: a concern corrected into a report of absence, and a report of absence voided.
        let author = test.users[.caseworker]!.id, now = TestApp.now
        let absence = SchoolAbsence(share: 27, from: LocalDate(year: 2026, month: 10, day: 1)!, to: LocalDate(year: 2026, month: 10, day: 31)!)
        func entry(_ payload: EntryPayload, corrects: UUID? = nil) -> Entry {
            Entry(municipality: test.child.municipality, child: test.child.id, payload: payload, occurredAt: now, recordedAt: now,
                  author: author, corrects: corrects)
        }
        let plain = entry(.concern(Concern(level: .vulnerable, source: .teacher, description: "Meget fravær")))
        let wrong = entry(.concern(Concern(level: .vulnerable, source: .teacher, description: "Forkert barn", absence: absence)))
        for original in [plain, wrong] { try await test.store.append(original, now: now) }
        try await test.store.append(entry(.correction(Correction(reason: "Skolens tal", replacement: .concern(Concern(
            level: .vulnerable, source: .teacher, description: "Meget fravær", absence: absence)))), corrects: plain.id), now: now)
        try await test.store.append(entry(.correction(Correction(reason: "Forkert barn", replacement: nil)), corrects: wrong.id), now: now)
        // The thing under test
        let reports = try await test.store.absenceReports(district: test.child.district, since: now.addingTimeInterval(-86_400))
        // Check
        XCTAssertEqual(reports.map(\.entry), [plain.id])
        XCTAssertEqual(reports.first?.absence, absence)
    }

    func testAVoidedStatusLeavesTheStatusBefore() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(test.child.id).path)
        try await caseworker.post(SiteURL.child(test.child.id, .schooling).path,
                                  ["setting": "primarySchool", "institution": "Søndre Skole", "grade": "5", "from": "2026-08-10"])
        try await caseworker.post(SiteURL.child(test.child.id, .schooling).path,
                                  ["setting": "none", "from": "2026-11-01"])
        let entries = try await test.store.timeline(child: test.child.id).entries
        let wrong = try XCTUnwrap(entries.first { if case .schooling(let status) = $0.payload { status.setting == .none } else { false } })
        // The thing under test: the correction page opens for a schooling entry, and voids it.
        let page = try await caseworker.get(SiteURL.child(test.child.id, .correct(.value(wrong.id))).path)
        XCTAssertEqual(page.status, .ok)
        let voided = try await caseworker.post(SiteURL.child(test.child.id, .correct(.value(wrong.id))).path,
                                               ["reason": "Registreret på det forkerte barn", "void": "1"])
        XCTAssertEqual(voided.status, .seeOther, ParticipationTests.refusal(voided))
        // Check: the status now is the one before, and the form offers it.
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.schooling(on: LocalDate(year: 2026, month: 11, day: 26)!)?.institution, "Søndre Skole")
        let html = try await caseworker.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertTrue(html.contains("Nu: Grundskole, Søndre Skole"))
    }

    func testAPlacementSaysWhenSchoolingBeganAtTheNewPlace() async throws {
        // Setup: the child heard and a placement decided (§ 46), in the journal.
        let caseworker = test.users[.caseworker]!.id
        let day = DanishTime.localDate(of: TestApp.now)
        let builder = IndicatorFixtures.CourseBuilder(fixture: 234, child: 1, born: test.child.birthDate, sex: test.child.sex,
                                                      district: test.child.district)
        let talk = Entry(municipality: 707, child: test.child.id, payload: .childConversation(ChildConversation(
            heldBy: caseworker, place: "Hjemme", outcome: .childsWords("Jeg vil gerne blive på min skole"))),
            occurredAt: TestApp.now.addingTimeInterval(-7200), recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(talk, now: TestApp.now)
        let decision = Entry(municipality: 707, child: test.child.id, payload: .decision(builder.decisionPayload(
            day, offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: talk)),
            occurredAt: TestApp.now.addingTimeInterval(-3600), recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(decision, now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let form = try await browser.get(SiteURL.child(test.child.id, .course(.value("placement-start"))).path)
        XCTAssertTrue(form.body.string.contains("name=\"schoolingStarted\""), "the step asks the day schooling began")
        let fields = ["decision": decision.id.uuidString, "offer": "netvaerksplejefamilie", "placementKind": "networkFosterFamily",
                      "nearHome": "no", "contactArrangements": "Samvær hver anden weekend", "occurredAt": "2026-11-26T09:30"]
        // The thing under test: a day of schooling with the school kept is refused; with the school not kept it is saved.
        let kept = try await browser.post(SiteURL.child(test.child.id, .course(.value("placement-start"))).path,
                                          fields.merging(["schoolKept": "yes", "schoolingStarted": "2026-11-26"]) { $1 })
        XCTAssertEqual(kept.status, .unprocessableEntity)
        let saved = try await browser.post(SiteURL.child(test.child.id, .course(.value("placement-start"))).path,
                                           fields.merging(["schoolKept": "no", "schoolingStarted": "2026-11-26"]) { $1 })
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))
        // Check
        let starts = try await test.store.timeline(child: test.child.id).entries.compactMap { entry -> PlacementStart? in
            if case .placementStarted(let start) = entry.payload { return start } else { return nil }
        }
        XCTAssertEqual(starts.map(\.schoolingStarted), [LocalDate(year: 2026, month: 11, day: 26)!])
        let page = try await browser.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertTrue(page.contains("Skolegang begyndt 26.11.2026"), "the timeline says it")
    }

    func testTheCaseworkerRegistersAbsenceOnTheSchoolsBehalf() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(test.child.id).path)
        let form = ["absenceShare": "31", "absenceFrom": "2026-09-01", "absenceTo": "2026-09-30", "level": "3", "source": "teacher",
                    "description": "Skolen ringede om fraværet", "occurredAt": "2026-11-26T09:00"]
        var refused = form
        refused["absenceShare"] = "130"
        let tooMuch = try await caseworker.post(SiteURL.child(test.child.id, .absence).path, refused)
        XCTAssertEqual(tooMuch.status, .unprocessableEntity)
        XCTAssertTrue(tooMuch.body.string.contains("fra 0 til 100"))
        let saved = try await caseworker.post(SiteURL.child(test.child.id, .absence).path, form)
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))
        let recorded = try await concerns(test.child.id).compactMap(\.absence)
        XCTAssertEqual(recorded.map(\.share), [31])
    }

    func testSomeoneElsesChildIsRefusedAndNothingSaved() async throws {
        // Setup: the other team's caseworker, and the routes' declared access.
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        for route in ["POST /children/:childID/schooling", "POST /children/:childID/absence"] {
            XCTAssertEqual(declared[route] ?? nil, .requires(.writeEntry), route)
        }
        var callers: [(String, Browser)] = []
        for username in ["caseworker2", Role.professional.rawValue, Role.policy.rawValue, Role.admin.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            callers.append((username, browser))
        }
        for (who, browser) in callers {
            // The thing under test
            let status = try await browser.post(SiteURL.child(test.child.id, .schooling).path,
                                                ["setting": "work", "institution": "Havnen", "from": "2026-11-01"]).status
            let absence = try await browser.post(SiteURL.child(test.child.id, .absence).path,
                                                 ["absenceShare": "50", "absenceFrom": "2026-10-01", "absenceTo": "2026-10-31", "level": "3",
                                                  "source": "teacher", "description": "x", "occurredAt": "2026-11-26T09:00"]).status
            // Check
            XCTAssertEqual(status, .forbidden, who)
            XCTAssertEqual(absence, .forbidden, who)
        }
        let schooled = try await schooling(test.child.id)
        let reported = try await concerns(test.child.id)
        XCTAssertTrue(schooled.isEmpty)
        XCTAssertTrue(reported.isEmpty)
    }

    func testTheIndicatorsAreOnTheDashboardInTheCsvAndInTheApi() async throws {
        // Setup: five children reported absent by the school, each helped by a network meeting a week later.
        let outreach = test.users[.outreach]!.id, school = test.users[.professional]!.id
        for index in 0..<5 {
            let cpr = try CPR(String(format: "0%d0614-41%02d", index + 1, index * 2))
            let child = try Child(municipality: 707, cpr: cpr, givenName: "Elev\(index)", familyName: "Fravær", district: "Område Grenaa")
            try await test.store.register(child, cpr: cpr, by: test.users[.caseworker]!.id, now: TestApp.now)
            let reported = TestApp.now.addingTimeInterval(-Double(40 + index) * 86_400)
            try await test.store.append(Entry(municipality: 707, child: child.id, payload: .concern(Concern(
                level: .vulnerable, source: .teacher, description: "Fravær",
                absence: SchoolAbsence(share: 20 + index, from: LocalDate(year: 2026, month: 9, day: 1)!, to: LocalDate(year: 2026, month: 9, day: 30)!))),
                occurredAt: reported, recordedAt: reported, author: school), now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id, payload: .networkMeeting(NetworkMeeting(
                participants: .init(child: true, parents: true, network: false, professions: [.teacher]), worries: "Fravær",
                workingWell: "Venner", needsToHappen: "Morgenrutiner", safetyScale: 6)),
                occurredAt: reported.addingTimeInterval(7 * 86_400), recordedAt: TestApp.now, author: outreach), now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id, payload: .schooling(Schooling(
                setting: .primarySchool, institution: "Søndre Skole", grade: "6", from: LocalDate(year: 2026, month: 8, day: 10)!)),
                occurredAt: TestApp.now, recordedAt: TestApp.now, author: test.users[.caseworker]!.id), now: TestApp.now)
        }
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        // The thing under test, and the check: the dashboard …
        let page = try await policy.get("/policy?period=2026").body.string
        for id in ["in-school-or-work", "placed-schooling", "help-after-absence"] {
            XCTAssertTrue(page.contains("id=\"indicator-\(id)\""), id)
        }
        let card = page.components(separatedBy: "id=\"indicator-help-after-absence\"")[1].components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">100 %<"), card)
        // … the CSV …
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\nhelp-after-absence;;2026;;;;1,0000;5;5"), String(csv.prefix(400)))
        let october = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026-10").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(october.contains("\r\nin-school-or-work;;2026-10;;;;1,0000;5;5"), "five children in school at the end of October")
        // … and the API.
        let token = try await test.store.createApiToken(user: test.users[.policy]!.id, name: "school", now: TestApp.now)
        let api = try await policy.get("/api/v1/indicators?period=2026", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .ok)
        XCTAssertTrue(api.body.string.contains("\"help-after-absence\""))
        let month = try await policy.get("/api/v1/indicators?period=2026-10", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertTrue(month.body.string.contains("\"in-school-or-work\""))
    }
}
