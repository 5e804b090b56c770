import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import SporDomain

/// A cell of an indicator as the store keeps it: its key and the summed tally.
public struct StoredIndicatorCell: Sendable, Hashable {
    public let indicator: String
    public let series: String
    public let period: IndicatorPeriod
    public let breakdown: IndicatorBreakdown
    public let tally: IndicatorTally
}

extension Store {
    /// The one computation the store keeps current: months, quarters and years over a fixed span, so a child's earlier
    /// contribution can always be recomputed exactly and taken away.
    static let indicatorComputation = IndicatorComputation(grid: IndicatorGrid(years: 2010...2035, kinds: [.month, .quarter, .year]))

    public var indicatorDefinitions: [IndicatorDefinition] { Store.indicatorComputation.definitions }

    /// On every write: take away what the child's course counted before (recomputed as of when it was counted),
    /// add what it counts now.
    static func updateIndicators(_ child: ChildFacts, before: Timeline, after: Timeline, municipality: Int, now: Date,
                                 on sql: any SQLDatabase) async throws {
        guard let facts = child.indicatorFacts else { return }
        // Before the child's counted instant is read: a rebuild that counted the child meanwhile has then committed,
        // and what is taken away below is what it counted (PostgreSQL; SQLite has one writer).
        try await lockCells(municipality: municipality, on: sql)
        let computation = try await indicatorComputation(municipality: municipality, on: sql)
        var delta = IndicatorTable()
        if let countedAt = try await countedAt([child.id], municipality: municipality, on: sql)[child.id] {
            delta.add(computation.contributions(of: facts, timeline: before, asOf: countedAt), sign: -1)
        }
        let fresh = computation.contributions(of: facts, timeline: after, asOf: now)
        delta.add(fresh)
        try await addToCells(delta, municipality: municipality, on: sql)
        try await markCounted([CountedChild(child: child.id, refreshAt: fresh.refreshAt)], municipality: municipality, at: now, on: sql)
    }

    /// Adds a batch (an import) to the cells, and notes the children as counted.
    static func addIndicatorCells(_ table: IndicatorTable, counted: [CountedChild], municipality: Int, now: Date, on sql: any SQLDatabase) async throws {
        try await lockCells(municipality: municipality, on: sql)
        try await addToCells(table, municipality: municipality, on: sql)
        try await markCounted(counted, municipality: municipality, at: now, on: sql)
    }

    /// Recomputes every indicator cell of the municipality from the journal alone, as of `now`, and makes the stored
    /// cells equal to it (`spor rebuild --indicators`). One transaction: readers see the old cells or the new ones.
    ///
    /// Only the cell groups (an indicator series in a period) that differ are written: the stored groups are read and
    /// compared with the recomputed ones as texts, and those that differ are written over, those missing added, and
    /// those no longer counted deleted. The cells kept write by write equal a recomputation (tested), so a rebuild
    /// usually finds nothing to change, and the count of changed groups says whether the kept cells had drifted. When
    /// most groups differ (an empty table, say), they are all deleted and written anew, which is quicker than writing
    /// them one by one.
    public func rebuildIndicators(now: Date = Date()) async throws -> IndicatorRecount {
        let municipality = self.municipality
        return try await write { sql in try await Store.rebuildIndicators(municipality: municipality, now: now, on: sql) }
    }

    /// The rebuild inside the caller's transaction.
    static func rebuildIndicators(municipality: Int, now: Date, on sql: any SQLDatabase) async throws -> IndicatorRecount {
        let clock = ContinuousClock()
        let started = clock.now
        // The cells' lock first, before the journal is read (PostgreSQL): an append that commits while the rebuild
        // reads would otherwise add to the cells what the rebuild then writes over without it. Appends of the
        // municipality wait for the rebuild; others do not (the lock is the municipality's).
        try await Store.lockCells(municipality: municipality, on: sql)
        let children = try await Store.allChildFacts(municipality: municipality, on: sql)
        let computation = try await Store.indicatorComputation(municipality: municipality, on: sql)
        // While the last children are counted, the groups are read, and the children counted by then are noted as
        // counted (on PostgreSQL that was a tenth of a rebuild, after counting).
        let (sums, stored, countedLater) = try await Store.countIndicators(of: children, municipality: municipality, asOf: now, computation: computation, on: sql) { countedByNow in
            let stored = try await Store.storedGroupTexts(municipality: municipality, on: sql)
            try await Store.markCounted(countedByNow, municipality: municipality, at: now, copying: true, on: sql)
            return stored
        }
        var gone = stored
        let counted = clock.now
        // The others are noted as counted while the groups are written out and compared.
        async let marking: Void = Store.markCounted(countedLater, municipality: municipality, at: now, on: sql)
        let (fresh, cells) = await Store.cellGroupTexts(of: sums.sums)
        let changed = fresh.filter { gone.removeValue(forKey: $0.key) != $0.json }
        try await marking
        if changed.count + gone.count > fresh.count / 2 {
            if !stored.isEmpty { try await sql.delete(from: "indicator_cell_groups").where("municipality", .equal, municipality).run() }
            try await Store.insertGroups(fresh, municipality: municipality, on: sql)
        } else {
            try await Store.deleteGroups(Array(gone.keys), municipality: municipality, on: sql)
            try await Store.insertGroups(changed, replacing: true, municipality: municipality, on: sql)
        }
        return IndicatorRecount(children: children.count, entries: sums.entries, cells: cells, groups: fresh.count,
                                changed: changed.count + gone.count, counting: counted - started, writing: clock.now - counted)
    }

    /// A cell group's key as the store keeps it: its indicator, series and period (as written, `IndicatorPeriod.description`).
    struct GroupKey: Hashable, Sendable, Comparable {
        let indicator: String
        let series: String
        let period: String

        init(indicator: String, series: String, period: String) {
            (self.indicator, self.series, self.period) = (indicator, series, period)
        }

        init(_ group: IndicatorCellGroup) {
            self.init(indicator: group.indicator, series: group.series, period: group.period.description)
        }

        /// In the order of the unique index: period, indicator, series.
        static func < (a: GroupKey, b: GroupKey) -> Bool { (a.period, a.indicator, a.series) < (b.period, b.indicator, b.series) }
    }

    /// The cell groups of the sums added together: each group's key and its cells as stored (`IndicatorCellGroup.json`),
    /// and how many cells they hold. A share of the groups is summed, spread and written out on each core.
    static func cellGroupTexts(of sums: [IndicatorSum]) async -> (texts: [(key: GroupKey, json: String)], cells: Int) {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return await withTaskGroup(of: ([(key: GroupKey, json: String)], Int).self) { tasks in
            for share in 0..<width {
                tasks.addTask {
                    let groups = IndicatorSum.cellGroups(of: sums, share: share, of: width)
                    return (groups.map { (GroupKey($0), $0.json) }, groups.reduce(0) { $0 + $1.cells.count })
                }
            }
            var texts: [(key: GroupKey, json: String)] = [], cells = 0
            for await (share, count) in tasks {
                texts += share
                cells += count
            }
            return (texts, cells)
        }
    }

    /// The municipality's stored groups: each one's cells as stored (their JSON), by key. Read from SQLiteNIO or
    /// PostgresNIO itself, as the journal's rows are.
    static func storedGroupTexts(municipality: Int, on sql: any SQLDatabase) async throws -> [GroupKey: String] {
        let select = "SELECT indicator, series, period, cells FROM indicator_cell_groups WHERE municipality = "
        var stored: [GroupKey: String] = [:]
        switch try driver(of: sql) {
        case .postgres(let postgres):
            for row in try await rows(PostgresQuery(unsafeSQL: select + String(municipality)), on: postgres) {
                let (indicator, series, period, cells) = try row.decode((String, String, String, String).self)
                stored[GroupKey(indicator: indicator, series: series, period: period)] = cells
            }
        case .sqlite(let sqlite):
            for row in try await rows(select + "?", [.integer(municipality)], on: sqlite) {
                guard case .text(let indicator)? = row.column("indicator"), case .text(let series)? = row.column("series"),
                      case .text(let period)? = row.column("period"), case .text(let cells)? = row.column("cells") else {
                    throw StoreError.corrupt("indicator_cell_groups: a key column or the cells are not text")
                }
                stored[GroupKey(indicator: indicator, series: series, period: period)] = cells
            }
        }
        return stored
    }

    /// Deletes stored groups by key, 500 to a statement.
    static func deleteGroups(_ keys: [GroupKey], municipality: Int, on sql: any SQLDatabase) async throws {
        for chunk in keys.chunks(of: 500) {
            let rows = chunk.map { "(\(quoted($0.indicator)), \(quoted($0.series)), \(quoted($0.period)))" }.joined(separator: ", ")
            try await sql.raw("""
                DELETE FROM indicator_cell_groups WHERE municipality = \(unsafeRaw: String(municipality))
                AND (indicator, series, period) IN (VALUES \(unsafeRaw: rows))
                """).run()
        }
    }

    /// What `children` count as of `now`, summed, and what `afterwards` did. The children's journals are read a
    /// batch of children at a time, and decoded and counted as many batches at once as there are cores: the sum does
    /// not depend on the order the children are added in. The next batch is read while batches are counted (at most
    /// one batch for each core waits to be counted), and `afterwards` runs on the connection while the last batches
    /// are counted, handed the children counted by then; those counted later are returned (`countedLater`). Each
    /// counting task counts into a table of its own, kept from batch to batch (a table for each batch grew from nothing
    /// each time and was then merged); the tables are returned side by side, to be summed by share of the cell groups on
    /// every core (`cellGroupTexts`).
    static func countIndicators<Afterwards: Sendable>(of children: [ChildFacts], municipality: Int, asOf now: Date, batch size: Int = 250,
                                                      computation: IndicatorComputation = Store.indicatorComputation, on sql: any SQLDatabase,
                                                      afterwards: @escaping @Sendable (_ counted: [CountedChild]) async throws -> Afterwards)
        async throws -> (sums: IndicatorSums, afterwards: Afterwards, countedLater: [CountedChild]) {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let batches = children.chunks(of: size).map(Array.init)
        return try await withThrowingTaskGroup(of: CountingStep<Afterwards>.self) { group in
            var idle = (0..<width).map { _ in SumsInProgress(computation: computation) }
            var waiting: [(batch: [ChildFacts], rows: JournalRows)] = []
            var next = 0, reading = false
            var result: Afterwards?
            var counted: [CountedChild] = [], handedOver = 0
            // One query on the connection at a time: the next batch, or once all are read, `afterwards`.
            func read() {
                guard !reading, result == nil, waiting.count < width else { return }
                reading = true
                if next < batches.count {
                    let ids = batches[next].map(\.id)
                    group.addTask { .read(try await journalRows(children: ids, municipality: municipality, on: sql)) }
                } else {
                    let countedByNow = counted
                    handedOver = counted.count
                    group.addTask { .afterwards(try await afterwards(countedByNow)) }
                }
            }
            read()
            while let step = try await group.next() {
                switch step {
                case .read(let rows):
                    waiting.append((batches[next], rows))
                    next += 1
                    reading = false
                case .counted(let counter, let children):
                    idle.append(counter)
                    counted += children
                case .afterwards(let value):
                    result = value
                    reading = false
                }
                while !waiting.isEmpty, !idle.isEmpty {
                    let (batch, rows) = waiting.removeFirst(), counter = idle.removeLast()
                    group.addTask { .counted(counter, try await counter.count(batch, rows: rows, asOf: now)) }
                }
                read()
            }
            guard let result else { throw StoreError.corrupt("the indicators' count ended before it was done") }
            var sums = idle.removeLast().takeSums()
            for counter in idle { sums.add(counter.sums) }
            return (sums, result, Array(counted[handedOver...]))
        }
    }

    /// Recounts the children whose contributions have changed with time alone since they were counted (their
    /// `refreshAt` has passed: a deadline ran out, an open case had another day, a period ended with a measure
    /// active), and those never counted. Afterwards the cells equal a recomputation as of `now`. Returns how many
    /// children were recounted. Run when the server starts and then every hour.
    public func refreshIndicators(now: Date) async throws -> Int {
        let municipality = self.municipality
        let due = try await sql.select().column(SQLColumn("id", table: "c"))
            .from(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")))
            .join(SQLAlias(SQLIdentifier("indicator_state"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: Store.indicatorStateOfChild)
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
            .where { group in
                group.where(SQLColumn("child_id", table: "s"), .is, SQLLiteral.null)
                    .orWhere(SQLColumn("refresh_at", table: "s"), .lessThanOrEqual, SQLBind(now.epochMilliseconds))
            }
            .all().map { try $0.decode(column: "id", as: UUID.self) }
        // Small transactions, so that writes to the journal wait for one batch at most.
        for chunk in due.chunks(of: 500) {
            try await write { sql in
                try await Store.recount(Array(chunk), municipality: municipality, now: now, on: sql)
            }
        }
        return due.count
    }

    /// Takes away what each child counted when it was last counted (its journal has not changed since: every
    /// append recounts) and adds what it counts as of `now`; the batch's changes are summed before the cells are
    /// written.
    static func recount(_ ids: [UUID], municipality: Int, now: Date, on sql: any SQLDatabase) async throws {
        let select = sql.select().columns("id", "birth_date", "district", "sex").from("children")
            .where("id", .in, ids).where("municipality", .equal, municipality)
        // Locks the children's rows as `childFacts` does, so an append to one of them waits for the recount.
        if sql.dialect.name == "postgresql" { select.for(.update) }
        let children = try await select.all().map(decodeChildFacts)
        // As an append does (the children's rows, then the cells): before the children's counted instants are read, so
        // that a rebuild committing meanwhile is not taken away as of what it overwrote.
        try await lockCells(municipality: municipality, on: sql)
        let countedAt = try await countedAt(ids, municipality: municipality, on: sql)
        let timelines = try await timelines(children: children.map(\.id), municipality: municipality, on: sql)
        let computation = try await indicatorComputation(municipality: municipality, on: sql)
        var delta = IndicatorTable()
        var counted: [CountedChild] = []
        for child in children {
            guard let facts = child.indicatorFacts else {
                counted.append(CountedChild(child: child.id, refreshAt: nil))
                continue
            }
            let timeline = timelines[child.id] ?? Timeline([])
            if let before = countedAt[child.id] {
                delta.add(computation.contributions(of: facts, timeline: timeline, asOf: before), sign: -1)
            }
            let fresh = computation.contributions(of: facts, timeline: timeline, asOf: now)
            delta.add(fresh)
            counted.append(CountedChild(child: child.id, refreshAt: fresh.refreshAt))
        }
        try await addToCells(delta, municipality: municipality, on: sql)
        try await markCounted(counted, municipality: municipality, at: now, on: sql)
    }

    /// The cells of some periods (all breakdowns), as stored: of every series, or of one.
    public func indicatorCells(periods: [IndicatorPeriod], series: String? = nil) async throws -> [StoredIndicatorCell] {
        guard !periods.isEmpty else { return [] }
        let select = Store.selectGroups(municipality: municipality, on: sql).where("period", .in, periods.map(\.description))
        if let series { select.where("series", .equal, series) }
        return try await select.all().compactMap(Store.decodeGroup).flatMap(Store.storedCells)
    }

    /// What the dashboard draws: every indicator's headline for all children and by district in `period`, and for all
    /// children in the trend's periods — the cells split by age band or sex, and the series beside the headlines (the
    /// deadlines' rules: nearly half of a year's groups), left out. Each query finds its groups by the unique index,
    /// which begins with municipality and period.
    public func dashboardCells(period: IndicatorPeriod, trend: [IndicatorPeriod]) async throws -> [StoredIndicatorCell] {
        let headline = IndicatorCell.headline
        let current = try await indicatorCells(periods: [period], series: headline).filter { $0.breakdown.ageGroup == nil && $0.breakdown.sex == nil }
        let others = trend.filter { $0 != period }
        guard !others.isEmpty else { return current }
        return current + (try await indicatorCells(periods: others, series: headline).filter { $0.breakdown == .all })
    }

    /// Every stored cell (a test compares them with a recomputation).
    public func allIndicatorCells() async throws -> [StoredIndicatorCell] {
        try await Store.selectGroups(municipality: municipality, on: sql).all().compactMap(Store.decodeGroup).flatMap(Store.storedCells)
    }

    // MARK: - Rows

    static let groupColumns = ["indicator", "series", "period", "cells"]

    /// The municipality's stored groups, to be narrowed and decoded (`decodeGroup`).
    static func selectGroups(municipality: Int, on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().columns(groupColumns).from("indicator_cell_groups").where("municipality", .equal, municipality)
    }

    /// A stored group; nil for a period that is not one (`IndicatorPeriod`), which no computation writes.
    static func decodeGroup(_ row: any SQLRow) throws -> IndicatorCellGroup? {
        guard let period = IndicatorPeriod(try row.decode(column: "period", as: String.self)) else { return nil }
        return try IndicatorCellGroup(indicator: try row.decode(column: "indicator", as: String.self),
                                      series: try row.decode(column: "series", as: String.self), period: period,
                                      json: try row.decode(column: "cells", as: String.self))
    }

    /// A group's cells, each as stored.
    static func storedCells(_ group: IndicatorCellGroup) -> [StoredIndicatorCell] {
        group.cells.map {
            StoredIndicatorCell(indicator: group.indicator, series: group.series, period: group.period, breakdown: $0.breakdown, tally: $0.tally)
        }
    }

    /// Writes groups as rows: new rows (on PostgreSQL by `COPY`), or (`replacing`) over the rows of the same groups
    /// (`insertLiterals`). The rows go in the order of the unique index, so that its pages fill one after another.
    private static func insertGroups(_ groups: [(key: GroupKey, json: String)], replacing: Bool = false, municipality: Int,
                                     on sql: any SQLDatabase) async throws {
        let groups = groups.sorted { $0.key < $1.key }
        let columns = ["municipality"] + groupColumns
        if !replacing, let postgres = sql as? any PostgresDatabase {
            try await copy(groups.map { [String(municipality), $0.key.indicator, $0.key.series, $0.key.period, $0.json] }, into: "indicator_cell_groups",
                           columns: columns, on: postgres)
            return
        }
        let prefix = "(\(municipality), "
        try await insertLiterals(into: "indicator_cell_groups", columns: columns, replacingOn: replacing ? Array(columns.prefix(4)) : nil,
                                 count: groups.count, row: { index in
                                     let (key, json) = groups[index]
                                     return prefix + [key.indicator, key.series, key.period, json].map(quoted).joined(separator: ", ") + ")"
                                 }, on: sql)
    }

    /// New rows into a PostgreSQL table by `COPY … FROM STDIN` (text format): the server parses no statement, and a
    /// rebuild's 35,000 cells are one stream. Nil is NULL.
    static func copy(_ rows: [[String?]], into table: String, columns: [String], on postgres: any PostgresDatabase) async throws {
        var data = ByteBuffer()
        for row in rows {
            for (index, value) in row.enumerated() {
                if index > 0 { data.writeInteger(UInt8(ascii: "\t")) }
                data.writeString(value.map(copyText) ?? "\\N")
            }
            data.writeInteger(UInt8(ascii: "\n"))
        }
        let stream = data
        try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await connection.copyFrom(table: table, columns: columns, logger: connection.logger) { writer in
                    try await writer.write(stream)
                }
            }
        }.get()
    }

    /// A value in COPY's text format: backslash, tab, newline and carriage return escaped.
    static func copyText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }) else { return text }
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Inserts rows written as SQL literals (`row(i)` is the i-th, `(…)`), 500 to a statement; with `replacingOn`, over
    /// the rows with the same key. The values are written into the statement rather than bound: a full recompute
    /// writes 35,000 cells and the state of every child, and binding runs each value through an Encoder while SQLKit's
    /// literals search-and-replace every string — either was most of a second. Each statement is written while the
    /// one before runs in the database.
    static func insertLiterals(into table: String, columns: [String], replacingOn key: [String]? = nil, count: Int,
                               row: (Int) -> String, on sql: any SQLDatabase) async throws {
        let conflict = key.map { key in
            " ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET "
                + columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        } ?? ""
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        var running: Task<Void, any Error>?
        for start in stride(from: 0, to: count, by: 500) {
            var statement = head
            for index in start..<min(start + 500, count) {
                if index > start { statement += ", " }
                statement += row(index)
            }
            statement += conflict
            if let running { try await running.value }
            running = Task { [statement] in try await sql.raw("\(unsafeRaw: statement)").run() }
        }
        try await running?.value
    }

    /// A string literal in standard SQL: in single quotes, each quote inside doubled (on SQLite and PostgreSQL alike).
    static func quoted(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "'")) ? "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            : "'" + text + "'"
    }

    /// Adds `changes` to the stored cells: the groups they touch read in one query, summed in memory, written back in
    /// one statement per 500 groups, and any that came to nothing deleted. (Cell by cell, a read and a write each, an
    /// import of 200 families wrote tens of thousands of statements.) The caller holds the cells' lock (`lockCells`),
    /// taken before it read when its children were counted.
    private static func addToCells(_ changes: IndicatorTable, municipality: Int, on sql: any SQLDatabase) async throws {
        let changes = changes.cellGroups
        guard !changes.isEmpty else { return }
        var stored: [GroupKey: IndicatorCellGroup] = [:]
        let periods = Set(changes.map(\.period.description)), indicators = Set(changes.map(\.indicator))
        for row in try await selectGroups(municipality: municipality, on: sql).where("period", .in, Array(periods))
            .where("indicator", .in, Array(indicators)).all() {
            guard let group = try decodeGroup(row) else { continue }
            stored[GroupKey(group)] = group
        }
        var written: [(key: GroupKey, json: String)] = []
        var emptied: [GroupKey] = []
        for change in changes {
            let key = GroupKey(change)
            var group = stored[key] ?? IndicatorCellGroup(indicator: change.indicator, series: change.series, period: change.period, cells: [])
            for (breakdown, tally) in change.cells {
                if let index = group.cells.firstIndex(where: { $0.breakdown == breakdown }) {
                    group.cells[index].tally.add(tally)
                    if group.cells[index].tally.isZero { group.cells.remove(at: index) }
                } else if !tally.isZero {
                    group.cells.append((breakdown, tally))
                }
            }
            if !group.cells.isEmpty {
                written.append((key, group.json))
            } else if stored[key] != nil {
                emptied.append(key)
            }
        }
        try await insertGroups(written, replacing: true, municipality: municipality, on: sql)
        try await deleteGroups(emptied, municipality: municipality, on: sql)
    }

    /// Serialises the writers of a municipality's cells: each reads cells, sums and writes them back. SQLite has one
    /// writer at a time; on PostgreSQL an append and the hourly refresh (before they read when their children were
    /// counted), an import (before it adds) and a rebuild (before it reads the journal) take this lock, held to the end
    /// of the transaction: once each, not again for every step that writes cells. One lock a
    /// municipality: its cells are its own, and a rebuild in one holds up no other's writes.
    static func lockCells(municipality: Int, on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(cellsLock)), \(unsafeRaw: String(municipality)))").run()
    }

    /// The advisory lock's first key: "Spor" in ASCII; the second is the municipality's code.
    static let cellsLock: Int32 = 0x5370_6F72

    /// Notes when each child was counted and when it is next due, over what was noted before (a delete and a bound
    /// insert per 400 children were most of a rebuild's writing for 90,000 children).
    /// With `copying` on PostgreSQL (a rebuild, the children counted before the last), they are copied into a table of the transaction's own and
    /// upserted from there in one statement: 9,000 children as statements of literals took twice as long.
    private static func markCounted(_ children: [CountedChild], municipality: Int, at now: Date, copying: Bool = false,
                                    on sql: any SQLDatabase) async throws {
        guard !children.isEmpty else { return }
        let counted = now.epochMilliseconds
        if copying, let postgres = sql as? any PostgresDatabase {
            try await sql.raw("""
                CREATE TEMPORARY TABLE IF NOT EXISTS counted_now (child_id UUID, counted_at BIGINT, refresh_at BIGINT) ON COMMIT DELETE ROWS
                """).run()
            try await copy(children.map { [$0.child.uuidString, String(counted), $0.refreshAt.map { String($0.epochMilliseconds) }] },
                           into: "counted_now", columns: ["child_id", "counted_at", "refresh_at"], on: postgres)
            try await sql.raw("""
                INSERT INTO indicator_state (child_id, municipality, counted_at, refresh_at)
                SELECT child_id, \(bind: municipality), counted_at, refresh_at FROM counted_now
                ON CONFLICT (child_id) DO UPDATE SET municipality = excluded.municipality, counted_at = excluded.counted_at,
                    refresh_at = excluded.refresh_at
                """).run()
            return
        }
        try await insertLiterals(into: "indicator_state", columns: ["child_id", "municipality", "counted_at", "refresh_at"], replacingOn: ["child_id"],
                                 count: children.count, row: { index in
                                     let child = children[index]
                                     return "('\(child.child.uuidString)', \(municipality), \(counted), \(child.refreshAt.map { String($0.epochMilliseconds) } ?? "NULL"))"
                                 }, on: sql)
    }

    /// When each of the municipality's `children` was last counted (none: never).
    private static func countedAt(_ children: [UUID], municipality: Int, on sql: any SQLDatabase) async throws -> [UUID: Date] {
        var counted: [UUID: Date] = [:]
        for chunk in children.chunks(of: 500) {
            for row in try await sql.select().columns("child_id", "counted_at").from("indicator_state").where("child_id", .in, Array(chunk))
                .where("municipality", .equal, municipality).all() {
                counted[try row.decode(column: "child_id", as: UUID.self)] = Date(epochMilliseconds: try row.decode(column: "counted_at", as: Int64.self))
            }
        }
        return counted
    }
}

/// A child as counted: the instant its contributions next change by themselves (nil: only a new entry changes them).
struct CountedChild: Sendable {
    let child: UUID
    let refreshAt: Date?
}

/// What some children count, summed. Sums of other children added to it are kept as they are (`sums`), to be added
/// together by share of the cell groups on every core (`Store.cellGroupTexts`).
struct IndicatorSums: Sendable {
    /// What this counted, first; then the sums added to it.
    private(set) var sums = [IndicatorSum()]
    var entries = 0

    init() {}

    /// Decodes the children's journal rows and adds what each child's course counts. Returns the children as counted:
    /// when each is next due for a recount.
    mutating func count(_ children: [Store.ChildFacts], rows: JournalRows, asOf now: Date,
                        computation: IndicatorComputation = Store.indicatorComputation) throws -> [CountedChild] {
        let journals = try rows.journals()
        var counted: [CountedChild] = []
        counted.reserveCapacity(children.count)
        for child in children {
            let entries = journals[child.id] ?? []
            self.entries += entries.count
            guard let facts = child.indicatorFacts else {
                counted.append(CountedChild(child: child.id, refreshAt: nil))
                continue
            }
            let contributions = computation.contributions(of: facts, timeline: Timeline(entries), asOf: now)
            sums[0].add(contributions)
            counted.append(CountedChild(child: child.id, refreshAt: contributions.refreshAt))
        }
        return counted
    }

    mutating func add(_ other: IndicatorSums) {
        sums += other.sums
        entries += other.entries
    }
}

/// What a task of `countIndicators` did: read a batch, counted one, or ran what was to be read afterwards.
enum CountingStep<Afterwards: Sendable>: Sendable {
    case read(JournalRows)
    /// By a counter, the batch's children as counted.
    case counted(SumsInProgress, [CountedChild])
    case afterwards(Afterwards)
}

/// The sums one counting task adds to, handed from task to task (one at a time) so that its table is added to in place.
final class SumsInProgress: @unchecked Sendable {
    var sums = IndicatorSums()
    /// What it counts under (the municipality's settings).
    let computation: IndicatorComputation
    /// Counting runs on a thread of its own, not on one of the tasks' threads: counting on all of those, the task that
    /// reads the next batch waited for one to be free.
    private let queue = DispatchQueue(label: "spor.indicators.count")

    init(computation: IndicatorComputation = Store.indicatorComputation) {
        self.computation = computation
    }

    func count(_ batch: [Store.ChildFacts], rows: JournalRows, asOf now: Date) async throws -> [CountedChild] {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[CountedChild], any Error>) in
            queue.async { continuation.resume(with: Result { try self.sums.count(batch, rows: rows, asOf: now, computation: self.computation) }) }
        }
    }

    /// The sums, no longer shared with this (so that adding to them copies nothing).
    func takeSums() -> IndicatorSums {
        defer { sums = IndicatorSums() }
        return sums
    }
}

/// What a full recount of the indicators read and wrote.
public struct IndicatorRecount: Sendable, Hashable {
    public let children: Int
    public let entries: Int
    public let cells: Int
    /// The cells' groups (an indicator series in a period), a row each.
    public let groups: Int
    /// How many stored groups the recount found different from its own, and wrote over, added or deleted.
    public let changed: Int
    /// Reading the journal and counting (and, while the last children are counted, reading the stored groups and noting
    /// the children counted by then); comparing the groups and writing those that differ, and noting the last children
    /// as counted (the commit not included).
    public let counting: Duration
    public let writing: Duration
}
