import Foundation

/// The deadline rules in force: configuration, not constants in code. A municipality starts from
/// `barnetsLov` and may change a rule's due computation or paragraph where the law was read indirectly.
public struct RuleBook: Sendable, Hashable, Codable {
    public private(set) var rules: [DeadlineRule]

    /// Later rules with an id already used replace the earlier one, so ids stay unique.
    public init(rules: [DeadlineRule]) {
        self.rules = []
        for rule in rules { self[rule.id] = rule }
    }

    /// The rule with this id. Setting nil removes it; setting a rule adds or replaces it.
    public subscript(id: String) -> DeadlineRule? {
        get { rules.first { $0.id == id } }
        set {
            let index = rules.firstIndex { $0.id == id }
            switch (index, newValue) {
            case (let index?, let rule?): rules[index] = rule
            case (let index?, nil): rules.remove(at: index)
            case (nil, let rule?): rules.append(rule)
            case (nil, nil): break
            }
        }
    }

    /// The rules of Barnets Lov that the journal follows, and the policy's agreed actions from network meetings,
    /// handover meetings at transitions and answers to messages from *Min side*; then the previous act's rules
    /// (`DeadlineRule.serviceloven`, valid to 31 December 2023) for measures begun before 2024 and still running.
    public static let barnetsLov = RuleBook(rules: [
        .urgencyAssessment,
        .receipt,
        .notifierFeedback,
        .reassessment,
        .childConversationOnAbuse,
        .networkMeetingAction,
        .investigationFourMonths,
        .preliminaryAssessment,
        .firstFollowUp,
        .firstFollowUpOnPlacement,
        .nextFollowUp,
        .planAfterPlacement,
        .planBeforePlacementWithoutConsent,
        .planAfterSupport,
        .supportAfter18Decision,
        .homecomingFollowUp,
        .homecomingNextFollowUp,
        .youngAdultSupportEnds,
        .transitionHandover,
        .portalMessage,
    ] + DeadlineRule.serviceloven)
}
