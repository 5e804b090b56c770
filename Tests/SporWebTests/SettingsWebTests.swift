import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The administrator's settings page (issue 25, item 2): a closed day added moves a receipt deadline on the tray and in
/// the API and is in the setting's history; a target changed shows on the dashboard and in the status report; bad input is
/// refused naming the field with what was typed kept; only the administrator may open or post it.
final class SettingsWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        await test.app.spor.settingsRecount.finished()
        try await test.shutdown()
    }

    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    func admin() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("admin", password: test.password)
        _ = try await browser.get(SiteURL.adminSettings.path)
        return browser
    }

    func receiptDueOnTheTrayAndInTheAPI(token: String) async throws -> (tray: String, api: Date?) {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let tray = try await caseworker.get(SiteURL.tray.path).body.string
        let row = try XCTUnwrap(tray.components(separatedBy: "data-rule=\"receipt-6-working-days\"").dropFirst().first?
            .components(separatedBy: "</tr>").first, "the receipt is on the tray")
        let response = try await Browser(test.app).get("/api/v1/worklist", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(response.status, .ok)
        let items = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
        let due = items.first { $0["rule"] as? String == "receipt-6-working-days" }?["due"]
        // As the API's encoder writes a date: an ISO 8601 text, or seconds since 2001.
        let date: Date? = switch due {
        case let text as String: ISO8601DateFormatter().date(from: text)
        case let seconds as Double: Date(timeIntervalSinceReferenceDate: seconds)
        default: nil
        }
        return (row, date)
    }

    func testTheAdministratorAdds2JanuaryAsAClosedDayAndTheReceiptAcrossItMovesByOneWorkingDay() async throws {
        // Thursday 28 December 2028; 2 January 2029 is a Tuesday (2 January 2027 and 2028 fall on a weekend, where a closed
        // day moves nothing). A professional's notification today: 29 Dec the 1st working day, 1 Jan a holiday, 2–5 Jan the
        // 2nd–5th, Monday 8 January the 6th.
        let now = DanishTime.instant(day(2028, 12, 28), hour: 10)
        test.clock.set(now)
        let caseworker = test.users[.caseworker]!.id
        try await test.store.append(Entry(municipality: 707, child: test.child.id, payload: .notification(Notification(
            notifierKind: .professional, profession: .teacher, description: "Fravær og træthed")),
            occurredAt: now.addingTimeInterval(-600), recordedAt: now, author: caseworker), now: now)
        let token = try await test.store.createApiToken(user: caseworker, name: "tray", now: now)
        let before = try await receiptDueOnTheTrayAndInTheAPI(token: token)
        XCTAssertEqual(before.api, DanishTime.endOfDay(day(2029, 1, 8)))
        XCTAssertTrue(before.tray.contains(Format.deadline(DanishTime.endOfDay(day(2029, 1, 8)), .da)), before.tray)

        let admin = try await admin()
        let saved = try await admin.post(SiteURL.adminSettings.path, ["form": "closed-date", "closedDate": "2029-01-02", "validFrom": "2028-12-28"])
        XCTAssertEqual(saved.status, .seeOther)
        await test.app.spor.settingsRecount.finished()

        let after = try await receiptDueOnTheTrayAndInTheAPI(token: token)
        XCTAssertEqual(after.api, DanishTime.endOfDay(day(2029, 1, 9)), "one working day later in the API")
        XCTAssertTrue(after.tray.contains(Format.deadline(DanishTime.endOfDay(day(2029, 1, 9)), .da)), after.tray)

        // The change is in the setting's history: who, when and from when; and the recount says it is done.
        let page = try await admin.get(SiteURL.adminSettings.path).body.string
        let history = try XCTUnwrap(page.components(separatedBy: "id=\"settings-history\"").dropFirst().first)
        let row = try XCTUnwrap(history.components(separatedBy: "class=\"settings-version\"").dropFirst().first)
        XCTAssertTrue(row.contains("Ekstra lukkedage"), row)
        XCTAssertTrue(row.contains(Format.date(day(2029, 1, 2), .da)), row)
        XCTAssertTrue(row.contains(test.users[.admin]!.displayName), row)
        XCTAssertTrue(row.contains(Format.date(day(2028, 12, 28), .da)), "from when")
        XCTAssertTrue(row.contains(Format.dateTime(now, .da)), "when")
        XCTAssertTrue(page.contains("Frister og indikatorer er genberegnet"), "the recount's progress")
        let versions = try await test.store.settingsHistory().versions
        XCTAssertEqual(versions.count, 1)

        // Removed again: a new version without it, the first kept; the receipt is back on Monday 8 January.
        let removed = try await admin.post(SiteURL.adminSettings.path, ["form": "remove-dates", "remove-2029-01-02": "1", "validFrom": "2028-12-28"])
        XCTAssertEqual(removed.status, .seeOther)
        await test.app.spor.settingsRecount.finished()
        let again = try await receiptDueOnTheTrayAndInTheAPI(token: token)
        XCTAssertEqual(again.api, DanishTime.endOfDay(day(2029, 1, 8)))
        let kept = try await test.store.settingsHistory().history(of: .extraClosedDates)
        XCTAssertEqual(kept.map(\.setting), [.extraClosedDates([]), .extraClosedDates([day(2029, 1, 2)])], "nothing deleted")
    }

    func testATargetChangedOnTheSettingsPageShowsOnTheDashboardAndInTheStatusReport() async throws {
        // Six children with a measure started in 2026, as the dashboard's own test has them: the year has data to report.
        let caseworker = test.users[.caseworker]!.id
        for index in 0..<6 {
            let cpr = try CPR(String(format: "0%d0612-40%02d", index + 1, index * 2))
            let child = try Child(municipality: 707, cpr: cpr, givenName: "Barn\(index)", familyName: "Mål", district: "Område Grenaa")
            try await test.store.register(child, cpr: cpr, by: caseworker, now: TestApp.now)
            try await test.store.append(test.assignment(child.id, caseworker), now: TestApp.now)
            let decision = Entry(municipality: 707, child: child.id,
                                 payload: .decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, purpose: "Støtte",
                                                             expectedEnd: day(2027, 6, 1),
                                                             consent: Consent(custodyHolders: .given), childsViews: .notHeard(reason: "Barnet var syg"),
                                                             complaintGuidanceToChild: true)),
                                 occurredAt: TestApp.now.addingTimeInterval(-5000), recordedAt: TestApp.now, author: caseworker)
            try await test.store.append(decision, now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id,
                                              payload: .measureStarted(MeasureStart(offer: "familiebehandling", decision: decision.id, legalBasis: .treatment)),
                                              occurredAt: TestApp.now.addingTimeInterval(-4000), recordedAt: TestApp.now, author: caseworker),
                                        now: TestApp.now)
        }
        let admin = try await admin()
        let saved = try await admin.post(SiteURL.adminSettings.path,
                                         ["form": "target", "indicator": "immediate-help-share", "target": "85", "validFrom": "2026-11-26"])
        XCTAssertEqual(saved.status, .seeOther)
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let dashboard = try await policy.get("/policy?period=2026").body.string
        let card = try XCTUnwrap(dashboard.components(separatedBy: "id=\"indicator-immediate-help-share\"").dropFirst().first?
            .components(separatedBy: "indicator-card").first)
        XCTAssertTrue(card.contains("≥ 85 %"), card)
        XCTAssertFalse(card.contains("≥ 70 %"), card)
        let report = try await policy.get(SiteURL.reportYear(.value(2026)).path)
        XCTAssertEqual(report.status, .ok)
        let title = try XCTUnwrap(IndicatorDefinition.standard().first { $0.id == "immediate-help-share" }).titleDa
        let row = try XCTUnwrap(report.body.string.components(separatedBy: "<td>\(title)</td>").dropFirst().first?
            .components(separatedBy: "</tr>").first, "the indicator is in the report")
        XCTAssertTrue(row.contains("≥ 85 %"), row)
    }

    func testAReceiptParameterShowsOnTheRulesPageAndInTheRulesAPIWithItsParagraphUnchanged() async throws {
        let admin = try await admin()
        let saved = try await admin.post(SiteURL.adminSettings.path,
                                         ["form": "rule", "rule": "receipt-6-working-days", "value": "5", "validFrom": "2026-11-26"])
        XCTAssertEqual(saved.status, .seeOther)
        let page = try await admin.get(SiteURL.adminRules.path).body.string
        let row = try XCTUnwrap(page.components(separatedBy: "id=\"rule-receipt-6-working-days\"").dropFirst().first?
            .components(separatedBy: "</tr>").first)
        XCTAssertTrue(row.contains("Kvittering til fagperson inden 5 hverdage"), row)
        XCTAssertTrue(row.contains("§ 138, stk. 1"), row)
        let token = try await test.store.createApiToken(user: test.users[.admin]!.id, name: "rules", now: TestApp.now)
        let response = try await Browser(test.app).get("/api/v1/rules", headers: ["Authorization": "Bearer \(token)"])
        let rules = try JSONDecoder().decode([DeadlineRule].self, from: Data(response.body.readableBytesView))
        let receipt = try XCTUnwrap(rules.first { $0.id == "receipt-6-working-days" })
        XCTAssertEqual(receipt.due, .endOfWorkingDay(afterWorkingDays: 5))
        XCTAssertEqual(receipt.paragraph, DeadlineRule.receipt.paragraph)
    }

    func testTheChildPageNamesTheDeadlineByTheMunicipalitysNumber() async throws {
        // Setup: a professional's notification on the child; the caseworker on the child page reads the law's 6 working days.
        let caseworker = test.users[.caseworker]!.id
        try await test.store.append(Entry(municipality: 707, child: test.child.id, payload: .notification(Notification(
            notifierKind: .professional, profession: .teacher, description: "Fravær og træthed")),
            occurredAt: TestApp.now.addingTimeInterval(-600), recordedAt: TestApp.now, author: caseworker), now: TestApp.now)
        let reader = Browser(test.app)
        _ = try await reader.login("caseworker", password: test.password)
        let deadlines = { (page: String) in
            page.components(separatedBy: "id=\"glance-deadlines\"").dropFirst().first?.components(separatedBy: "</div>").first ?? ""
        }
        let before = deadlines(try await reader.get(SiteURL.child(test.child.id).path).body.string)
        XCTAssertTrue(before.contains("inden 6 hverdage"), before)

        // The thing under test: the municipality answers within 5.
        let administrator = try await admin()
        let saved = try await administrator.post(SiteURL.adminSettings.path,
                                                 ["form": "rule", "rule": "receipt-6-working-days", "value": "5", "validFrom": "2026-11-26"])
        XCTAssertEqual(saved.status, .seeOther)
        await test.app.spor.settingsRecount.finished()

        // Check: the child page's deadline says 5, as the tray's rules page does.
        let after = deadlines(try await reader.get(SiteURL.child(test.child.id).path).body.string)
        XCTAssertTrue(after.contains("Kvittering til fagperson inden 5 hverdage"), after)
        XCTAssertFalse(after.contains("inden 6 hverdage"), after)
        // The notification's own receipt step and its button say the same.
        let step = try await reader.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertTrue(step.contains("<summary>Send kvittering (inden 5 hverdage)</summary>"), "the receipt step")
        XCTAssertFalse(step.contains("Send kvittering (inden 6 hverdage)"))
        XCTAssertTrue(step.contains("<summary>Vurdér inden 24 timer (§ 136)</summary>"), "the law's 24 hours, unchanged")
    }

    func testTheCustomaryClosedDaysTheImmediateHelpDefinitionAndTheCoursesWindowsAreSaved() async throws {
        let admin = try await admin()
        // New Year's Eve open from next year's 1 January: unchecked, the other two kept.
        let calendar = try await admin.post(SiteURL.adminSettings.path, ["form": "calendar", "constitutionDay": "1", "christmasEve": "1",
                                                                         "validFrom": "2027-01-01"])
        XCTAssertEqual(calendar.status, .seeOther)
        let help = try await admin.post(SiteURL.adminSettings.path, ["form": "immediate-help", "lookbackMonths": "12", "focusedAssessment": "1",
                                                                     "validFrom": "2026-11-26"])
        XCTAssertEqual(help.status, .seeOther)
        let course = try await admin.post(SiteURL.adminSettings.path, ["form": "course", "childsViewsMonths": "4", "networkMeetingMinimumAge": "8",
                                                                       "validFrom": "2026-11-26"])
        XCTAssertEqual(course.status, .seeOther)
        let history = try await test.store.settingsHistory()
        XCTAssertEqual(history.versions.count, 4, "the course's form saves its two settings")
        XCTAssertEqual(history.inForce(on: day(2026, 12, 31)).customaryClosedDays.count, 3, "not yet in force")
        XCTAssertEqual(history.inForce(on: day(2027, 1, 1)).customaryClosedDays, [.constitutionDay, .christmasEve])
        let configuration = test.app.spor.configuration
        XCTAssertEqual(configuration.courseRules.immediateHelp,
                       ImmediateHelpDefinition(ruledOutBy: [.investigationConcluded, .focusedAssessmentConcluded], lookbackMonths: 12))
        XCTAssertEqual(configuration.courseRules.childsViewsMonths, 4)
        XCTAssertEqual(configuration.settings.networkMeetingMinimumAge, 8)
        let page = try await admin.get(SiteURL.adminSettings.path).body.string
        XCTAssertTrue(page.contains("en børnefaglig undersøgelse eller en afdækning af samme barn ikke var afsluttet i de 12 måneder før"), "the definition in force")
        XCTAssertTrue(page.contains("(gælder endnu ikke)"), "a version not yet in force is marked")
    }

    func testBadInputIsRefusedNamingTheFieldWithWhatWasTypedKeptAndNothingSaved() async throws {
        let admin = try await admin()
        // § 111: below the law's 6 months.
        let low = try await admin.post(SiteURL.adminSettings.path,
                                       ["form": "rule", "rule": "support-after-18-decision", "value": "4", "validFrom": "2026-11-26"])
        XCTAssertEqual(low.status, .unprocessableEntity)
        let lowPage = low.body.string
        XCTAssertTrue(lowPage.contains("under lovens mindste, 6"), lowPage)
        XCTAssertTrue(lowPage.contains("id=\"settings-rule-value-error\""), "the field named")
        XCTAssertTrue(lowPage.contains("id=\"settings-rule-value\" name=\"value\" type=\"number\" min=\"0\" required value=\"4\"")
                      || lowPage.contains("value=\"4\""), "what was typed kept")
        // A target out of 0–100 %.
        let target = try await admin.post(SiteURL.adminSettings.path,
                                          ["form": "target", "indicator": "child-heard", "target": "120", "validFrom": "2026-11-26"])
        XCTAssertEqual(target.status, .unprocessableEntity)
        XCTAssertTrue(target.body.string.contains("id=\"settings-target-target-error\""))
        XCTAssertTrue(target.body.string.contains("value=\"120\""))
        // A closed day years away, and a valid-from day in the past.
        let far = try await admin.post(SiteURL.adminSettings.path, ["form": "closed-date", "closedDate": "2040-01-02", "validFrom": "2026-11-26"])
        XCTAssertEqual(far.status, .unprocessableEntity)
        XCTAssertTrue(far.body.string.contains("id=\"settings-closed-date-closedDate-error\""))
        let past = try await admin.post(SiteURL.adminSettings.path, ["form": "course", "childsViewsMonths": "3", "networkMeetingMinimumAge": "6",
                                                                     "validFrom": "2026-01-01"])
        XCTAssertEqual(past.status, .unprocessableEntity)
        XCTAssertTrue(past.body.string.contains("id=\"settings-course-validFrom-error\""))
        let versions = try await test.store.settingsHistory().versions
        XCTAssertTrue(versions.isEmpty, "nothing saved")
    }

    func testOnlyTheAdministratorMayOpenOrChangeTheSettings() async throws {
        for username in ["caseworker", "teamlead", "professional", "policy", "outreach"] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            _ = try await browser.get("/") // a page, for the form token
            let page = try await browser.get(SiteURL.adminSettings.path)
            XCTAssertEqual(page.status, .forbidden, username)
            let post = try await browser.post(SiteURL.adminSettings.path, ["form": "target", "indicator": "child-heard", "target": "10",
                                                                           "validFrom": "2026-11-26"])
            XCTAssertEqual(post.status, .forbidden, username)
        }
        let versions = try await test.store.settingsHistory().versions
        XCTAssertTrue(versions.isEmpty)
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(declared["GET /admin/settings"] ?? nil, .requires(.administer))
        XCTAssertEqual(declared["POST /admin/settings"] ?? nil, .requires(.administer))
        let home = try await admin().get(SiteURL.admin.path).body.string
        XCTAssertTrue(home.contains("href=\"/admin/settings\""), "the administration page links to the settings")
    }
}
