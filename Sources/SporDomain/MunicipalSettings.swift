import Foundation

/// The settings a municipality keeps without code (issue 25, item 2): its closed days, the deadline rules' parameters
/// the law leaves to it, the indicators' targets, the immediate-help definition and the windows of the course it may
/// choose. Each is kept in versions with the day it takes effect (`SettingVersion`); this is what is in force on one day.
///
/// What is not here is not the municipality's to choose: a rule's paragraph, its trigger and what meets it; the law's
/// ages (a party from 10, § 3; consent and a bisidder from 15, §§ 46 and 6; support 18–22, §§ 114–116).
public struct MunicipalSettings: Sendable, Hashable {
    public var customaryClosedDays: Set<WorkdayCalendar.CustomaryClosedDay>
    public var extraClosedDates: Set<LocalDate>
    /// A rule's id → its parameter (`RuleParameter`); a rule not named keeps its standard.
    public var ruleParameters: [String: Int]
    /// An indicator's id → the share (0–1) the policy aims at; an indicator not named keeps its standard target.
    public var targets: [String: Double]
    public var immediateHelp: ImmediateHelpDefinition
    /// `CourseRules.childsViewsMonths`: a default of ours, not the law's.
    public var childsViewsMonths: Int
    /// `child-in-network-meeting`: the policy's age from which the child takes part.
    public var networkMeetingMinimumAge: Int

    public init(customaryClosedDays: Set<WorkdayCalendar.CustomaryClosedDay> = Set(WorkdayCalendar.CustomaryClosedDay.allCases),
                extraClosedDates: Set<LocalDate> = [], ruleParameters: [String: Int] = [:], targets: [String: Double] = [:],
                immediateHelp: ImmediateHelpDefinition = .standard, childsViewsMonths: Int = CourseRules.standard.childsViewsMonths,
                networkMeetingMinimumAge: Int = IndicatorSettings.standard.networkMeetingMinimumAge) {
        self.customaryClosedDays = customaryClosedDays
        self.extraClosedDates = extraClosedDates
        self.ruleParameters = ruleParameters
        self.targets = targets
        self.immediateHelp = immediateHelp
        self.childsViewsMonths = childsViewsMonths
        self.networkMeetingMinimumAge = networkMeetingMinimumAge
    }

    public static let standard = MunicipalSettings()

    public var calendar: WorkdayCalendar {
        WorkdayCalendar(customaryClosedDays: customaryClosedDays, extraClosedDates: extraClosedDates)
    }

    /// Barnets Lov's rule book with the municipality's parameters.
    public var ruleBook: RuleBook {
        guard !ruleParameters.isEmpty else { return .barnetsLov }
        var book = RuleBook.barnetsLov
        for parameter in RuleParameter.all {
            guard let value = ruleParameters[parameter.rule], let rule = book[parameter.rule] else { continue }
            book[parameter.rule] = parameter.applied(to: rule, value: value)
        }
        return book
    }

    public var courseRules: CourseRules {
        var rules = CourseRules.standard
        rules.childsViewsMonths = childsViewsMonths
        rules.immediateHelp = immediateHelp
        return rules
    }

    public var indicatorSettings: IndicatorSettings {
        var settings = IndicatorSettings(ruleBook: ruleBook, calendar: calendar, courseRules: courseRules,
                                         networkMeetingMinimumAge: networkMeetingMinimumAge)
        settings.deadlineRules = IndicatorSettings.standard.deadlineRules
        return settings
    }

    /// The definitions with the municipality's targets: a share's target becomes "at most" where the standard wants the
    /// value down (`atMost`, `falling`), "at least" otherwise.
    public func applyingTargets(to definitions: [IndicatorDefinition]) -> [IndicatorDefinition] {
        guard !targets.isEmpty else { return definitions }
        return definitions.map { definition in
            guard let share = targets[definition.id], definition.unit == .share else { return definition }
            var changed = definition
            switch definition.target {
            case .atMost, .falling: changed.target = .atMost(share)
            case .atLeast, .rising: changed.target = .atLeast(share)
            }
            return changed
        }
    }

    /// Makes `setting` the one in force.
    public mutating func apply(_ setting: MunicipalSetting) {
        switch setting {
        case .customaryClosedDays(let days): customaryClosedDays = days
        case .extraClosedDates(let dates): extraClosedDates = dates
        case .ruleParameter(let rule, let value): ruleParameters[rule] = value
        case .target(let indicator, let share): targets[indicator] = share
        case .immediateHelp(let definition): immediateHelp = definition
        case .childsViewsMonths(let months): childsViewsMonths = months
        case .networkMeetingMinimumAge(let age): networkMeetingMinimumAge = age
        }
    }

    /// The value of the setting with `key` in force.
    public func setting(key: String) -> MunicipalSetting? {
        switch MunicipalSetting.Key(key) {
        case .customaryClosedDays: .customaryClosedDays(customaryClosedDays)
        case .extraClosedDates: .extraClosedDates(extraClosedDates)
        case .ruleParameter(let rule):
            RuleParameter.named(rule).map { .ruleParameter(rule: rule, value: ruleParameters[rule] ?? $0.standard) }
        case .target(let indicator):
            if let share = targets[indicator] {
                .target(indicator: indicator, share: share)
            } else if case .atLeast(let share)? = IndicatorDefinition.shareTargets[indicator] {
                .target(indicator: indicator, share: share)
            } else if case .atMost(let share)? = IndicatorDefinition.shareTargets[indicator] {
                .target(indicator: indicator, share: share)
            } else {
                nil
            }
        case .immediateHelp: .immediateHelp(immediateHelp)
        case .childsViewsMonths: .childsViewsMonths(childsViewsMonths)
        case .networkMeetingMinimumAge: .networkMeetingMinimumAge(networkMeetingMinimumAge)
        case nil: nil
        }
    }
}

/// One setting and its value: what a version saves.
public enum MunicipalSetting: Sendable, Hashable {
    case customaryClosedDays(Set<WorkdayCalendar.CustomaryClosedDay>)
    case extraClosedDates(Set<LocalDate>)
    case ruleParameter(rule: String, value: Int)
    /// A share, 0–1.
    case target(indicator: String, share: Double)
    case immediateHelp(ImmediateHelpDefinition)
    case childsViewsMonths(Int)
    case networkMeetingMinimumAge(Int)

    /// Which setting: a version's key.
    public enum Key: Sendable, Hashable {
        case customaryClosedDays, extraClosedDates, immediateHelp, childsViewsMonths, networkMeetingMinimumAge
        case ruleParameter(String)
        case target(String)

        public init?(_ key: String) {
            switch key {
            case "customaryClosedDays": self = .customaryClosedDays
            case "extraClosedDates": self = .extraClosedDates
            case "immediateHelp": self = .immediateHelp
            case "childsViewsMonths": self = .childsViewsMonths
            case "networkMeetingMinimumAge": self = .networkMeetingMinimumAge
            default:
                if key.hasPrefix("rule:") { self = .ruleParameter(String(key.dropFirst(5))) }
                else if key.hasPrefix("target:") { self = .target(String(key.dropFirst(7))) }
                else { return nil }
            }
        }

        public var text: String {
            switch self {
            case .customaryClosedDays: "customaryClosedDays"
            case .extraClosedDates: "extraClosedDates"
            case .immediateHelp: "immediateHelp"
            case .childsViewsMonths: "childsViewsMonths"
            case .networkMeetingMinimumAge: "networkMeetingMinimumAge"
            case .ruleParameter(let rule): "rule:\(rule)"
            case .target(let indicator): "target:\(indicator)"
            }
        }
    }

    public var key: Key {
        switch self {
        case .customaryClosedDays: .customaryClosedDays
        case .extraClosedDates: .extraClosedDates
        case .ruleParameter(let rule, _): .ruleParameter(rule)
        case .target(let indicator, _): .target(indicator)
        case .immediateHelp: .immediateHelp
        case .childsViewsMonths: .childsViewsMonths
        case .networkMeetingMinimumAge: .networkMeetingMinimumAge
        }
    }

    /// Refuses a valid-from day in the past (what fell due stays as it fell due) or more than 5 years ahead.
    public static func validateValidFrom(_ day: LocalDate, today: LocalDate) throws(DomainError) {
        guard (today...today.adding(years: 5)).contains(day) else {
            throw DomainError(.settingDateOutOfRange, field: "validFrom", names: [day.iso])
        }
    }

    /// Refuses a value the law or the setting does not allow, naming the form's field.
    public func validate(today: LocalDate) throws(DomainError) {
        switch self {
        case .customaryClosedDays:
            break
        case .extraClosedDates(let dates):
            let accepted = LocalDate(year: today.year, month: 1, day: 1)!...today.adding(years: 5)
            if let outside = dates.sorted().first(where: { !accepted.contains($0) }) {
                throw DomainError(.settingDateOutOfRange, field: "closedDate", names: [outside.iso])
            }
        case .ruleParameter(let rule, let value):
            guard let parameter = RuleParameter.named(rule) else { throw DomainError(.settingUnknown, field: "value") }
            try parameter.validate(value)
        case .target(let indicator, let share):
            guard IndicatorDefinition.shareTargets[indicator] != nil else { throw DomainError(.settingUnknown, field: "target") }
            guard share.isFinite, (0...1).contains(share) else { throw DomainError(.targetOutOfRange, field: "target") }
        case .immediateHelp(let definition):
            if let months = definition.lookbackMonths, !(1...120).contains(months) {
                throw DomainError(.settingOutOfRange, field: "lookbackMonths", names: ["1–120"])
            }
            guard definition.ruledOutBy.contains(.investigationConcluded),
                  definition.ruledOutBy.isSubset(of: [.investigationConcluded, .focusedAssessmentConcluded]) else {
                throw DomainError(.settingUnknown, field: "ruledOutBy")
            }
        case .childsViewsMonths(let months):
            guard (1...12).contains(months) else { throw DomainError(.settingOutOfRange, field: "childsViewsMonths", names: ["1–12"]) }
        case .networkMeetingMinimumAge(let age):
            guard (0...17).contains(age) else { throw DomainError(.settingOutOfRange, field: "networkMeetingMinimumAge", names: ["0–17"]) }
        }
    }
}

extension IndicatorDefinition {
    /// The share indicators whose target a municipality may set (as a share, 0–1), with their standard target.
    public static let shareTargets: [String: Target] = Dictionary(uniqueKeysWithValues: standard().filter { $0.unit == .share }
        .map { ($0.id, $0.target) })
}
