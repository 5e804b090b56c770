import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The municipality's settings kept in versions (issue 25, item 2), on SQLite and (under scripts/test) PostgreSQL: every
/// version kept, the valid-from day honoured, nothing deleted, a refused value not saved, and the open obligations
/// recounted under a new closed day.
final class SettingsStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var admin: UserRecord!
    var caseworker: UserRecord!
    var child: Child!

    /// Monday 29 December 2025, noon.
    let now = DanishTime.instant(LocalDate(year: 2025, month: 12, day: 29)!, hour: 12)
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    override func setUp() async throws {
        db = try await TestDatabase.make()
        admin = Fixture.user("admin1", role: .admin)
        caseworker = Fixture.user("raadgiver1", role: .caseworker)
        try await store.addUser(admin, now: now)
        try await store.addUser(caseworker, now: now)
        child = Fixture.child(Fixture.cpr())
        try await store.register(child, cpr: Fixture.cpr(), by: caseworker.id, now: now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func rows() async throws -> Int {
        try await store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("setting_versions")
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    func testEveryVersionIsKeptWithWhoAndWhenAndTheValidFromDayIsHonoured() async throws {
        let empty = try await store.settingsHistory()
        XCTAssertEqual(empty, .empty)
        try await store.saveSetting(.target(indicator: "immediate-help-share", share: 0.8), validFrom: day(2025, 12, 29), by: admin.id, now: now)
        try await store.saveSetting(.target(indicator: "immediate-help-share", share: 0.75), validFrom: day(2026, 2, 1), by: admin.id,
                                    now: now.addingTimeInterval(60))
        try await store.saveSetting(.customaryClosedDays([.christmasEve]), validFrom: day(2025, 12, 30), by: admin.id, now: now.addingTimeInterval(120))
        let history = try await store.settingsHistory()
        XCTAssertEqual(history.versions.count, 3)
        XCTAssertEqual(history.inForce(on: day(2025, 12, 29)).targets["immediate-help-share"], 0.8)
        XCTAssertEqual(history.inForce(on: day(2026, 1, 31)).targets["immediate-help-share"], 0.8, "the later version is not yet in force")
        XCTAssertEqual(history.inForce(on: day(2026, 2, 1)).targets["immediate-help-share"], 0.75)
        XCTAssertEqual(history.inForce(on: day(2025, 12, 29)).customaryClosedDays, Set(WorkdayCalendar.CustomaryClosedDay.allCases))
        XCTAssertEqual(history.inForce(on: day(2025, 12, 30)).customaryClosedDays, [.christmasEve])
        let targets = history.history(of: .target("immediate-help-share"))
        XCTAssertEqual(targets.map(\.version), [2, 1])
        XCTAssertEqual(targets.map(\.savedBy), [admin.id, admin.id])
        XCTAssertEqual(targets.last?.savedAt, now)
        // The definitions the dashboard reads carry the target in force.
        let definitions = try await store.indicatorDefinitions(now: now)
        XCTAssertEqual(definitions.first { $0.id == "immediate-help-share" }?.target, .atLeast(0.8))

        // A value the law does not allow and a day in the past are refused, and nothing is written; nothing is deleted.
        do {
            try await store.saveSetting(.ruleParameter(rule: DeadlineRule.supportAfter18Decision.id, value: 4), validFrom: day(2025, 12, 29),
                                        by: admin.id, now: now)
            XCTFail("below § 111's 6 months")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .settingBelowLawMinimum)
        }
        do {
            try await store.saveSetting(.childsViewsMonths(3), validFrom: day(2025, 12, 1), by: admin.id, now: now)
            XCTFail("a valid-from day in the past")
        } catch let error as DomainError {
            XCTAssertEqual(error.field, "validFrom")
        }
        let count = try await rows()
        XCTAssertEqual(count, 3)
        try await store.saveSetting(.customaryClosedDays(Set(WorkdayCalendar.CustomaryClosedDay.allCases)), validFrom: day(2025, 12, 31),
                                    by: admin.id, now: now.addingTimeInterval(180))
        let after = try await rows()
        XCTAssertEqual(after, 4, "a change back is one more version; the earlier stay")
    }

    func testAClosedDayAddedMovesAnOpenReceiptDeadlineByOneWorkingDayOnceRecounted() async throws {
        let notification = Entry(municipality: Fixture.municipality, child: child.id,
                                 payload: .notification(Notification(notifierKind: .professional, profession: .teacher, description: "Fravær")),
                                 occurredAt: now.addingTimeInterval(-3600), recordedAt: now, author: caseworker.id)
        try await store.append(notification, now: now)
        func receiptDue() async throws -> Date? {
            try await store.openObligations(child: child.id).first { $0.rule == DeadlineRule.receipt.id }?.due
        }
        let before = try await receiptDue()
        XCTAssertEqual(before, DanishTime.endOfDay(day(2026, 1, 8)))

        try await store.saveSetting(.extraClosedDates([day(2026, 1, 2)]), validFrom: day(2025, 12, 29), by: admin.id, now: now)
        let steps = Steps()
        let recounted = try await store.recountAfterSettings(now: now) { progress in steps.add(progress) }
        XCTAssertEqual(recounted, 1)
        XCTAssertEqual(steps.all.first, Store.SettingsRecountProgress(done: 0, total: 2))
        XCTAssertEqual(steps.all.last, Store.SettingsRecountProgress(done: 2, total: 2), "the child and the indicators")
        let after = try await receiptDue()
        XCTAssertEqual(after, DanishTime.endOfDay(day(2026, 1, 9)), "one working day later")

        // A write after the change computes under it at once.
        try await store.append(Entry(municipality: Fixture.municipality, child: child.id, payload: .journalNote(JournalNote(text: "Ringede")),
                                     occurredAt: now, recordedAt: now.addingTimeInterval(60), author: caseworker.id),
                               now: now.addingTimeInterval(60))
        let still = try await receiptDue()
        XCTAssertEqual(still, DanishTime.endOfDay(day(2026, 1, 9)))
    }

    func testTheIndicatorsCountAReceiptAcrossTheClosedDayAsMetOnItsNewDay() async throws {
        let notification = Entry(municipality: Fixture.municipality, child: child.id,
                                 payload: .notification(Notification(notifierKind: .professional, profession: .teacher, description: "Fravær")),
                                 occurredAt: now.addingTimeInterval(-3600), recordedAt: now, author: caseworker.id)
        try await store.append(notification, now: now)
        try await store.saveSetting(.extraClosedDates([day(2026, 1, 2)]), validFrom: day(2025, 12, 29), by: admin.id, now: now)
        try await store.recountAfterSettings(now: now)
        // Sent on Friday 9 January: late by the standard calendar (due 8 January), on time with 2 January closed.
        let sent = DanishTime.instant(day(2026, 1, 9), hour: 10)
        try await store.append(Entry(municipality: Fixture.municipality, child: child.id,
                                     payload: .receiptSent(Receipt(notification: notification.id, text: "Tak for din underretning")),
                                     occurredAt: sent, recordedAt: sent, author: caseworker.id), now: sent)
        let cells = try await store.indicatorCells(periods: [IndicatorPeriod(kind: .year, year: 2026)!], series: DeadlineRule.receipt.id)
        let all = try XCTUnwrap(cells.first { $0.indicator == "deadlines-met" && $0.breakdown == .all })
        XCTAssertEqual(all.tally.denominator, 1)
        XCTAssertEqual(all.tally.numerator, 1, "met on its new due day")
        // A full rebuild from the journal alone agrees with the cells kept write by write.
        let rebuilt = try await store.rebuildIndicators(now: sent)
        XCTAssertEqual(rebuilt.changed, 0)
    }

    func testTheChildsViewsWindowAtADecisionIsTheMunicipalitysOwn() async throws {
        // The child's own views told about four months before the decision: within the standard 6 months, not within 3.
        let told = Entry(municipality: Fixture.municipality, child: child.id, payload: .ownViews(OwnViews(who: .child, text: "Jeg vil bo hjemme")),
                         occurredAt: now.addingTimeInterval(-120 * 86_400), recordedAt: now, author: caseworker.id)
        try await store.append(told, now: now)
        try await store.saveSetting(.childsViewsMonths(3), validFrom: day(2025, 12, 29), by: admin.id, now: now)
        func decision() -> Entry {
            Entry(municipality: Fixture.municipality, child: child.id,
                  payload: .decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, purpose: "Støtte", expectedEnd: day(2026, 6, 1),
                                              consent: Consent(custodyHolders: .given), childsViews: .heardIn(told.id),
                                              complaintGuidanceToChild: true)),
                  occurredAt: now, recordedAt: now, author: caseworker.id)
        }
        do {
            try await store.append(decision(), now: now)
            XCTFail("views older than the municipality's 3 months")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .childsViewsTooOld)
        }
        try await store.saveSetting(.childsViewsMonths(6), validFrom: day(2025, 12, 29), by: admin.id, now: now.addingTimeInterval(60))
        try await store.append(decision(), now: now.addingTimeInterval(120))
    }
}

/// The progress a recount reported, in order.
private final class Steps: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Store.SettingsRecountProgress] = []
    var all: [Store.SettingsRecountProgress] { lock.withLock { list } }
    func add(_ step: Store.SettingsRecountProgress) { lock.withLock { list.append(step) } }
}
