import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import SporDomain

extension Store {
    static let entryColumns = ["id", "municipality", "child_id", "kind", "payload", "occurred_at", "recorded_at", "author_id", "corrects"]

    /// The one write path: validates `entry` against the course so far, then appends it, writes its
    /// audit row and brings the child's summary up to date, in one transaction.
    @discardableResult
    public func append(_ entry: Entry, now: Date) async throws -> CaseState {
        let municipality = self.municipality
        return try await Store.timedJournalWrite {
            try await write { sql in
                try await Store.append(entry, municipality: municipality, now: now, on: sql)
            }
        }
    }

    /// Appends `entries` in order in one transaction, each validated against the course including the ones before it:
    /// a step and what it starts (an assessment and the investigation it names) are written together or not at all.
    @discardableResult
    public func append(_ entries: [Entry], now: Date) async throws -> CaseState? {
        let municipality = self.municipality
        return try await Store.timedJournalWrite {
            try await write { sql in
                var state: CaseState?
                for entry in entries { state = try await Store.append(entry, municipality: municipality, now: now, on: sql) }
                return state
            }
        }
    }

    /// The one write path of the journal, inside a write: validate against the course, insert, audit,
    /// bring the derived tables up to date.
    @discardableResult
    static func append(_ entry: Entry, municipality: Int, now: Date, on sql: any SQLDatabase) async throws -> CaseState {
        // An entry is written into the store's municipality alone, about a child of it.
        guard entry.municipality == municipality,
              let facts = try await Store.childFacts(entry.child, municipality: municipality, on: sql) else {
            throw DomainError(.childNotFound)
        }
        let timeline = try await Store.timeline(child: entry.child, municipality: municipality, on: sql)
        // The catalogue is read only for the entries that name offers.
        let offers: OfferCatalogue = switch entry.payload.kind {
        case .decision, .measureStarted, .placementStarted, .correction, .homecomingPlan: try await Store.offerCatalogue(municipality: municipality, on: sql)
        default: .standard
        }
        // A child row without a birth date is an expected child (`M020ExpectedChildren`).
        var context = JournalContext(birthDate: facts.birthDate, offers: offers, unborn: facts.birthDate == nil)
        // A placement answers for each of the child's siblings (`JournalRules.validateSiblings`).
        if entry.payload.kind == .placementStarted || entry.payload.kind == .correction {
            context.siblings = try await Store.knownSiblings(of: entry.child, municipality: municipality, on: sql)
        }
        // The municipality's settings in force on the entry's day: the course's windows, the deadlines and the calendar.
        let settings = try await Store.settingsHistory(municipality: municipality, on: sql).inForce(on: DanishTime.localDate(of: entry.occurredAt))
        (context.rules, context.ruleBook, context.calendar) = (settings.courseRules, settings.ruleBook, settings.calendar)
        try JournalRules.validate(entry, in: timeline, now: now, context: context)
        try await Store.checkReferences(entry.payload, municipality: municipality, on: sql)
        try await Store.insert([entry], on: sql)
        try await Store.recordFosterCarers(entry, municipality: municipality, on: sql)
        try await Store.audit(.appendEntry, user: entry.author, child: entry.child, entry: entry.id,
                              at: now, municipality: municipality, on: sql)
        let next = Timeline(timeline.entries + [entry])
        try await Store.updateIndicators(facts, before: timeline, after: next, municipality: municipality, now: now, on: sql)
        return try await Store.saveDerived(facts, timeline: next, municipality: municipality, now: now, on: sql)
    }

    public func timeline(child: UUID) async throws -> Timeline {
        try await Store.timeline(child: child, municipality: municipality, on: sql)
    }

    /// The courses of several children, read at once (a child without entries has none here).
    public func timelines(children: [UUID]) async throws -> [UUID: Timeline] {
        try await Store.timelines(children: children, municipality: municipality, on: sql)
    }

    /// Recomputes every child's summary and open obligations from the journal alone (the indicator cells:
    /// `rebuildIndicators`).
    public func rebuildSummaries(now: Date = Date()) async throws -> Int {
        let municipality = self.municipality
        return try await write { sql in
            let children = try await Store.allChildFacts(municipality: municipality, on: sql)
            for child in children {
                let timeline = try await Store.timeline(child: child.id, municipality: municipality, on: sql)
                try await Store.saveDerived(child, timeline: timeline, municipality: municipality, now: now, on: sql)
            }
            return children.count
        }
    }

    // MARK: - Parts of the write path

    /// What the derived tables need to know of a child besides the journal.
    struct ChildFacts: Sendable {
        let id: UUID
        let birthDate: LocalDate?
        let district: String
        let sex: LegalSex

        init(id: UUID, birthDate: LocalDate?, district: String, sex: LegalSex = .female) {
            self.id = id
            self.birthDate = birthDate
            self.district = district
            self.sex = sex
        }

        /// From the `children` row's columns as stored.
        init(id: UUID, birthDate: String, district: String, sex: String) {
            self.init(id: id, birthDate: LocalDate(iso: birthDate), district: district, sex: LegalSex(rawValue: sex) ?? .female)
        }

        /// What the indicators count a child by; nil without a birth date.
        var indicatorFacts: IndicatorChildFacts? {
            birthDate.map { IndicatorChildFacts(id: id, birthDate: $0, sex: sex, district: district) }
        }
    }

    /// The child's facts, or nil when there is no such child. Inside a write it also locks the child's row
    /// (PostgreSQL), so two writes to one course fold one after the other. SQLite has one writer already.
    static func childFacts(_ child: UUID, municipality: Int, on sql: any SQLDatabase) async throws -> ChildFacts? {
        let select = sql.select().columns("id", "birth_date", "district", "sex").from("children")
            .where("id", .equal, child).where("municipality", .equal, municipality)
        if sql.dialect.name == "postgresql" { select.for(.update) }
        return try await select.first().map(decodeChildFacts)
    }

    /// Every child of the municipality, as the derived tables know them.
    /// Read from SQLiteNIO or PostgresNIO itself, as the journal's rows are: through SQLKit's decoder, the 9,000
    /// children of the demo took about 0.06 s of CPU (`perf record`) before a rebuild could start counting.
    static func allChildFacts(municipality: Int, on sql: any SQLDatabase) async throws -> [ChildFacts] {
        let select = "SELECT id, birth_date, district, sex FROM children WHERE municipality = "
        switch try driver(of: sql) {
        case .postgres(let postgres):
            return try await rows(PostgresQuery(unsafeSQL: select + String(municipality)), on: postgres).map { row in
                let (id, birthDate, district, sex) = try row.decode((UUID, String, String, String).self)
                return ChildFacts(id: id, birthDate: birthDate, district: district, sex: sex)
            }
        case .sqlite(let sqlite):
            return try await rows(select + "?", [.integer(municipality)], on: sqlite).map { row in
                let cells = row.columns
                guard cells.count == 4, case .text(let id) = cells[0].data, let id = UUID(text: id), case .text(let birthDate) = cells[1].data,
                      case .text(let district) = cells[2].data, case .text(let sex) = cells[3].data else {
                    throw StoreError.corrupt("children: a child's id, birth date, district or sex is not as stored")
                }
                return ChildFacts(id: id, birthDate: birthDate, district: district, sex: sex)
            }
        }
    }

    static func decodeChildFacts(_ row: any SQLRow) throws -> ChildFacts {
        ChildFacts(id: try row.decode(column: "id", as: UUID.self), birthDate: try row.decode(column: "birth_date", as: String.self),
                   district: try row.decode(column: "district", as: String.self), sex: try row.decode(column: "sex", as: String.self))
    }

    /// Brings everything derived from a child's journal up to date — the summary and the open obligations —
    /// looking the caseworker's team up once.
    @discardableResult
    static func saveDerived(_ child: ChildFacts, timeline: Timeline, municipality: Int, now: Date,
                            on sql: any SQLDatabase) async throws -> CaseState {
        let state = timeline.state()
        var team: UUID? = nil
        if let caseworker = state.caseworker { team = try await user(id: caseworker, on: sql)?.team }
        try await saveSummary(child: child.id, state: state, ownerNeed: timeline.ownerNeed(), team: team, municipality: municipality, on: sql)
        try await saveObligations(child, timeline: timeline, state: state, team: team, municipality: municipality, now: now, on: sql)
        return state
    }

    /// True when the child exists (see `childFacts`, which also locks the row).
    static func childExists(_ child: UUID, municipality: Int, on sql: any SQLDatabase) async throws -> Bool {
        try await childFacts(child, municipality: municipality, on: sql) != nil
    }

    /// An assignment must name a caseworker (or a team lead) who exists.
    static func checkReferences(_ payload: EntryPayload, municipality: Int, on sql: any SQLDatabase) async throws {
        switch payload {
        case .caseworkerAssigned(let assignment):
            guard let user = try await user(id: assignment.caseworker, on: sql), user.municipality == municipality else {
                throw DomainError(.caseworkerUnknown, field: "caseworker")
            }
            guard user.role == .caseworker || user.role == .teamLead else {
                throw DomainError(.caseworkerNotCaseworker, field: "caseworker")
            }
        case .networkMeeting(let meeting):
            for action in meeting.actions where try await user(id: action.owner, on: sql)?.municipality != municipality {
                throw DomainError(.actionOwnerUnknown, field: "actions")
            }
        case .correction(let correction):
            if let replacement = correction.replacement { try await checkReferences(replacement, municipality: municipality, on: sql) }
        default:
            break
        }
    }

    static func insert(_ entries: [Entry], on sql: any SQLDatabase) async throws {
        let payloads = try entries.map { try $0.payload.encodedJSON() }
        let links = try await HashChain.journal.extend(with: zip(entries, payloads).map { canonicalEntry($0, payload: $1) }, on: sql)
        let rows = Array(zip(zip(entries, payloads), links))
        // An import's many rows go to PostgreSQL by COPY (`spor generate` streams municipalities this way).
        if rows.count > 400, case .postgres(let postgres) = try driver(of: sql) {
            let text = rows.map { row -> [String?] in
                let ((entry, payload), link) = row
                return [entry.id.uuidString, String(entry.municipality), entry.child.uuidString, entry.kind.rawValue, payload,
                        String(entry.occurredAt.epochMilliseconds), String(entry.recordedAt.epochMilliseconds), entry.author.uuidString,
                        entry.corrects?.uuidString, String(link.seq), link.hash]
            }
            try await copy(text, into: "journal_entries", columns: entryColumns + ["seq", "hash"], on: postgres)
            return
        }
        for chunk in rows.chunks(of: 400) {
            let insert = sql.insert(into: "journal_entries").columns(entryColumns + ["seq", "hash"])
            for ((entry, payload), link) in chunk {
                insert.values(
                    SQLBind(entry.id), SQLBind(entry.municipality), SQLBind(entry.child),
                    SQLBind(entry.kind.rawValue), SQLBind(payload),
                    SQLBind(entry.occurredAt.epochMilliseconds), SQLBind(entry.recordedAt.epochMilliseconds),
                    SQLBind(entry.author), SQLBind(entry.corrects), SQLBind(link.seq), SQLBind(link.hash)
                )
            }
            try await insert.run()
        }
    }

    /// The journal row as the chain hashes it.
    static func canonicalEntry(_ entry: Entry, payload: String) -> String {
        canonical([entry.id, entry.municipality, entry.child, entry.kind.rawValue, payload,
                   entry.occurredAt.epochMilliseconds, entry.recordedAt.epochMilliseconds, entry.author, entry.corrects])
    }

    static func timeline(child: UUID, municipality: Int, on sql: any SQLDatabase) async throws -> Timeline {
        Timeline(try await journalRows(children: [child], municipality: municipality, on: sql).entries())
    }

    /// The courses of several children, read at once.
    static func timelines(children: [UUID], municipality: Int, on sql: any SQLDatabase) async throws -> [UUID: Timeline] {
        var timelines: [UUID: Timeline] = [:]
        for chunk in children.chunks(of: 1_000) {
            for (child, entries) in try await journalRows(children: Array(chunk), municipality: municipality, on: sql).journals() { timelines[child] = Timeline(entries) }
        }
        return timelines
    }

    static func decodeEntry(_ row: any SQLRow) throws -> Entry {
        try decodeEntry(text: { try row.decode(column: $0, as: String?.self) }, integer: { try row.decode(column: $0, as: Int64?.self) })
    }

    /// An entry from its stored columns, each read by name as text or as an integer (nil: NULL). UUIDs are read from
    /// their text (SQLite stores the text, PostgreSQL gives it) without `sscanf`.
    static func decodeEntry(text: (String) throws -> String?, integer: (String) throws -> Int64?) throws -> Entry {
        try decodeEntry(at: { try text(entryColumns[$0]) }, integer: { try integer(entryColumns[$0]) })
    }

    /// The same, each column read by its place in `entryColumns`.
    static func decodeEntry(at text: (Int) throws -> String?, integer: (Int) throws -> Int64?) throws -> Entry {
        func required<T>(_ value: T?, _ column: Int) throws -> T {
            guard let value else { throw StoreError.corrupt("journal_entries.\(entryColumns[column]) is missing") }
            return value
        }
        func id(_ text: String, _ column: Int) throws -> UUID {
            guard let id = UUID(text: text) else { throw StoreError.corrupt("journal_entries.\(entryColumns[column]) is not a UUID") }
            return id
        }
        func id(_ column: Int) throws -> UUID { try id(try required(text(column), column), column) }
        // id, municipality, child_id, kind, payload, occurred_at, recorded_at, author_id, corrects
        let (entryID, municipality, child) = (try id(0), Int(try required(integer(1), 1)), try id(2))
        let kind = try required(text(3), 3)
        var payload = try required(text(4), 4)
        let (occurredAt, recordedAt) = (try required(integer(5), 5), try required(integer(6), 6))
        let (author, corrects) = (try id(7), try text(8).map { try id($0, 8) })
        return try payload.withUTF8 { payload in
            try entry(id: entryID, municipality: municipality, child: child, kind: kind, payload: payload, occurredAt: occurredAt,
                      recordedAt: recordedAt, author: author, corrects: corrects)
        }
    }

    /// An entry from its stored values, the kind and payload still as stored (the payload's UTF-8, as SQLite's text or
    /// PostgreSQL's packed entries hold it).
    static func entry(id: UUID, municipality: Int, child: UUID, kind kindText: String, payload: UnsafeBufferPointer<UInt8>, occurredAt: Int64,
                      recordedAt: Int64, author: UUID, corrects: UUID?) throws -> Entry {
        guard let kind = EntryKind(rawValue: kindText) else { throw StoreError.corrupt("unknown entry kind \(kindText)") }
        return Entry(id: id, municipality: municipality, child: child, payload: try EntryPayload.decodeStored(kind: kind, utf8: payload),
                     occurredAt: Date(epochMilliseconds: occurredAt), recordedAt: Date(epochMilliseconds: recordedAt),
                     author: author, corrects: corrects)
    }

    static func saveSummary(child: UUID, state: CaseState, ownerNeed: OwnerNeed?, team: UUID?, municipality: Int,
                            on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "child_summaries")
            .columns("child_id", "municipality", "is_open", "caseworker_id", "team_id", "concern_level",
                     "opened_at", "last_entry_at", "entry_count", "caseworker_changes", "owner_need_since", "owner_need_level", "caseworker_since")
            .values(SQLBind(child), SQLBind(municipality), SQLBind(state.isOpen), SQLBind(state.caseworker), SQLBind(team),
                    SQLBind(state.concernLevel?.rawValue), SQLBind(state.openedAt?.epochMilliseconds),
                    SQLBind(state.lastEntryAt?.epochMilliseconds), SQLBind(state.entryCount), SQLBind(state.caseworkerChanges),
                    SQLBind(ownerNeed?.since.epochMilliseconds), SQLBind(ownerNeed?.level),
                    SQLBind(state.caseworker == nil ? nil : state.caseworkerHistory.last?.from.epochMilliseconds))
            .onConflict(with: ["child_id"]) { conflict in
                conflict.set(excludedValueOf: "is_open").set(excludedValueOf: "caseworker_id")
                    .set(excludedValueOf: "team_id").set(excludedValueOf: "concern_level")
                    .set(excludedValueOf: "opened_at").set(excludedValueOf: "last_entry_at")
                    .set(excludedValueOf: "entry_count").set(excludedValueOf: "caseworker_changes")
                    .set(excludedValueOf: "owner_need_since").set(excludedValueOf: "owner_need_level")
                    .set(excludedValueOf: "caseworker_since")
            }
            .run()
    }
}

extension Array {
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// Journal rows of many children, as recounts and rebuilds read them: from SQLiteNIO or PostgresNIO itself
/// (`Store.Driver`).
enum JournalRows: Sendable {
    case sqlite([SQLiteRow])
    /// One row of one column: the entries packed (`Store.packedEntries`).
    case postgres([PostgresRow])

    func entries() throws -> [Entry] {
        switch self {
        case .sqlite(let rows):
            // By place (the query selects `entryColumns` in order): by name, each column was a lookup in a dictionary.
            return try rows.map { row in
                let cells = row.columns
                guard cells.count == Store.entryColumns.count else { throw StoreError.corrupt("journal_entries: \(cells.count) columns read") }
                return try Store.decodeEntry(at: { column in
                    switch cells[column].data {
                    case .text(let text): text
                    case .null: nil
                    default: throw StoreError.corrupt("journal_entries.\(Store.entryColumns[column]) is not text")
                    }
                }, integer: { column in
                    switch cells[column].data {
                    case .integer(let value): Int64(value)
                    case .null: nil
                    default: throw StoreError.corrupt("journal_entries.\(Store.entryColumns[column]) is not an integer")
                    }
                })
            }
        case .postgres(let rows):
            // One row, its one column NULL when the children have no entries.
            guard rows.count == 1, let row = rows.first, row.count == 1 else { throw StoreError.corrupt("journal_entries: \(rows.count) packed rows read") }
            return try row.first?.bytes.map(Store.unpackEntries) ?? []
        }
    }

    /// The entries by child, each child's in the order read. A child's rows usually come one after another (the
    /// database reads them by the child's index), so they are added a run at a time.
    func journals() throws -> [UUID: [Entry]] {
        var journals: [UUID: [Entry]] = [:]
        let entries = try entries()
        var start = entries.startIndex
        while start < entries.endIndex {
            let child = entries[start].child
            var end = start + 1
            while end < entries.endIndex, entries[end].child == child { end += 1 }
            journals[child, default: []].append(contentsOf: entries[start..<end])
            start = end
        }
        return journals
    }
}

extension Store {
    /// The children's entries in `municipality` (on PostgreSQL its partition alone): another municipality's child has none.
    static func journalRows(children: [UUID], municipality: Int, on sql: any SQLDatabase) async throws -> JournalRows {
        switch try driver(of: sql) {
        case .postgres(let postgres):
            return .postgres(try await rows(PostgresQuery(unsafeSQL: packedEntries, binds: try {
                var binds = PostgresBindings(capacity: 2)
                try binds.append(children, context: .default)
                try binds.append(Int64(municipality), context: .default)
                return binds
            }()), on: postgres))
        case .sqlite(let sqlite):
            return .sqlite(try await rows(sqliteJournalRows(children: children.count),
                                          children.map { SQLiteData.text($0.uuidString) } + [.integer(municipality)], on: sqlite))
        }
    }

    /// The SQLite statement of `journalRows` for `count` children. The index is named: with two children or more and no
    /// statistics (`refreshPlannerStatistics`), SQLite's planner took the journal's (municipality, kind, …) indexes for
    /// the better way in and read the municipality's whole journal — 0.35 s instead of 10 ms for the page of a child with
    /// siblings, its API entries and every note written to it.
    static func sqliteJournalRows(children count: Int) -> String {
        let marks = Array(repeating: "?", count: count).joined(separator: ", ")
        return "SELECT \(entryColumns.joined(separator: ", ")) FROM journal_entries INDEXED BY journal_child_occurred "
            + "WHERE child_id IN (\(marks)) AND municipality = ?"
    }

    /// The children's entries packed into one `bytea`, each entry after the other. Read as rows of nine columns, the
    /// protocol's work for each row and each column (on the event loop, and again in the decoding) cost more than the
    /// counting of them. Packing costs the server half as long again as sending the rows (10 ms against 7 for 250
    /// children, by `COPY … TO '/dev/null'`). An entry packed, its numbers big-endian as PostgreSQL sends them:
    ///
    ///     id (16 bytes) · municipality (8) · child_id (16) · occurred_at (8) · recorded_at (8) · author_id (16)
    ///     · corrects: 0, or 1 and the id (16) · kind: its length (4) and UTF-8 · payload: its length (4) and UTF-8
    ///
    /// `unpackEntries` reads them back. (Packed a row for each child with `GROUP BY`, the server took two to three times
    /// as long as for the rows.) The texts' lengths are in the database's encoding and `textsend` gives them in the
    /// connection's: both UTF-8 (were they not, the entries could not be read, rather than be read wrong).
    static let packedEntries = """
        SELECT string_agg(uuid_send(id) || int8send(municipality) || uuid_send(child_id) || int8send(occurred_at) || int8send(recorded_at)
            || uuid_send(author_id) || CASE WHEN corrects IS NULL THEN '\\x00'::bytea ELSE '\\x01'::bytea || uuid_send(corrects) END
            || int4send(octet_length(kind)) || textsend(kind) || int4send(octet_length(payload)) || textsend(payload), ''::bytea)
        FROM journal_entries WHERE child_id = ANY($1) AND municipality = $2
        """

    /// Entries from their packed form (`packedEntries`).
    static func unpackEntries(_ packed: ByteBuffer) throws -> [Entry] {
        try packed.withUnsafeReadableBytes { bytes in
            var reader = PackedReader(bytes: bytes)
            var entries: [Entry] = []
            while !reader.isAtEnd {
                let id = try reader.uuid(), municipality = try reader.integer(), child = try reader.uuid()
                let occurredAt = try reader.integer(), recordedAt = try reader.integer(), author = try reader.uuid()
                let corrects = try reader.byte() == 0 ? nil : try reader.uuid()
                let kind = String(decoding: try reader.text(), as: UTF8.self)
                entries.append(try entry(id: id, municipality: Int(municipality), child: child, kind: kind, payload: try reader.text(),
                                         occurredAt: occurredAt, recordedAt: recordedAt, author: author, corrects: corrects))
            }
            return entries
        }
    }

    /// The database under SQLKit, for reading many rows without SQLKit's decoder (which takes each column through a
    /// Decoder: a tenth of a full recompute of the indicators on SQLite, more on PostgreSQL).
    enum Driver {
        case sqlite(any SQLiteDatabase)
        case postgres(any PostgresDatabase)
    }

    static func driver(of sql: any SQLDatabase) throws -> Driver {
        if let postgres = sql as? any PostgresDatabase { return .postgres(postgres) }
        if let sqlite = sql as? any SQLiteDatabase { return .sqlite(sqlite) }
        throw StoreError.configuration("the journal is kept in SQLite or PostgreSQL")
    }

    /// A query's rows from PostgresNIO itself, on the connection (of the transaction, inside one), collected on the
    /// connection's event loop: its async row sequence hands every row over to the task one at a time.
    static func rows(_ query: PostgresQuery, on postgres: any PostgresDatabase) async throws -> [PostgresRow] {
        try await postgres.withConnection { connection in
            connection.query(query, logger: connection.logger).map(\.rows)
        }.get()
    }

    /// A query's rows from SQLiteNIO, collected on the connection itself: the database's own `query` hands every row to
    /// the event loop one at a time.
    static func rows(_ query: String, _ binds: [SQLiteData], on sqlite: any SQLiteDatabase) async throws -> [SQLiteRow] {
        try await sqlite.withConnection { connection in
            let rows = RowCollector()
            try await connection.query(query, binds) { rows.append($0) }
            return rows.rows
        }
    }
}

/// The rows of one query as SQLite hands them over, one after another on one thread.
private final class RowCollector: @unchecked Sendable {
    private(set) var rows: [SQLiteRow] = []
    func append(_ row: SQLiteRow) { rows.append(row) }
}

/// Reads `Store.packedEntries`' bytes front to back; running past the end is a corrupt journal.
private struct PackedReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) throws -> Int {
        guard count >= 0, count <= bytes.count - offset else { throw StoreError.corrupt("journal_entries: a packed entry ends early") }
        defer { offset += count }
        return offset
    }

    mutating func byte() throws -> UInt8 { bytes[try take(1)] }

    mutating func integer() throws -> Int64 { Int64(bigEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: Int64.self)) }

    mutating func uuid() throws -> UUID { UUID(uuid: bytes.loadUnaligned(fromByteOffset: try take(16), as: uuid_t.self)) }

    /// A length (4 bytes) and that many bytes.
    mutating func text() throws -> UnsafeBufferPointer<UInt8> {
        let count = Int(Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: Int32.self)))
        let start = try take(count)
        return UnsafeRawBufferPointer(rebasing: bytes[start..<start + count]).assumingMemoryBound(to: UInt8.self)
    }
}
