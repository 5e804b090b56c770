import Foundation
import SporDomain
import SporStore

/// What the settings page shows: the values in force today, each deadline parameter and target with its bounds, every
/// saved version (who, when, from when), and how far the recount after the last change has come.
struct SettingsModel {
    struct Version {
        let version: SettingVersion
        let savedBy: String
    }

    let today: LocalDate
    let inForce: MunicipalSettings
    /// Newest saved first.
    let history: [Version]
    let parameters: [(parameter: RuleParameter, rule: DeadlineRule)]
    /// The share indicators, with the target in force.
    let targets: [IndicatorDefinition]
    let recount: SettingsRecount.State

    static func query(store: Store, user: UserRecord, now: Date, recount: SettingsRecount.State) async throws -> SettingsModel {
        let history = try await store.settingsHistory()
        let names = Dictionary(uniqueKeysWithValues: try await store.users().map { ($0.id, $0.displayName) })
        return SettingsModel(history: history, names: names, today: DanishTime.localDate(of: now), recount: recount)
    }

    init(history: MunicipalSettingsHistory, names: [UUID: String], today: LocalDate, recount: SettingsRecount.State) {
        self.today = today
        inForce = history.inForce(on: today)
        self.history = history.versions.sorted { ($0.savedAt, $0.version) > ($1.savedAt, $1.version) }
            .map { Version(version: $0, savedBy: names[$0.savedBy] ?? "–") }
        let book = RuleBook.barnetsLov
        parameters = RuleParameter.all.compactMap { parameter in book[parameter.rule].map { (parameter, $0) } }
        targets = inForce.applyingTargets(to: IndicatorDefinition.standard().filter { IndicatorDefinition.shareTargets[$0.id] != nil })
        self.recount = recount
    }

    /// The forms of the page, by the name each posts in `form`.
    enum Form: String, CaseIterable {
        case calendar, closedDate = "closed-date", removeDates = "remove-dates", rule, target, immediateHelp = "immediate-help", course
    }

    /// The field a closed date is removed by ("remove-2027-01-02").
    static func removeField(_ date: LocalDate) -> String { "remove-\(date.iso)" }

    /// The settings a form sent, each to be saved as a new version (validated by the store before any is saved).
    static func settings(from values: FormValues, form: Form, inForce: MunicipalSettings) throws -> [MunicipalSetting] {
        switch form {
        case .calendar:
            return [.customaryClosedDays(Set(WorkdayCalendar.CustomaryClosedDay.allCases.filter { values.flag($0.rawValue) }))]
        case .closedDate:
            return [.extraClosedDates(inForce.extraClosedDates.union([try values.date("closedDate")]))]
        case .removeDates:
            return [.extraClosedDates(inForce.extraClosedDates.filter { !values.flag(removeField($0)) })]
        case .rule:
            let rule = values.text("rule")
            guard RuleParameter.named(rule) != nil else { throw FormError(field: "rule", text: Strings.errorChoiceInvalid) }
            guard let value = try values.optionalInt("value") else { throw FormError(field: "value", text: Strings.errorNumberInvalid) }
            return [.ruleParameter(rule: rule, value: value)]
        case .target:
            let indicator = values.text("indicator")
            guard IndicatorDefinition.shareTargets[indicator] != nil else { throw FormError(field: "indicator", text: Strings.errorChoiceInvalid) }
            let text = values.text("target").replacingOccurrences(of: ",", with: ".")
            guard let percent = Double(text), percent.isFinite, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 }) else {
                throw FormError(field: "target", text: Strings.errorNumberInvalid)
            }
            return [.target(indicator: indicator, share: percent / 100)]
        case .immediateHelp:
            let kinds: Set<EntryKind> = values.flag("focusedAssessment") ? [.investigationConcluded, .focusedAssessmentConcluded] : [.investigationConcluded]
            return [.immediateHelp(ImmediateHelpDefinition(ruledOutBy: kinds, lookbackMonths: try values.optionalInt("lookbackMonths")))]
        case .course:
            guard let months = try values.optionalInt("childsViewsMonths") else { throw FormError(field: "childsViewsMonths", text: Strings.errorNumberInvalid) }
            guard let age = try values.optionalInt("networkMeetingMinimumAge") else {
                throw FormError(field: "networkMeetingMinimumAge", text: Strings.errorNumberInvalid)
            }
            return [.childsViewsMonths(months), .networkMeetingMinimumAge(age)]
        }
    }
}
