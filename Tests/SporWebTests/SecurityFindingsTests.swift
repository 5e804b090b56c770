import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The findings of probing the running system (issue 18), each as it was found.
final class SecurityFindingsTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func login(_ username: String) async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login(username, password: test.password)
        return browser
    }

    // MARK: - Follow-up rounds and years

    func testARoundWithANegativeYearIsRefusedAndAnUnreadableSavedRoundBreaksNoPage() async throws {
        let policy = try await login("policy")
        try await policy.get("/policy/rounds")
        for year in ["-5", "0", "99999", "+2026", "1999"] {
            let refused = try await policy.post("/policy/rounds", ["half": "1", "year": year, "deadline": "2026-08-01"])
            XCTAssertEqual(refused.status, .unprocessableEntity, year)
        }
        for deadline in ["0202-08-01", "2500-08-01", "20266-08-01"] {
            let refused = try await policy.post("/policy/rounds", ["half": "1", "year": "2026", "deadline": deadline])
            XCTAssertEqual(refused.status, .unprocessableEntity, deadline)
            XCTAssertTrue(refused.body.string.contains(Strings.errorDateInvalid(.da)), deadline)
        }
        let saved = try await test.store.followUpRounds()
        XCTAssertTrue(saved.isEmpty)

        // A round saved before years were checked (as the probe left one): the pages still open, and the next round saved
        // leaves it behind.
        let broken = #"[{"deadline":"-005-08-01","id":"-5-1","name":"1. halvår -5","period":{"end":"-005-06-30","start":"-005-01-01"}}]"#
        try await test.store.saveConfiguration(key: "followUpRounds", value: broken, by: test.users[.policy]!.id, now: TestApp.now)
        let initiative = try await test.store.policyContent().initiatives[0].id.rawValue
        for path in ["/policy/rounds", "/policy/initiatives/\(initiative)", "/policy/tracker"] {
            let page = try await policy.get(path)
            XCTAssertEqual(page.status, .ok, path)
        }
        let next = try await policy.post("/policy/rounds", ["half": "2", "year": "2026", "deadline": "2027-01-31"])
        XCTAssertEqual(next.status, .seeOther)
        let rounds = try await test.store.followUpRounds()
        XCTAssertEqual(rounds.map(\.id.rawValue), ["2026-2"])
    }

    func testALocalDateOnlyHoldsAYearItCanWriteAndReadBack() {
        XCTAssertNil(LocalDate(year: -5, month: 1, day: 1))
        XCTAssertNil(LocalDate(year: 0, month: 1, day: 1))
        XCTAssertNil(LocalDate(year: 10_000, month: 1, day: 1))
        let first = LocalDate(year: 1, month: 1, day: 1)!
        XCTAssertEqual(LocalDate(iso: first.iso), first)
        XCTAssertNil(IndicatorPeriod("+025"))
        XCTAssertNil(IndicatorPeriod("0025"))
        XCTAssertNil(IndicatorPeriod("2025-+3"))
        XCTAssertEqual(IndicatorPeriod("2025-Q3")?.description, "2025-Q3")
    }

    // MARK: - Dates against the child's birth

    func testAnEntryBeforeTheChildsBirthOrInYear1IsRefused() async throws {
        let browser = try await login("caseworker")
        try await browser.get("/children/\(test.child.id)")
        let before = try await test.store.timeline(child: test.child.id).entries.count
        for (time, code) in [("0001-01-01T10:00", DomainError.Code.occurredTooEarly), ("1900-05-01T10:00", .occurredTooEarly),
                             ("2015-03-14T10:00", .occurredBeforeBirth)] {
            let response = try await browser.post("/children/\(test.child.id)/notes", ["text": "Skrevet med forkert år", "occurredAt": time])
            XCTAssertEqual(response.status, .unprocessableEntity, time)
            XCTAssertTrue(response.body.string.contains(Strings.error(code)(.da)), time)
            XCTAssertTrue(response.body.string.contains("Skrevet med forkert år"), "the text is kept")
        }
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
        let born = try await browser.post("/children/\(test.child.id)/notes", ["text": "Født i dag", "occurredAt": "2015-03-15T10:00"])
        XCTAssertEqual(born.status, .seeOther, "the day of birth itself is the child's")
    }

    func testACPRWhoseBirthIsInTheFutureOrTooLongAgoRegistersNoChild() async throws {
        let browser = try await login("caseworker")
        try await browser.get("/children/new")
        // 7th digit 4 with year 58 is 1858; 5 with year 30 is 2030 (in the future on 26 November 2026); 1994 is 32 years old.
        for cpr in ["010158-4321", "010130-5321", "010194-1234"] {
            let response = try await browser.post("/children", ["cpr": cpr, "givenName": "Karla", "familyName": "Prøvesen", "district": "Område Grenaa"])
            XCTAssertEqual(response.status, .unprocessableEntity, cpr)
            XCTAssertTrue(response.body.string.contains(Strings.error(.birthDateImplausible)(.da)), cpr)
        }
        let found = try await test.store.search("Karla Prøvesen")
        XCTAssertTrue(found.isEmpty)
        // A young adult of 22 is still Spor's.
        let youngAdult = try await browser.post("/children", ["cpr": "011203-4322", "givenName": "Karla", "familyName": "Prøvesen", "district": "Område Grenaa"])
        XCTAssertEqual(youngAdult.status, .seeOther)
    }

    // MARK: - Search

    func testSearchShowsOnlyWhatIsNeededToAskForAccessAboutAChildOutsideOnesCases() async throws {
        try await test.store.append(Entry(municipality: 707, child: test.otherChild.id,
                                          payload: .concern(Concern(level: .atRisk, source: .teacher, description: "Bekymring")),
                                          occurredAt: TestApp.now.addingTimeInterval(-600), recordedAt: TestApp.now.addingTimeInterval(-600),
                                          author: test.otherCaseworker.id), now: TestApp.now)
        let browser = try await login("caseworker")
        try await browser.get("/search")
        let page = try await browser.post("/search", ["q": "Prøvesen"])
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        XCTAssertTrue(html.contains("Bo Prøvesen"))
        XCTAssertTrue(html.contains("Område Auning"))
        XCTAssertTrue(html.contains(Format.date(test.otherChild.birthDate, .da)))
        XCTAssertTrue(html.contains(Strings.searchNotInYourCases(.da)))
        XCTAssertFalse(html.contains("Test caseworker2"), "not the caseworker of another team's child")
        XCTAssertFalse(html.contains("concern-4"), "not the concern level")
        // One's own child shows whole.
        let own = try await browser.post("/search", ["q": "Alma"])
        XCTAssertTrue(own.body.string.contains("Test caseworker"))
        XCTAssertFalse(own.body.string.contains(Strings.searchNotInYourCases(.da)))
    }

    func testWildcardsAloneFindNobodyAndACPRNumberStaysOutOfTheURL() async throws {
        let browser = try await login("caseworker")
        try await browser.get("/search")
        for query in ["%", "_", "%%", "% _", "a"] {
            let response = try await browser.post("/search", ["q": query])
            XCTAssertTrue(response.body.string.contains(Strings.searchNoResults(.da)), query)
        }
        let byForm = try await browser.post("/search", ["q": "010412-4322"])
        XCTAssertTrue(byForm.body.string.contains("Bo Prøvesen"))
        XCTAssertTrue(byForm.body.string.contains(#"id="search-form" class="search" action="/search" method="post""#))
        let byURL = try await browser.get("/search?q=010412-4322")
        XCTAssertFalse(byURL.body.string.contains("Bo Prøvesen"), "a CPR number in the URL is not searched for")
        XCTAssertTrue(byURL.body.string.contains(Strings.searchCPRByForm(.da)))
        XCTAssertFalse(byURL.body.string.contains("010412-4322"), "nor written back into the page")
    }

    // MARK: - Assignment, submissions, periods, suppression

    func testACaseworkerCannotAssignAChildToAnotherTeamsCaseworker() async throws {
        let browser = try await login("caseworker")
        try await browser.get("/children/\(test.child.id)")
        let response = try await browser.post("/children/\(test.child.id)/assign", ["caseworker": test.otherCaseworker.id.uuidString])
        XCTAssertEqual(response.status, .unprocessableEntity)
        let summary = try await test.store.summary(child: test.child.id)
        XCTAssertEqual(summary?.caseworker, test.users[.caseworker]!.id)
    }

    func testAnUnknownSubmissionKindIsRefusedNotSavedAsAConcern() async throws {
        let browser = try await login("professional")
        try await browser.get("/professional")
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let response = try await browser.post("/professional", ["kind": "gossip", "cpr": "150315-4321", "level": "3", "description": "Noget"])
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(Strings.errorChoiceInvalid(.da)))
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
    }

    func testAnInvalidPeriodIsRefusedNotShownAsTheCurrentYear() async throws {
        let browser = try await login("policy")
        for period in ["2025-13", "abc", "-2025", "2025-Q5", "+025"] {
            let query = period.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            for path in ["/policy?period=\(query)", "/policy/indicators.csv?period=\(query)", "/policy/indicators/child-heard?period=\(query)"] {
                let response = try await browser.get(path)
                XCTAssertEqual(response.status, .badRequest, path)
            }
        }
        let page = try await browser.get("/policy?period=2025-13")
        XCTAssertTrue(page.body.string.contains(Strings.errorPeriodInvalid(.da)))
        let fine = try await browser.get("/policy?period=2025-Q3")
        XCTAssertEqual(fine.status, .ok)
    }

    func testANumeratorOfOneToFourIsSuppressedLikeACellOfOneToFourChildren() {
        let definition = IndicatorDefinition.standard(.standard).first { $0.id == "child-heard" }!
        let two = IndicatorTally(numerator: 2, denominator: 40, children: 40)
        XCTAssertEqual(IndicatorReadout(tally: two, definition: definition), .suppressed)
        XCTAssertEqual(two.suppressionCount(definition.unit), 2)
        let none = IndicatorTally(numerator: 0, denominator: 40, children: 40)
        XCTAssertNotEqual(IndicatorReadout(tally: none, definition: definition), .suppressed, "0 identifies no one")
        let five = IndicatorTally(numerator: 5, denominator: 40, children: 40)
        XCTAssertNotEqual(IndicatorReadout(tally: five, definition: definition), .suppressed)
    }
}

extension SecurityFindingsTests {
    /// Every example the API's description gives for appending an entry is one the API accepts.
    func testTheOpenAPIExamplesAreAcceptedByTheAPI() async throws {
        let browser = Browser(test.app)
        let document = try await browser.get("/api/openapi.json")
        let json = try JSONSerialization.jsonObject(with: Data(document.body.string.utf8)) as! [String: Any]
        let paths = json["paths"] as! [String: Any]
        let entries = paths["/api/v1/children/{childID}/entries"] as! [String: Any]
        let post = entries["post"] as! [String: Any]
        let body = (post["requestBody"] as! [String: Any])["content"] as! [String: Any]
        let examples = (body["application/json"] as! [String: Any])["examples"] as! [String: Any]
        XCTAssertGreaterThanOrEqual(examples.count, 3)
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "examples", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        for (name, example) in examples.sorted(by: { $0.key < $1.key }) {
            let value = (example as! [String: Any])["value"]!
            let data = try JSONSerialization.data(withJSONObject: value)
            let response = try await browser.send(.POST, "/api/v1/children/\(test.child.id)/entries", headers: headers,
                                                  body: ByteBuffer(data: data))
            XCTAssertEqual(response.status, .created, "example \(name): \(response.body.string)")
        }
    }
}
