import Foundation
import SQLKit
import SporDomain

/// The municipality's settings kept without code (issue 25, item 2), as the offers catalogue is kept: every save is a
/// new row of `setting_versions` (migration 22) with the day it takes effect, who saved it and when; nothing is changed
/// or deleted. The write path reads them on every write (`saveObligations`), so a deadline is computed under the
/// settings as they changed over time (`MunicipalSettingsHistory`).
extension Store {
    /// Every saved version of every setting.
    public func settingsHistory() async throws -> MunicipalSettingsHistory {
        try await Store.settingsHistory(municipality: municipality, on: sql)
    }

    /// Inside a write, read once and kept for the rest of it (`SettingsMemo`): a journal write needs them to validate,
    /// to count the indicators and to list the open obligations.
    static func settingsHistory(municipality: Int, on sql: any SQLDatabase) async throws -> MunicipalSettingsHistory {
        if let memo = SettingsMemo.current {
            if let known = memo[municipality] { return known }
            let history = try await readSettingsHistory(municipality: municipality, on: sql)
            memo[municipality] = history
            return history
        }
        return try await readSettingsHistory(municipality: municipality, on: sql)
    }

    private static func readSettingsHistory(municipality: Int, on sql: any SQLDatabase) async throws -> MunicipalSettingsHistory {
        let rows = try await sql.select().columns("key", "version", "value", "valid_from", "saved_at", "saved_by").from("setting_versions")
            .where("municipality", .equal, municipality)
            .orderBy("key").orderBy("version")
            .all()
        guard !rows.isEmpty else { return .empty }
        return MunicipalSettingsHistory(versions: try rows.map { row in
            let key = try row.decode(column: "key", as: String.self)
            guard let validFrom = LocalDate(iso: try row.decode(column: "valid_from", as: String.self)),
                  let setting = Store.decodeSetting(key: key, json: try row.decode(column: "value", as: String.self)) else {
                throw StoreError.corrupt("setting_versions: a version of \(key) is not as stored")
            }
            return SettingVersion(setting: setting, validFrom: validFrom, version: try row.decode(column: "version", as: Int.self),
                                  savedAt: Date(epochMilliseconds: try row.decode(column: "saved_at", as: Int64.self)),
                                  savedBy: try row.decode(column: "saved_by", as: UUID.self))
        })
    }

    /// Saves a new version of `setting`, in force from `validFrom`; earlier versions stay. Refuses a value the law or
    /// the setting does not allow, and a valid-from day in the past, before anything is written.
    public func saveSetting(_ setting: MunicipalSetting, validFrom: LocalDate, by user: UUID, now: Date) async throws {
        let today = DanishTime.localDate(of: now)
        try MunicipalSetting.validateValidFrom(validFrom, today: today)
        try setting.validate(today: today)
        let municipality = self.municipality
        let key = setting.key.text
        let value = Store.encodeSetting(setting)
        try await write { sql in
            // Numbered in the write transaction, so two saves in one millisecond keep their order.
            let latest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v").from("setting_versions")
                .where("municipality", .equal, municipality).where("key", .equal, key)
                .first()?.decode(column: "v", as: Int?.self) ?? nil
            try await sql.insert(into: "setting_versions")
                .columns("id", "municipality", "key", "version", "value", "valid_from", "saved_at", "saved_by")
                .values(SQLBind(UUID()), SQLBind(municipality), SQLBind(key), SQLBind((latest ?? 0) + 1), SQLBind(value),
                        SQLBind(validFrom.iso), SQLBind(now.epochMilliseconds), SQLBind(user))
                .run()
            SettingsMemo.current?[municipality] = nil
            try await Store.audit(.saveConfiguration, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    /// How far a recount of the derived tables after a change of settings has come.
    public struct SettingsRecountProgress: Sendable, Hashable {
        public let done: Int
        public let total: Int
    }

    /// Recomputes every child's open obligations and summary under the settings now saved, in small transactions (a
    /// write to the journal waits for one batch at most), telling `progress` after each; then the indicator cells
    /// (`rebuildIndicators`). Returns how many children were recounted.
    @discardableResult
    public func recountAfterSettings(now: Date, batch size: Int = 200,
                                     progress: @Sendable (SettingsRecountProgress) -> Void = { _ in }) async throws -> Int {
        let municipality = self.municipality
        let children = try await Store.allChildFacts(municipality: municipality, on: sql)
        // The indicators' rebuild is counted as one more step.
        let total = children.count + 1
        var done = 0
        progress(SettingsRecountProgress(done: done, total: total))
        for chunk in children.chunks(of: size) {
            let batch = Array(chunk)
            try await write { sql in
                let timelines = try await Store.timelines(children: batch.map(\.id), municipality: municipality, on: sql)
                for child in batch {
                    try await Store.saveDerived(child, timeline: timelines[child.id] ?? Timeline([]), municipality: municipality,
                                                now: now, on: sql)
                }
            }
            done += batch.count
            progress(SettingsRecountProgress(done: done, total: total))
        }
        try await rebuildIndicators(now: now)
        progress(SettingsRecountProgress(done: total, total: total))
        return children.count
    }

    /// The indicators' definitions with the targets in force on the day of `now` (the dashboard, the definition pages, the
    /// status report and the exports read these).
    public func indicatorDefinitions(now: Date) async throws -> [IndicatorDefinition] {
        let history = try await settingsHistory()
        let definitions = history.versions.isEmpty ? indicatorDefinitions : IndicatorComputations.shared.computation(for: history).definitions
        return history.inForce(on: DanishTime.localDate(of: now)).applyingTargets(to: definitions)
    }

    /// The indicators' computation under the municipality's settings (`MunicipalSettingsHistory.indicatorSettings`): the
    /// standard one while none is saved. Made once per history and kept, since every write counts its child again.
    static func indicatorComputation(municipality: Int, on sql: any SQLDatabase) async throws -> IndicatorComputation {
        let history = try await settingsHistory(municipality: municipality, on: sql)
        guard !history.versions.isEmpty else { return indicatorComputation }
        return IndicatorComputations.shared.computation(for: history)
    }

    // MARK: - The values as stored (JSON)

    static func encodeSetting(_ setting: MunicipalSetting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json(_ value: some Encodable) -> String { String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self) }
        return switch setting {
        case .customaryClosedDays(let days): json(days.map(\.rawValue).sorted())
        case .extraClosedDates(let dates): json(dates.sorted().map(\.iso))
        case .ruleParameter(_, let value): json(value)
        case .target(_, let share): json(share)
        case .immediateHelp(let definition): json(definition)
        case .childsViewsMonths(let months): json(months)
        case .networkMeetingMinimumAge(let age): json(age)
        }
    }

    static func decodeSetting(key text: String, json: String) -> MunicipalSetting? {
        guard let key = MunicipalSetting.Key(text) else { return nil }
        let decoder = JSONDecoder()
        func value<T: Decodable>(_ type: T.Type) -> T? { try? decoder.decode(T.self, from: Data(json.utf8)) }
        switch key {
        case .customaryClosedDays:
            guard let names = value([String].self) else { return nil }
            let days = names.compactMap(WorkdayCalendar.CustomaryClosedDay.init(rawValue:))
            return days.count == names.count ? .customaryClosedDays(Set(days)) : nil
        case .extraClosedDates:
            guard let texts = value([String].self) else { return nil }
            let dates = texts.compactMap(LocalDate.init(iso:))
            return dates.count == texts.count ? .extraClosedDates(Set(dates)) : nil
        case .ruleParameter(let rule): return value(Int.self).map { .ruleParameter(rule: rule, value: $0) }
        case .target(let indicator): return value(Double.self).map { .target(indicator: indicator, share: $0) }
        case .immediateHelp: return value(ImmediateHelpDefinition.self).map { .immediateHelp($0) }
        case .childsViewsMonths: return value(Int.self).map { .childsViewsMonths($0) }
        case .networkMeetingMinimumAge: return value(Int.self).map { .networkMeetingMinimumAge($0) }
        }
    }
}

/// The indicators' computations made under saved settings, by history (a process serves one municipality; a few
/// histories at most are kept).
final class IndicatorComputations: @unchecked Sendable {
    static let shared = IndicatorComputations()
    private let lock = NSLock()
    private var made: [MunicipalSettingsHistory: IndicatorComputation] = [:]

    func computation(for history: MunicipalSettingsHistory) -> IndicatorComputation {
        if let found = lock.withLock({ made[history] }) { return found }
        let computation = IndicatorComputation(grid: Store.indicatorComputation.grid, settings: history.indicatorSettings)
        lock.withLock {
            if made.count >= 8 { made.removeAll() }
            made[history] = computation
        }
        return computation
    }
}

/// The settings a write has read, kept for the rest of that write (one write transaction; a write of the settings
/// forgets them).
final class SettingsMemo: @unchecked Sendable {
    @TaskLocal static var current: SettingsMemo?

    private let lock = NSLock()
    private var histories: [Int: MunicipalSettingsHistory] = [:]

    subscript(municipality: Int) -> MunicipalSettingsHistory? {
        get { lock.withLock { histories[municipality] } }
        set { lock.withLock { histories[municipality] = newValue } }
    }
}
