import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The indicators' pre-aggregates on SQLite and (under scripts/test) PostgreSQL: the hand-computed fixtures
/// come out of the stored cells, cells kept current write by write equal a recomputation from the journal alone.
final class IndicatorStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
    }

    override func tearDown() async throws {
        try await db.close()
    }

    /// A made-up CPR number for a fixture child: its birth date, a serial from the index (the 2000s' century digit).
    func cpr(for facts: IndicatorChildFacts, index: Int) throws -> CPR {
        let b = facts.birthDate
        let serial = 4000 + index * 2 + (facts.sex == .male ? 1 : 0)
        return try CPR(String(format: "%02d%02d%02d-%04d", b.day, b.month, b.year % 100, serial))
    }

    func load(_ fixture: IndicatorFixtures.Fixture) async throws {
        var children: [(child: Child, cpr: CPR, entries: [Entry])] = []
        for (index, fixtureChild) in fixture.children.enumerated() {
            let facts = fixtureChild.facts
            let child = Child(id: facts.id, municipality: Fixture.municipality, givenName: "Barn\(index)", familyName: "Fixtur",
                              birthDate: facts.birthDate, sex: facts.sex, district: facts.district)
            children.append((child, try cpr(for: facts, index: index), fixtureChild.entries))
        }
        try await store.importFamilies([.init(children: children, parents: [], relations: [])], by: UUID(), now: fixture.asOf)
    }

    func testEveryFixturesHandComputedCellsComeOutOfTheStore() async throws {
        for fixture in IndicatorFixtures.all {
            try await db.close()
            db = try await TestDatabase.make()
            try await load(fixture)
            let stored = try await store.allIndicatorCells()
            var byCell: [IndicatorCell: IndicatorTally] = [:]
            for cell in stored {
                byCell[IndicatorCell(indicator: cell.indicator, series: cell.series, period: cell.period, breakdown: cell.breakdown)] = cell.tally
            }
            let checked = fixture.expected.filter { $0.cell.period.kind != .month }
            XCTAssertFalse(checked.isEmpty, fixture.name)
            for expectation in checked {
                XCTAssertEqual(byCell[expectation.cell] ?? .zero, expectation.tally, "\(fixture.name): \(expectation.cell)")
            }
        }
    }

    func testCellsKeptWriteByWriteEqualARecomputation() async throws {
        let fixture = IndicatorFixtures.all[0]
        try await load(fixture)
        // More writes, one at a time: each takes the child's old count away and adds the new one.
        let now = fixture.asOf
        for fixtureChild in fixture.children.prefix(2) {
            let note = Entry(municipality: Fixture.municipality, child: fixtureChild.facts.id,
                             payload: .journalNote(JournalNote(text: "Opfølgende samtale")),
                             occurredAt: now.addingTimeInterval(-3600), recordedAt: now, author: UUID())
            try await store.append(note, now: now)
        }
        let incremental = Set(try await store.allIndicatorCells())
        XCTAssertFalse(incremental.isEmpty)
        _ = try await store.rebuildSummaries(now: now)
        let rebuilt = Set(try await store.allIndicatorCells())
        XCTAssertEqual(incremental, rebuilt)
    }
}
