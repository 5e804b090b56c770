import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore
@testable import SporBench
import SporTestSupport

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

    /// The fixture's children, counted as of its instant; with `district`, all of them in that district.
    func load(_ fixture: IndicatorFixtures.Fixture, district: String? = nil) async throws {
        var children: [(child: Child, cpr: CPR, entries: [Entry])] = []
        for (index, fixtureChild) in fixture.children.enumerated() {
            let facts = fixtureChild.facts
            let child = Child(id: facts.id, municipality: Fixture.municipality, givenName: "Barn\(index)", familyName: "Fixtur",
                              birthDate: facts.birthDate, sex: facts.sex, district: district ?? facts.district)
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
            XCTAssertFalse(fixture.expected.isEmpty, fixture.name)
            for expectation in fixture.expected {
                XCTAssertEqual(byCell[expectation.cell] ?? .zero, expectation.tally, "\(fixture.name): \(expectation.cell)")
            }
        }
    }

    /// Every fixture's children in one municipality, each with its own made-up CPR number.
    func loadAllFixtures() async throws {
        var children: [(child: Child, cpr: CPR, entries: [Entry])] = []
        for fixtureChild in IndicatorFixtures.all.flatMap(\.children) {
            let facts = fixtureChild.facts
            let child = Child(id: facts.id, municipality: Fixture.municipality, givenName: "Barn\(children.count)", familyName: "Fixtur",
                              birthDate: facts.birthDate, sex: facts.sex, district: facts.district)
            children.append((child, try cpr(for: facts, index: children.count), fixtureChild.entries))
        }
        try await store.importFamilies([.init(children: children, parents: [], relations: [])], by: UUID(), now: IndicatorFixtures.asOf)
    }

    func storedTable() async throws -> [IndicatorCell: IndicatorTally] {
        var cells: [IndicatorCell: IndicatorTally] = [:]
        for cell in try await store.allIndicatorCells() {
            cells[IndicatorCell(indicator: cell.indicator, series: cell.series, period: cell.period, breakdown: cell.breakdown)] = cell.tally
        }
        return cells
    }

    /// What every fixture child counts as of `asOf` (with `added` entries besides the fixture's), summed in memory.
    func recomputed(asOf: Date, added: [Entry] = []) -> [IndicatorCell: IndicatorTally] {
        var table = IndicatorTable()
        for fixtureChild in IndicatorFixtures.all.flatMap(\.children) {
            let entries = fixtureChild.entries + added.filter { $0.child == fixtureChild.facts.id }
            table.add(Store.indicatorComputation.contributions(of: fixtureChild.facts, entries: entries, asOf: asOf))
        }
        return table.cells
    }

    /// Equal tables; otherwise how many cells differ and a few of them (a whole table is too long to read).
    func assertSameCells(_ actual: [IndicatorCell: IndicatorTally], _ expected: [IndicatorCell: IndicatorTally],
                         _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let differing = Set(actual.keys).union(expected.keys).filter { actual[$0] != expected[$0] }
        XCTAssertTrue(differing.isEmpty, "\(message): \(differing.count) of \(expected.count) cells differ, e.g. "
                      + differing.prefix(3).map { "\($0.indicator)/\($0.series) \($0.period) \($0.breakdown): \(String(describing: actual[$0])) ≠ \(String(describing: expected[$0]))" }
                          .joined(separator: "; "), file: file, line: line)
    }

    func testTheDashboardReadsTheHeadlinesOfItsPeriodByDistrictAndOfItsTrendForAll() async throws {
        try await loadAllFixtures()
        let all = try await store.allIndicatorCells()
        // A year in which a series beside a headline is counted, and the year before it.
        let year = try XCTUnwrap(all.first { $0.period.kind == .year && $0.series != IndicatorCell.headline }?.period)
        let before = try XCTUnwrap(IndicatorPeriod(kind: .year, year: year.year - 1))

        let read = try await store.dashboardCells(period: year, trend: [year, before])
        func key(_ cell: StoredIndicatorCell) -> String { "\(cell.indicator)|\(cell.series)|\(cell.period)|\(cell.breakdown)" }
        let expected = all.filter { cell in
            guard cell.series == IndicatorCell.headline else { return false }
            if cell.period == year { return cell.breakdown.ageGroup == nil && cell.breakdown.sex == nil }
            return cell.period == before && cell.breakdown == .all
        }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(Set(read.map(key)), Set(expected.map(key)))
        XCTAssertEqual(read.count, expected.count)
    }

    func testADistrictWithQuotesInItsNameIsStoredAsItIsCalled() async throws {
        // Setup: the first fixture's children, all in a district whose name holds quotes and a backslash.
        let fixture = IndicatorFixtures.all[0]
        let district = "Skt. Hans' \"Nord\" \\ Øst"
        try await load(fixture, district: district)
        let kept = Set(try await store.allIndicatorCells())

        // The thing under test: a rebuild writes its cells as literals in the statement.
        _ = try await store.rebuildIndicators(now: fixture.asOf)

        let rebuilt = Set(try await store.allIndicatorCells())
        XCTAssertEqual(Set(rebuilt.compactMap(\.breakdown.district)), [district])
        XCTAssertEqual(rebuilt, kept)
    }

    /// The stored groups, in the order of their keys.
    func storedGroups() async throws -> [IndicatorCellGroup] {
        try await store.sql.select().columns(Store.groupColumns).from("indicator_cell_groups").where("municipality", .equal, store.municipality)
            .all().compactMap(Store.decodeGroup).sorted { Store.GroupKey($0) < Store.GroupKey($1) }
    }

    /// Writes a group over the stored one of its key (or as a new one).
    func storeGroup(_ group: IndicatorCellGroup) async throws {
        try await store.sql.delete(from: "indicator_cell_groups").where("municipality", .equal, store.municipality)
            .where("indicator", .equal, group.indicator).where("series", .equal, group.series).where("period", .equal, group.period.description).run()
        try await store.sql.insert(into: "indicator_cell_groups").columns(["municipality"] + Store.groupColumns)
            .values(SQLBind(store.municipality), SQLBind(group.indicator), SQLBind(group.series), SQLBind(group.period.description), SQLBind(group.json))
            .run()
    }

    func testARebuildMendsTheGroupsThatDifferAndTellsHowMany() async throws {
        // Setup: every fixture counted; then one stored cell made wrong, one deleted from another group, and a group
        // added that no child counts.
        try await loadAllFixtures()
        let kept = try await storedTable()
        let groups = try await storedGroups()
        var wrong = groups[0]
        wrong.cells[0].tally = IndicatorTally(numerator: 99, denominator: 99, children: 99)
        var missing = try XCTUnwrap(groups[(groups.count / 2)...].first { $0.cells.count > 1 })
        missing.cells.removeLast()
        let template = groups[groups.count - 1]
        let added = IndicatorCellGroup(indicator: template.indicator, series: "counted-by-nobody", period: template.period,
                                       cells: [(.district("Nørre"), template.cells[0].tally)])
        for group in [wrong, missing, added] { try await storeGroup(group) }
        let tampered = try await storedTable()
        XCTAssertNotEqual(tampered, kept)

        // The thing under test
        let recount = try await store.rebuildIndicators(now: IndicatorFixtures.asOf)

        XCTAssertEqual(recount.changed, 3)
        XCTAssertEqual(recount.cells, kept.count)
        XCTAssertEqual(recount.groups, groups.count)
        let mended = try await storedTable()
        assertSameCells(mended, kept, "mended")
        // Cells kept write by write equal the recomputation: a second rebuild finds nothing to change.
        let again = try await store.rebuildIndicators(now: IndicatorFixtures.asOf)
        XCTAssertEqual(again.changed, 0)
        let rebuiltAgain = try await storedTable()
        assertSameCells(rebuiltAgain, kept, "rebuilt again")
    }

    func testARebuildMendsAGroupInADistrictWhoseNameJSONEscapes() async throws {
        // Setup: the first fixture's children in a district whose name holds a quote, a backslash, a newline and U+001F;
        // then a group added in that district that no child counts, and one of the district's cells made wrong.
        let fixture = IndicatorFixtures.all[0]
        let district = "Nord\u{1F}\"Syd\"\\\n"
        try await load(fixture, district: district)
        let kept = try await storedTable()
        let groups = try await storedGroups()
        var wrong = try XCTUnwrap(groups.first { $0.cells.contains { $0.breakdown.district == district } })
        let index = try XCTUnwrap(wrong.cells.firstIndex { $0.breakdown.district == district })
        wrong.cells[index].tally.numerator += 1
        try await storeGroup(wrong)
        try await storeGroup(IndicatorCellGroup(indicator: wrong.indicator, series: "counted-by-nobody", period: wrong.period,
                                                cells: [(.district(district), wrong.cells[index].tally)]))

        // The thing under test
        let recount = try await store.rebuildIndicators(now: fixture.asOf)

        XCTAssertEqual(recount.changed, 2)
        let rebuilt = try await storedTable()
        assertSameCells(rebuilt, kept, "rebuilt")
        XCTAssertTrue(rebuilt.keys.contains { $0.breakdown.district == district })
    }

    func testCOPYTextEscapesWhatCOPYReadsAsSpecial() {
        XCTAssertEqual(Store.copyText("Skt. Hans' \"Nord\" Øst"), "Skt. Hans' \"Nord\" Øst")
        XCTAssertEqual(Store.copyText("a\\b\tc\nd\re"), #"a\\b\tc\nd\re"#)
    }

    func testARecountReadsTheEntriesAsTheyWereWritten() async throws {
        // Setup
        try await loadAllFixtures()
        let ids = IndicatorFixtures.all.flatMap(\.children).map(\.facts.id)
        // The thing under test: the rows a recount reads (straight from SQLiteNIO, or packed by PostgreSQL), decoded;
        // and those of children without entries (PostgreSQL packs nothing into NULL).
        let (driver, read, none) = try await store.write { sql in
            let rows = try await Store.journalRows(children: ids, municipality: Fixture.municipality, on: sql)
            let none = try await Store.journalRows(children: [UUID(), UUID()], municipality: Fixture.municipality, on: sql).entries()
            switch rows {
            case .sqlite: return ("sqlite", try rows.entries(), none)
            case .postgres: return ("postgresql", try rows.entries(), none)
            }
        }
        XCTAssertEqual(none, [])
        // Check: the fixtures' entries, whichever way they were read. (Among them corrections, a voided entry, and texts
        // with letters outside ASCII.)
        let expected = IndicatorFixtures.all.flatMap(\.children).flatMap(\.entries)
        XCTAssertTrue(expected.contains { $0.corrects != nil })
        XCTAssertTrue(expected.contains { entry in (try? entry.payload.encodedJSON())?.utf8.contains { $0 >= 0x80 } == true })
        XCTAssertEqual(Set(read), Set(expected))
        XCTAssertEqual(read.count, expected.count)
        XCTAssertGreaterThan(read.count, 100)
        XCTAssertEqual(driver, store.sql.dialect.name)
    }

    func testCellsThatComeToNothingAreDeleted() async throws {
        // Setup: one child's counts stored, and the same counts taken away.
        let child = IndicatorFixtures.all[0].children[0]
        let counts = Store.indicatorComputation.contributions(of: child.facts, entries: child.entries, asOf: IndicatorFixtures.asOf)
        var added = IndicatorTable()
        added.add(counts)
        var takenAway = IndicatorTable()
        takenAway.add(counts, sign: -1)
        let municipality = store.municipality, now = IndicatorFixtures.asOf
        let (adding, takingAway) = (added, takenAway)
        try await store.write { sql in try await Store.addIndicatorCells(adding, counted: [], municipality: municipality, now: now, on: sql) }
        let stored = try await store.allIndicatorCells()
        XCTAssertEqual(stored.count, added.cells.count)

        // The thing under test
        try await store.write { sql in try await Store.addIndicatorCells(takingAway, counted: [], municipality: municipality, now: now, on: sql) }

        let left = try await store.allIndicatorCells()
        XCTAssertEqual(left, [])
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
        _ = try await store.rebuildIndicators(now: now)
        let rebuilt = Set(try await store.allIndicatorCells())
        XCTAssertEqual(incremental, rebuilt)
    }

    /// Journal writes at once are committed together (`WriteGate`), two to the same child among them and one refused: the
    /// cells equal a recomputation. Then again with a rebuild of the cells among the writes, in the same batches.
    func testCellsKeptByWritesCommittedTogetherEqualARecomputation() async throws {
        try await loadAllFixtures()
        let children = IndicatorFixtures.all.flatMap(\.children).map(\.facts.id)
        let store = self.store
        var written: [Entry] = []
        for (round, days) in [3.0, 5.0].enumerated() {
            // Days later than the fixtures' instant: what counts days (an open case's) changes with each child's write.
            let now = IndicatorFixtures.asOf.addingTimeInterval(days * 86_400)
            let before = try await storedTable()
            let notes = (children + children.prefix(3)).enumerated().map { index, child in
                Entry(municipality: Fixture.municipality, child: child, payload: .journalNote(JournalNote(text: "Samtidig \(round)-\(index)")),
                      occurredAt: now.addingTimeInterval(-3600), recordedAt: now, author: UUID())
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, note) in notes.enumerated() {
                    group.addTask { _ = try await store.append(note, now: now) }
                    // The second round: a rebuild among the writes.
                    if round == 1, index == notes.count / 2 { group.addTask { _ = try await store.rebuildIndicators(now: now) } }
                }
                // Refused (no text): nothing of it may reach the cells.
                group.addTask {
                    let empty = Entry(municipality: Fixture.municipality, child: children[0], payload: .journalNote(JournalNote(text: " ")),
                                      occurredAt: now.addingTimeInterval(-60), recordedAt: now, author: UUID())
                    do { _ = try await store.append(empty, now: now); XCTFail("an empty note was written") } catch is DomainError {}
                }
                try await group.waitForAll()
            }
            written += notes
            let after = try await storedTable()
            XCTAssertNotEqual(after, before, "round \(round): the writes changed no cell, and the test shows nothing")
            assertSameCells(after, recomputed(asOf: now, added: written), "round \(round): cells kept by writes committed together")
        }
        if db.kind == .sqlite {
            let largest = await store.gate!.largestBatch
            XCTAssertGreaterThan(largest, 1, "writes at once were never committed together")
        }
    }

    /// The hourly refresh meets a rebuild that holds the cells: it must read when its children were counted only once the
    /// rebuild has committed, or it takes away from the rebuilt cells what the children counted before the rebuild. On
    /// PostgreSQL the refresh waits for the cells' lock before it reads (as an append does); on SQLite the refresh's write
    /// waits for the rebuild's. Either way the cells equal a recomputation.
    func testTheHourlyRefreshWaitsForARebuildBeforeItReadsWhenChildrenWereCounted() async throws {
        try await loadAllFixtures()
        let store = self.store, municipality = Fixture.municipality
        // A year on: most children are due for a recount.
        let now = IndicatorFixtures.asOf.addingTimeInterval(365 * 86_400)
        let refresh = try await store.write { sql in
            try await Store.lockCells(municipality: municipality, on: sql)
            let refresh = Task { try await store.refreshIndicators(now: now) }
            // Time for the refresh to find who is due and reach the cells' lock (or, before the fix, to read past it).
            try await Task.sleep(for: .milliseconds(500))
            _ = try await Store.rebuildIndicators(municipality: municipality, now: now, on: sql)
            return refresh
        }
        let recounted = try await refresh.value
        XCTAssertGreaterThan(recounted, 0, "no child was due, and the test shows nothing")
        assertSameCells(try await storedTable(), recomputed(asOf: now), "the refresh after a rebuild it waited for")
    }

    func testARebuildFromTheJournalAloneGivesTheCellsKeptIncrementally() async throws {
        // Setup: every fixture imported, then more writes one by one, the last of them an hour later.
        try await loadAllFixtures()
        let later = IndicatorFixtures.asOf.addingTimeInterval(3600)
        let children = IndicatorFixtures.all.flatMap(\.children)
        var notes: [Entry] = []
        for fixtureChild in children.prefix(5) {
            let note = Entry(municipality: Fixture.municipality, child: fixtureChild.facts.id,
                             payload: .journalNote(JournalNote(text: "Opfølgende samtale")),
                             occurredAt: later.addingTimeInterval(-60), recordedAt: later, author: UUID())
            try await store.append(note, now: later)
            notes.append(note)
        }
        // The children not written to were counted an hour earlier; a refresh recounts any whose counts changed by
        // themselves in that hour, so the cells hold every child as of `later`.
        _ = try await store.refreshIndicators(now: later)
        let incremental = try await storedTable()
        let entries = children.map(\.entries.count).reduce(0, +) + 5

        // The thing under test: the derived tables are wiped, and rebuilt from the journal alone.
        try await store.sql.raw("DELETE FROM indicator_cell_groups").run()
        try await store.sql.raw("DELETE FROM indicator_state").run()
        let recount = try await store.rebuildIndicators(now: later)

        let rebuilt = try await storedTable()
        let groups = try await storedGroups()
        XCTAssertEqual([recount.children, recount.entries, recount.cells, recount.groups, recount.changed],
                       [children.count, entries, rebuilt.count, groups.count, groups.count])
        XCTAssertGreaterThan(rebuilt.count, 1_000)
        assertSameCells(rebuilt, incremental, "rebuilt against kept write by write")
        assertSameCells(rebuilt, recomputed(asOf: later, added: notes), "rebuilt against recomputed in memory")
        // The rebuild noted every child as counted at `later`, with when each is next due: a refresh then finds no one.
        let due = try await store.refreshIndicators(now: later)
        XCTAssertEqual(due, 0)
        let noted = try await store.sql.raw("SELECT COUNT(*) AS n FROM indicator_state").first()?.decode(column: "n", as: Int.self)
        XCTAssertEqual(noted, children.count)
    }

    func testARefreshRecountsTheChildrenWhoseCountsChangedWithTimeAlone() async throws {
        // Setup: every fixture counted at noon on 15 January 2026; open cases, open deadlines and active measures
        // change their counts by midnight, the quarter's end and the deadlines' due instants.
        try await loadAllFixtures()
        let counted = IndicatorFixtures.asOf
        let atImport = try await storedTable()
        assertSameCells(atImport, recomputed(asOf: counted), "at import")
        let later = DanishTime.instant(IndicatorFixtures.day(2026, 4, 2), hour: 9)
        XCTAssertNotEqual(recomputed(asOf: later), atImport, "the fixtures hold counts that change with time")

        // The thing under test: a refresh at a fixed later instant, with no entry written in between.
        let recounted = try await store.refreshIndicators(now: later)

        // The cells are those of a recomputation at that instant; a second refresh at the same instant finds no one due.
        XCTAssertGreaterThan(recounted, 0)
        XCTAssertLessThan(recounted, IndicatorFixtures.all.flatMap(\.children).count, "children whose counts cannot change are left alone")
        let refreshed = try await storedTable()
        assertSameCells(refreshed, recomputed(asOf: later), "refreshed")
        let again = try await store.refreshIndicators(now: later)
        XCTAssertEqual(again, 0)
    }

    func testARefreshCountsChildrenNeverCounted() async throws {
        // Setup: cells and counted instants wiped, as migration 13 leaves them.
        try await loadAllFixtures()
        try await store.sql.raw("DELETE FROM indicator_cell_groups").run()
        try await store.sql.raw("DELETE FROM indicator_state").run()

        let recounted = try await store.refreshIndicators(now: IndicatorFixtures.asOf)

        XCTAssertEqual(recounted, IndicatorFixtures.all.flatMap(\.children).count)
        let cells = try await storedTable()
        assertSameCells(cells, recomputed(asOf: IndicatorFixtures.asOf), "counted by the refresh")
    }

    func testCountingInManySmallBatchesGivesTheSameSums() async throws {
        // Setup: every fixture, and the sums counted in one batch.
        try await loadAllFixtures()
        let municipality = store.municipality, now = IndicatorFixtures.asOf
        let (whole, small, storedGroups, handedOver, countedLater, wholeCounted, ids) = try await store.write { sql in
            let children = try await Store.allChildFacts(municipality: municipality, on: sql)
            // The thing under test: batches of three children, so that each counting task's table is added to again
            // and again, and the tables are summed at the end; and a query run on the connection between the batches',
            // handed the children counted by then.
            let (whole, _, wholeCounted) = try await Store.countIndicators(of: children, municipality: municipality, asOf: now, batch: children.count, on: sql) { _ in }
            let (small, (stored, handedOver), countedLater) = try await Store.countIndicators(of: children, municipality: municipality, asOf: now, batch: 3, on: sql) {
                (try await Store.storedGroupTexts(municipality: municipality, on: sql), $0)
            }
            return (whole, small, stored, handedOver, countedLater, wholeCounted, children.map(\.id))
        }
        let kept = try await self.storedGroups()
        XCTAssertGreaterThan(kept.count, 0)
        XCTAssertEqual(Set(storedGroups.keys), Set(kept.map(Store.GroupKey.init)))
        XCTAssertGreaterThan(IndicatorFixtures.all.flatMap(\.children).count, 3 * (ProcessInfo.processInfo.activeProcessorCount + 1))
        let smallCells = cells(small), wholeCells = cells(whole)
        XCTAssertEqual(smallCells, wholeCells)
        XCTAssertEqual(small.entries, whole.entries)
        // Every child is counted once: handed to `afterwards` or returned as counted later, most of them handed over in
        // batches of three; in one batch, all counted later. Each with the same instant it is next due.
        XCTAssertEqual((handedOver + countedLater).map(\.child).sorted(), ids.sorted())
        XCTAssertGreaterThan(handedOver.count, countedLater.count)
        XCTAssertEqual(wholeCounted.map(\.child).sorted(), ids.sorted())
        let due = Dictionary(uniqueKeysWithValues: wholeCounted.map { ($0.child, $0.refreshAt) })
        XCTAssertTrue((handedOver + countedLater).allSatisfy { due[$0.child] == $0.refreshAt })
        assertSameCells(smallCells, recomputed(asOf: now), "counted in batches of three")
    }

    /// The cells of sums, as a rebuild groups them (on one core).
    func cells(_ sums: IndicatorSums) -> [IndicatorCell: IndicatorTally] {
        var cells: [IndicatorCell: IndicatorTally] = [:]
        for group in IndicatorSum.cellGroups(of: sums.sums, share: 0, of: 1) {
            for (breakdown, tally) in group.cells {
                cells[IndicatorCell(indicator: group.indicator, series: group.series, period: group.period, breakdown: breakdown)] = tally
            }
        }
        return cells
    }

    func testCopiesForBenchmarksCountExactlyAsTheOriginalDoes() async throws {
        // Setup: every fixture, counted.
        try await loadAllFixtures()
        let original = recomputed(asOf: IndicatorFixtures.asOf)

        // The thing under test: two copies with fresh ids, then a rebuild from the journal.
        let written = try await Replicate.append(copies: 2, to: store)
        let recount = try await store.rebuildIndicators(now: IndicatorFixtures.asOf)

        // Each copy counts what the original counts — its corrections, goals and meetings still find what they name —
        // so every cell holds three times the original's tally.
        let children = IndicatorFixtures.all.flatMap(\.children)
        XCTAssertEqual(written.children, 2 * children.count)
        XCTAssertEqual(recount.children, 3 * children.count)
        let tripled = original.mapValues { tally in
            IndicatorTally(numerator: 3 * tally.numerator, denominator: 3 * tally.denominator, children: 3 * tally.children,
                           values: tally.values.mapValues { 3 * $0 })
        }
        assertSameCells(try await storedTable(), tripled, "three municipalities' worth")
        let chain = try await store.verifyChains()
        XCTAssertTrue(chain.allSatisfy { $0.firstBreak == nil }, "\(chain)")
    }
}
