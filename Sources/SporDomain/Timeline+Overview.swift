import Foundation

/// The latest time the caseworker met the child or heard the child in the child's own words.
public struct DirectContact: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Børnesamtale held (§ 5, stk. 3), not one recorded as not held.
        case conversation
        /// The child's own views, told or sent from *Min side*.
        case ownViews
        /// A network or handover meeting the child took part in.
        case meeting
    }

    public let entry: UUID
    public let at: Date
    public let kind: Kind
}

/// Someone around the child outside the family: a profession that notified or took part, a user of Spor who owns an
/// agreed action, or a participant named at a handover meeting.
public enum Professional: Sendable, Hashable {
    case profession(ConcernSource)
    case staff(UUID)
    case named(String)
}

extension Timeline {
    /// A notification about (suspected) abuse in the case as it stands: since the latest closure, corrections applied.
    /// The page then says so where the concern level would stand.
    public var abuseSuspected: Bool { abuseSuspectedSince != nil }

    /// When the latest notification about abuse in the case as it stands came (nil: none).
    public var abuseSuspectedSince: Date? {
        for item in items.reversed() {
            switch item.effective {
            case .caseClosed?: return nil
            case .notification(let notification)?: if notification.concernsAbuse { return item.entry.occurredAt }
            default: continue
            }
        }
        return nil
    }

    /// The latest direct contact with the child, by when it happened; corrections applied.
    public var lastDirectContact: DirectContact? {
        for item in items.reversed() {
            guard let payload = item.effective else { continue }
            let kind: DirectContact.Kind?
            switch payload {
            case .childConversation(let conversation): kind = conversation.wasHeld ? .conversation : nil
            case .ownViews(let views): kind = views.who == .child ? .ownViews : nil
            case .networkMeeting(let meeting): kind = meeting.participants.child ? .meeting : nil
            case .handoverMeeting(let meeting): kind = meeting.childPresent ? .meeting : nil
            default: kind = nil
            }
            if let kind { return DirectContact(entry: item.entry.id, at: item.entry.occurredAt, kind: kind) }
        }
        return nil
    }

    /// The professionals the journal names around the child, each once, the most recently named first: notifiers'
    /// professions, those who asked for a consultation, network-meeting participants and agreed-action owners,
    /// handover-meeting participants. Parents, the child and the caseworker's own team are not professionals here.
    public var professionals: [(professional: Professional, at: Date)] {
        var seen: Set<Professional> = []
        var found: [(professional: Professional, at: Date)] = []
        for item in items.reversed() {
            guard let payload = item.effective else { continue }
            var named: [Professional] = []
            switch payload {
            case .notification(let notification):
                if let profession = notification.profession { named.append(.profession(profession)) }
            case .consultation(let consultation):
                named.append(.profession(consultation.askedBy))
            case .networkMeeting(let meeting):
                named += meeting.participants.professions.map(Professional.profession)
                named += meeting.actions.map { .staff($0.owner) }
            case .handoverMeeting(let meeting):
                named += meeting.participants.map { .named($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            default:
                break
            }
            for professional in named where Self.isProfessional(professional) && seen.insert(professional).inserted {
                found.append((professional, item.entry.occurredAt))
            }
        }
        return found
    }

    private static func isProfessional(_ professional: Professional) -> Bool {
        switch professional {
        case .profession(let source): ![.parent, .child, .caseworker, .other].contains(source)
        case .staff: true
        case .named(let name): !name.isEmpty
        }
    }
}
