import Foundation

/// Fritid: a leisure activity the child takes part in, recorded in the plan and at each follow-up. The policy's third
/// track, *Sundhed, trivsel og fællesskaber* (seed 000): "Alle børn og unge skal have mulighed for et aktivt fritidsliv"
/// — children are motivated to take part in clubs, associations and other culture and leisure offers, and children
/// with special needs get support to take part.
public struct LeisureActivity: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Klub, fritidsklub, ungdomsklub.
        case club
        /// Forening, idræt, spejder.
        case association
        /// Kultur, musik, billedskole.
        case culture
        /// Fritidsjob.
        case leisureJob
        /// Andet.
        case other
    }

    /// Støtte til at deltage (seed 000: "børn og unge med særlige behov får støtte til deltagelsen").
    public enum Support: String, Sendable, Hashable, Codable, CaseIterable {
        /// Ingen støtte.
        case none
        /// Fritidspas: the municipality pays the membership.
        case leisurePass
        /// Fritidsvejleder: helps find and start an activity.
        case leisureGuide
        /// A kontaktperson or another adult goes along.
        case contactPersonAlong
        /// Anden støtte.
        case other
    }

    /// What holds at a follow-up.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Deltager stadig.
        case takesPart
        /// Er stoppet.
        case stopped
        /// Er begyndt siden sidst.
        case started
    }

    /// Stable from the plan through its follow-ups, so that a follow-up says what became of each activity.
    public var id: UUID
    public var kind: Kind
    /// What and where, e.g. "Fodbold i Grenaa IF".
    public var name: String
    public var support: Support
    /// At a follow-up, what holds now; nil in a plan (the child takes part).
    public var status: Status?

    public init(id: UUID = UUID(), kind: Kind, name: String, support: Support = .none, status: Status? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.support = support
        self.status = status
    }

    /// Whether the child takes part in it (has not stopped).
    public var takesPart: Bool { status != .stopped }
}

/// The area a plan goal belongs to, where it is marked: health (healthy habits — food, exercise, sleep, dental care,
/// mental health) or leisure (an active leisure life).
public enum GoalArea: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sundhed og sunde vaner.
    case health
    /// Fritid og fællesskaber.
    case leisure
}

extension Array where Element == LeisureActivity {
    /// Whether the child takes part in at least one of them.
    public var takesPart: Bool { contains(where: \.takesPart) }
}

extension JournalRules {
    /// Each activity is named; an activity is listed once.
    static func validateLeisure(_ activities: [LeisureActivity]?) throws(DomainError) {
        guard let activities else { return }
        for activity in activities { try requireText(activity.name, field: "leisure") }
        guard Set(activities.map(\.id)).count == activities.count else { throw DomainError(.textMissing, field: "leisure") }
    }
}

extension Timeline {
    /// The latest record of the child's leisure: the newest plan or follow-up, as the course now reads it, that records
    /// it (a plan or follow-up from before leisure was recorded says nothing). Nil when none does.
    public func latestLeisure() -> (entry: UUID, at: Date, activities: [LeisureActivity])? {
        for item in items.reversed() {
            switch item.effective {
            case .plan(let plan)?:
                if let leisure = plan.leisure { return (item.entry.id, item.entry.occurredAt, leisure) }
            case .followUp(let followUp)?:
                if let leisure = followUp.leisure { return (item.entry.id, item.entry.occurredAt, leisure) }
            default:
                continue
            }
        }
        return nil
    }
}
