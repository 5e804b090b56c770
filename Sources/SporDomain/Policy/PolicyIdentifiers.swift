/// An id of one of the policy tracker's things. Ids are plain strings, so content can be written
/// and stored as text; the `Kind` keeps a goal id from being passed where a track id is wanted.
public struct PolicyKey<Kind: PolicyKeyKind>: RawRepresentable, Sendable, Hashable, Codable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Dotted numbers compare part by part, so goal "1.10" sorts after "1.9".
    public static func < (a: Self, b: Self) -> Bool { a.rawValue.precedes(numbered: b.rawValue) }
}

public protocol PolicyKeyKind: Sendable {}
public enum PolicyDocumentKind: PolicyKeyKind {}
public enum TrackKind: PolicyKeyKind {}
public enum GoalKind: PolicyKeyKind {}
public enum InitiativeKind: PolicyKeyKind {}
public enum IndicatorKind: PolicyKeyKind {}
public enum RoundKind: PolicyKeyKind {}

public typealias PolicyID = PolicyKey<PolicyDocumentKind>
/// A strategic track (strategisk spor) of the 2021 policy or a pejlemærke of the strategy.
public typealias TrackID = PolicyKey<TrackKind>
/// A goal (målsætning) by its number, e.g. "2.1"; unique across the content.
public typealias GoalID = PolicyKey<GoalKind>
public typealias InitiativeID = PolicyKey<InitiativeKind>
/// A half-yearly follow-up round, e.g. "2026-1".
public typealias FollowUpRoundID = PolicyKey<RoundKind>
/// An indicator by its id in DOMAIN.md's table of definitions. The definitions themselves
/// (numerator, denominator, period) live with the indicators, not here.
public typealias IndicatorID = PolicyKey<IndicatorKind>

extension PolicyKey where Kind == IndicatorKind {
    public static let immediateHelpShare: IndicatorID = "immediate-help-share"
    public static let networkMeetingFirst: IndicatorID = "network-meeting-first"
    public static let childHeard: IndicatorID = "child-heard"
    public static let childInNetworkMeeting: IndicatorID = "child-in-network-meeting"
    public static let caseworkerChanges: IndicatorID = "caseworker-changes"
    public static let daysToHelp: IndicatorID = "days-to-help"
    public static let deadlinesMet: IndicatorID = "deadlines-met"
    public static let generalSettings: IndicatorID = "general-settings"
    public static let specialised: IndicatorID = "specialised"
    public static let networkPlacements: IndicatorID = "network-placements"
    public static let homecomings: IndicatorID = "homecomings"
    public static let handoverMeetings: IndicatorID = "handover-meetings"
    public static let careLeaverDecision: IndicatorID = "care-leaver-decision"
    public static let goalsProgress: IndicatorID = "goals-progress"
    public static let supportBeforeBirth: IndicatorID = "support-before-birth"
    public static let helpAfterAbsence: IndicatorID = "help-after-absence"
    public static let placedSchooling: IndicatorID = "placed-schooling"
    public static let inSchoolOrWork: IndicatorID = "in-school-or-work"
    public static let leisureParticipation: IndicatorID = "leisure-participation"
    public static let contactVisitsHeld: IndicatorID = "contact-visits-held"
    public static let siblingsPlacedTogether: IndicatorID = "siblings-placed-together"
    public static let siblingsAssessed: IndicatorID = "siblings-assessed"
}

extension String {
    /// Dotted numbers compare part by part; anything else compares as text.
    func precedes(numbered other: String) -> Bool {
        func numbers(_ text: String) -> [Int]? {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            return parts.contains(nil) ? nil : parts.compactMap { $0 }
        }
        guard let a = numbers(self), let b = numbers(other), a != b else { return self < other }
        return a.lexicographicallyPrecedes(b)
    }
}
