import Foundation

/// Who reads the family's portal (issue 8): the child (from 10) or a parent with custody.
public enum FamilyReader: Sendable, Hashable {
    case child
    /// A parent: the `Person` the account belongs to.
    case parent(UUID)

    public var who: OwnViews.Who {
        switch self {
        case .child: .child
        case .parent: .parent
        }
    }
}

/// What a child or a parent sees of the child's course: the plan and how it is going, the help and from whom, the
/// contact person, the next meeting, and — for parents — the decisions with complaint guidance. Built from the
/// course alone, and only from the kinds listed here: journal notes, concerns, notifications (and so who notified),
/// assessments and consultations never reach it.
public struct FamilyView: Sendable, Hashable {
    public struct Goal: Sendable, Hashable {
        public let what: String
        public let byWhen: LocalDate
        public let howWeWillKnow: String
        public let rating: GoalRating?
    }

    public struct Help: Sendable, Hashable {
        /// The offer's id in the catalogue.
        public let offer: String
        public let since: Date
        public let isPlacement: Bool
    }

    public struct DecisionSummary: Sendable, Hashable {
        public let entry: UUID
        public let decidedAt: Date
        public let outcome: Decision.Outcome
        public let offers: [String]
        public let legalBasis: LegalBasis
        public let purpose: String
        public let expectedEnd: LocalDate?
    }

    public struct Meeting: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case networkMeeting, followUp, handoverMeeting, childConversation }
        public let kind: Kind
        public let at: Date
    }

    /// Views this reader sent through the portal, newest first.
    public struct SentViews: Sendable, Hashable {
        public let entry: UUID
        public let at: Date
        public let views: OwnViews
    }

    public let reader: FamilyReader
    public let goals: [Goal]
    public let childsHopes: String?
    public let help: [Help]
    public let caseworker: UUID?
    public let nextFollowUp: LocalDate?
    /// Meetings held, newest first (parents).
    public let meetings: [Meeting]
    /// Decisions, newest first (parents only: the child's page explains the right to complain instead).
    public let decisions: [DecisionSummary]
    public let sent: [SentViews]

    /// Reads the course for `reader`. `author` is the portal account: only what it sent is listed as sent.
    public init(timeline: Timeline, state: CaseState, reader: FamilyReader, author: UUID) {
        self.reader = reader
        goals = (state.plan?.goals ?? []).map {
            Goal(what: $0.goal.what, byWhen: $0.goal.byWhen, howWeWillKnow: $0.goal.howWeWillKnow, rating: $0.latestRating)
        }
        childsHopes = state.plan?.childsHopes
        help = state.activeMeasures.map { Help(offer: $0.offer, since: $0.since, isPlacement: $0.isPlacement) }
        caseworker = state.caseworker
        nextFollowUp = state.nextFollowUp
        var meetings: [Meeting] = []
        var decisions: [DecisionSummary] = []
        var sent: [SentViews] = []
        for item in timeline.items {
            let at = item.entry.occurredAt
            switch item.effective {
            case .networkMeeting?: meetings.append(Meeting(kind: .networkMeeting, at: at))
            case .followUp?: meetings.append(Meeting(kind: .followUp, at: at))
            case .handoverMeeting?: meetings.append(Meeting(kind: .handoverMeeting, at: at))
            case .childConversation(let conversation)? where conversation.wasHeld:
                meetings.append(Meeting(kind: .childConversation, at: at))
            case .decision(let decision)?:
                decisions.append(DecisionSummary(entry: item.entry.id, decidedAt: at, outcome: decision.outcome, offers: decision.offers,
                                                 legalBasis: decision.legalBasis, purpose: decision.purpose, expectedEnd: decision.expectedEnd))
            case .ownViews(let views)? where item.entry.author == author:
                sent.append(SentViews(entry: item.entry.id, at: at, views: views))
            default:
                break
            }
        }
        self.meetings = meetings.sorted { $0.at > $1.at }
        if case .parent = reader {
            self.decisions = decisions.sorted { $0.decidedAt > $1.decidedAt }
        } else {
            self.decisions = []
        }
        self.sent = sent.sorted { $0.at > $1.at }
    }
}

/// A child's rights in their own case, explained for their age (DOMAIN.md; Barnets Lov § 5, § 6, § 3 and the
/// consent rules). Each says from which age it holds, so a page can say "when you turn 15".
public struct ChildRight: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// To be heard before anything is decided (§ 5): at every age.
        case beHeard
        /// To bring a bisidder to every meeting (§ 6).
        case bisidder
        /// To complain about a decision, as a party, from 10 (§ 3).
        case complain
        /// To consent (or not) to a placement or measure, from 15.
        case consent
    }

    public let kind: Kind
    /// The age the right starts at; nil at every age.
    public let fromAge: Int?
    public let holds: Bool

    /// Every right, marked for a child of `age`.
    public static func all(age: Int, rules: CourseRules = .standard) -> [ChildRight] {
        [
            ChildRight(kind: .beHeard, fromAge: nil, holds: true),
            ChildRight(kind: .bisidder, fromAge: nil, holds: true),
            ChildRight(kind: .complain, fromAge: rules.partyAge, holds: age >= rules.partyAge),
            ChildRight(kind: .consent, fromAge: rules.consentAge, holds: age >= rules.consentAge),
        ]
    }
}

extension OfferCatalogue {
    /// Open offers (no referral, no decision) meant for a child of `age`, by name; leisure offers are listed apart
    /// (`leisureOffers(forAge:)`).
    public func openOffers(forAge age: Int) -> [Offer] {
        offers.filter { offer in
            offer.access == .open && offer.leisure == nil && (offer.minimumAge ?? 0) <= age && age <= (offer.maximumAge ?? 22)
        }
        .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
