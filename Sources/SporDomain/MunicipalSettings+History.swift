import Foundation

/// One saved version of a setting: its value, the day it takes effect, who saved it and when. Versions are only added.
public struct SettingVersion: Sendable, Hashable {
    public let setting: MunicipalSetting
    /// The first day (Danish time) the value is in force.
    public let validFrom: LocalDate
    /// The order of saving among the versions of the same key, from 1.
    public let version: Int
    public let savedAt: Date
    public let savedBy: UUID

    public init(setting: MunicipalSetting, validFrom: LocalDate, version: Int, savedAt: Date, savedBy: UUID) {
        self.setting = setting
        self.validFrom = validFrom
        self.version = version
        self.savedAt = savedAt
        self.savedBy = savedBy
    }
}

/// Every saved version of the municipality's settings, and what is in force on a day.
///
/// On a day, each setting's value is that of its version with the latest valid-from day on or before it (of two with the
/// same day, the one saved last); before any version, the standard.
///
/// The boundary for deadlines: an obligation still to fall due on the day a setting takes effect is computed under it;
/// one that fell due before that day keeps the due instant it had. So a closed day added from today moves every deadline
/// across it that has not yet fallen due — whenever its notification came — and no deadline already met or missed moves.
public struct MunicipalSettingsHistory: Sendable, Hashable {
    public let versions: [SettingVersion]

    public init(versions: [SettingVersion]) {
        self.versions = versions
    }

    public static let empty = MunicipalSettingsHistory(versions: [])

    /// The days a version takes effect, ascending.
    public var changeDays: [LocalDate] { Set(versions.map(\.validFrom)).sorted() }

    public func inForce(on day: LocalDate) -> MunicipalSettings {
        var settings = MunicipalSettings.standard
        var chosen: [MunicipalSetting.Key: SettingVersion] = [:]
        for version in versions where version.validFrom <= day {
            let key = version.setting.key
            if let current = chosen[key], (current.validFrom, current.version) > (version.validFrom, version.version) { continue }
            chosen[key] = version
        }
        for version in chosen.values { settings.apply(version.setting) }
        return settings
    }

    /// The versions of one setting, newest saved first.
    public func history(of key: MunicipalSetting.Key) -> [SettingVersion] {
        versions.filter { $0.setting.key == key }.sorted { $0.version > $1.version }
    }

    /// What the indicators are counted under: every period under the newest values decided (the last valid-from day's,
    /// so a period's number reads the same definition as the next year's), and the deadlines as they were running
    /// (`obligations`). Without versions, the standard.
    public var indicatorSettings: IndicatorSettings {
        guard let last = changeDays.last else { return .standard }
        var settings = inForce(on: last).indicatorSettings
        settings.settingsHistory = self
        return settings
    }

    /// The rule book's obligations on `timeline` under the settings as they changed over time (see the boundary above).
    /// Without versions, exactly `RuleBook.barnetsLov.obligations(…)` on the standard calendar.
    public func obligations(for timeline: Timeline, child: UUID, birthDate: LocalDate?, now: Date, caseworker: UUID?) -> [Obligation] {
        let standard = MunicipalSettings.standard
        var obligations = standard.ruleBook.obligations(for: timeline, child: child, birthDate: birthDate, calendar: standard.calendar,
                                                        now: now, caseworker: caseworker)
        for day in changeDays {
            let settings = inForce(on: day)
            let boundary = DanishTime.startOfDay(day)
            let fresh = settings.ruleBook.obligations(for: timeline, child: child, birthDate: birthDate, calendar: settings.calendar,
                                                      now: now, caseworker: caseworker)
            var index = Dictionary(obligations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            for obligation in fresh {
                if let at = index[obligation.id] {
                    if obligations[at].due > boundary { obligations[at] = obligation }
                } else {
                    index[obligation.id] = obligations.count
                    obligations.append(obligation)
                }
            }
        }
        return obligations
    }
}
