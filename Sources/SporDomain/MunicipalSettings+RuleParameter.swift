import Foundation

/// The one number of a deadline rule the municipality may choose, with the bounds it may choose in. Never the rule's
/// paragraph, trigger or what meets it. Where the law sets the time, the law's number is the bound the municipality may
/// not pass: it may answer sooner than the law's 24 hours or 6 working days, and decide on support after 18 earlier than
/// 6 months before the birthday, never later. Where the time is a default of ours or the policy's, the bounds only keep
/// the number sensible.
public struct RuleParameter: Sendable, Hashable, Identifiable {
    /// The rule's id.
    public let rule: String
    public var id: String { rule }
    public let unit: Unit
    public let standard: Int
    public let minimum: Int
    public let maximum: Int
    /// Whether `minimum` (and `maximum`) is the law's, not a sensible bound of ours.
    public let minimumIsLaw: Bool
    public let maximumIsLaw: Bool

    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case hours, workingDays, calendarDays, months
        /// Months before the birthday the due computation names (§ 111).
        case monthsBefore
    }

    /// Every rule with a parameter of the municipality's, in the rule book's order.
    public static let all: [RuleParameter] = [
        // § 136: within 24 hours — the law's most.
        RuleParameter(rule: DeadlineRule.urgencyAssessment.id, unit: .hours, standard: 24, minimum: 1, maximum: 24,
                      minimumIsLaw: false, maximumIsLaw: true),
        // The receipt within 6 working days (DOMAIN.md) — the law's most.
        RuleParameter(rule: DeadlineRule.receipt.id, unit: .workingDays, standard: 6, minimum: 1, maximum: 6,
                      minimumIsLaw: false, maximumIsLaw: true),
        // 3 months is a default, not the law's (the rule's own note).
        RuleParameter(rule: DeadlineRule.notifierFeedback.id, unit: .months, standard: 3, minimum: 1, maximum: 6,
                      minimumIsLaw: false, maximumIsLaw: false),
        // 7 days is a default, not the law's (the rule's own note).
        RuleParameter(rule: DeadlineRule.childConversationOnAbuse.id, unit: .calendarDays, standard: 7, minimum: 1, maximum: 30,
                      minimumIsLaw: false, maximumIsLaw: false),
        // § 111: the decision at least 6 months before the 18th birthday — the law's least.
        RuleParameter(rule: DeadlineRule.supportAfter18Decision.id, unit: .monthsBefore, standard: 6, minimum: 6, maximum: 12,
                      minimumIsLaw: true, maximumIsLaw: false),
        // The policy's handover meeting, 30 days after the transition.
        RuleParameter(rule: DeadlineRule.transitionHandover.id, unit: .calendarDays, standard: 30, minimum: 0, maximum: 90,
                      minimumIsLaw: false, maximumIsLaw: false),
        // The municipality's own service promise for messages from Min side.
        RuleParameter(rule: DeadlineRule.portalMessage.id, unit: .workingDays, standard: 2, minimum: 1, maximum: 10,
                      minimumIsLaw: false, maximumIsLaw: false),
    ]

    public static func named(_ rule: String) -> RuleParameter? {
        all.first { $0.rule == rule }
    }

    /// Refuses a value outside the bounds: below the law's minimum (or above its maximum) with the law's number named.
    public func validate(_ value: Int) throws(DomainError) {
        if value < minimum {
            throw DomainError(minimumIsLaw ? .settingBelowLawMinimum : .settingOutOfRange, field: "value",
                              names: minimumIsLaw ? [String(minimum)] : ["\(minimum)–\(maximum)"])
        }
        if value > maximum {
            throw DomainError(maximumIsLaw ? .settingAboveLawMaximum : .settingOutOfRange, field: "value",
                              names: maximumIsLaw ? [String(maximum)] : ["\(minimum)–\(maximum)"])
        }
    }

    /// The rule with `value` in its due computation and its title; its paragraph, trigger and discharge as they were.
    public func applied(to rule: DeadlineRule, value: Int) -> DeadlineRule {
        var changed = rule
        switch (unit, rule.due) {
        case (.hours, .realHours): changed.due = .realHours(value)
        case (.workingDays, .endOfWorkingDay): changed.due = .endOfWorkingDay(afterWorkingDays: value)
        case (.calendarDays, .calendarDays): changed.due = .calendarDays(value)
        case (.months, .months): changed.due = .months(value)
        case (.monthsBefore, .birthday(let age, _)): changed.due = .birthday(age: age, offsetMonths: -value)
        default: return rule
        }
        let (da, en) = unit.words
        changed.titleDa = rule.titleDa.replacingOccurrences(of: "\(standard) \(da)", with: "\(value) \(da)")
        changed.titleEn = rule.titleEn.replacingOccurrences(of: "\(standard) \(en)", with: "\(value) \(en)")
        return changed
    }
}

extension RuleParameter.Unit {
    /// The unit as the rules' titles write it, in Danish and English.
    var words: (da: String, en: String) {
        switch self {
        case .hours: ("timer", "hours")
        case .workingDays: ("hverdage", "working days")
        case .calendarDays: ("dage", "days")
        case .months, .monthsBefore: ("måneder", "months")
        }
    }
}
