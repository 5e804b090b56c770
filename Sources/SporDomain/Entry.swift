import Foundation

/// Every kind of step in a child's course (DOMAIN.md, "The course of a child").
/// One closed set for the whole course; a kind becomes writable when its payload exists.
public enum EntryKind: String, Sendable, Codable, CaseIterable {
    /// Bekymring.
    case concern
    /// Sparring with the outreach counsellor.
    case consultation
    /// Netværksmøde (SOS structure).
    case networkMeeting
    /// Underretning. Barnets Lov § 133–137.
    case notification
    /// Vurdering inden 24 timer. § 136.
    case urgencyAssessment
    /// Kvittering til fagperson inden 6 hverdage.
    case receiptSent
    /// Tilbagemelding til fagperson.
    case notifierFeedback
    /// Screening, § 18.
    case screening
    /// Afdækning, § 19, begins.
    case focusedAssessment
    /// Afdækning concluded.
    case focusedAssessmentConcluded
    /// Børnefaglig undersøgelse, § 20–23, begins.
    case investigation
    /// Børnefaglig undersøgelse concluded (§ 22, stk. 6).
    case investigationConcluded
    /// Foreløbig vurdering when an investigation runs over 4 months, § 20, stk. 3.
    case preliminaryAssessment
    /// Børnesamtale, § 5 stk. 3.
    case childConversation
    /// The child's or a parent's own views, told before a meeting.
    case ownViews
    /// Afgørelse.
    case decision
    /// Indsats begynder.
    case measureStarted
    /// Indsats ophører.
    case measureEnded
    /// Barnets plan / ungeplan, § 91–92, § 108–109.
    case plan
    /// Opfølgning, § 95.
    case followUp
    /// Anbringelse begynder.
    case placementStarted
    /// Anbringelse ophører (e.g. hjemgivelse).
    case placementEnded
    /// Hjemgivelsesplan: the support, the day and the follow-up period of a placed child's homecoming (§§ 99–102).
    case homecomingPlan
    /// Opfølgning efter hjemgivelse: how the child is doing at home, within the homecoming's follow-up period.
    case homecomingFollowUp
    /// Plejefamilien: the foster carers of a placement, as people.
    case fosterCarers
    /// Overgang.
    case transition
    /// Overleveringsmøde before or at a transition.
    case handoverMeeting
    case caseworkerAssigned
    /// Journalnotat (notatpligt, Offentlighedsloven § 13).
    case journalNote
    case correction
    case caseClosed
    /// A task that is not a legal deadline (an agreed action, a message from *Min side*) done, not done or cancelled.
    case taskCompleted
    /// Ikke relevant: a deadline marked as not applying, with the reason.
    case deadlineNotRelevant
    /// Brev: a letter finalised from a template, filed as it was sent.
    case letter
    /// A finalised letter handed over for sending.
    case letterHandedOver
    /// Bilag: a document that came in, attached to the journal.
    case attachment
    /// Skole og beskæftigelse: daycare, school, education or work from a day on.
    case schooling
    /// Samværsplan: a placed child's contact plan (who, how often, supervised or not, from which day).
    case contactPlan
    /// Samvær: a contact visit held or cancelled, against a contact plan.
    case contactVisit
    /// Beredskab: a step of the preparedness on a notification about abuse (the child heard without the parents, the
    /// police, the børnehus, the parents not informed yet).
    case preparednessStep
}

extension EntryKind {
    /// Kinds that open a case when none is open. Others (a note, a correction) are recorded on the
    /// course without opening it.
    public var opensCase: Bool {
        switch self {
        case .concern, .consultation, .networkMeeting, .notification, .caseworkerAssigned, .decision,
             .measureStarted, .placementStarted, .investigation, .focusedAssessment, .screening:
            true
        default:
            false
        }
    }
}

/// Who raised a concern.
public enum ConcernSource: String, Sendable, Codable, CaseIterable {
    case teacher, pedagogue, healthVisitor, ppr, ssp, doctor, parent, child, caseworker, other
}

/// Bekymring: a worry about a child, graded on the concern scale.
public struct Concern: Sendable, Hashable, Codable {
    public var level: ConcernLevel
    public var source: ConcernSource
    public var description: String
    /// Skolefravær: the concern is the school's report of absence, with its share (nil: another concern; a concern
    /// stored before the category existed reads as nil).
    public var absence: SchoolAbsence?

    public init(level: ConcernLevel, source: ConcernSource, description: String, absence: SchoolAbsence? = nil) {
        self.level = level
        self.source = source
        self.description = description
        self.absence = absence
    }
}

/// Journalnotat. An early-help note (tidlig indsats) is the outreach counsellor's note on help given
/// before, or instead of, a case: it is marked so the early-help work can be told and counted.
public struct JournalNote: Sendable, Hashable, Codable {
    public var text: String
    public var earlyHelp: Bool

    public init(text: String, earlyHelp: Bool = false) {
        self.text = text
        self.earlyHelp = earlyHelp
    }

    private enum CodingKeys: String, CodingKey { case text, earlyHelp }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        earlyHelp = try container.decodeIfPresent(Bool.self, forKey: .earlyHelp) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        if earlyHelp { try container.encode(true, forKey: .earlyHelp) }
    }
}

/// Sparring: a professional asks the outreach counsellor for advice about a child. It may first be held
/// anonymously (no child named) and linked to the child later; the linked entry keeps the anonymous
/// record's id and the time it was held.
public struct Consultation: Sendable, Hashable, Codable {
    /// Who asked (a teacher, a pædagog, …).
    public var askedBy: ConcernSource
    /// What the asker is worried about.
    public var question: String
    /// What the counsellor advised, and what happens next.
    public var advice: String
    /// The anonymous record this entry links, if it was first held without the child's name.
    public var anonymousRecord: UUID?

    public init(askedBy: ConcernSource, question: String, advice: String, anonymousRecord: UUID? = nil) {
        self.askedBy = askedBy
        self.question = question
        self.advice = advice
        self.anonymousRecord = anonymousRecord
    }
}

/// A caseworker takes over the child's case.
public struct CaseworkerAssignment: Sendable, Hashable, Codable {
    public var caseworker: UUID
    public init(caseworker: UUID) { self.caseworker = caseworker }
}

public struct CaseClosure: Sendable, Hashable, Codable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
}

/// A correction of an earlier entry. The original stays readable; the replacement, if any, is what
/// the course now holds. Without a replacement the original is void (entered in error).
public struct Correction: Sendable, Hashable {
    public var reason: String
    public var replacement: EntryPayload?

    public init(reason: String, replacement: EntryPayload?) {
        self.reason = reason
        self.replacement = replacement
    }
}

/// What an entry says. The cases are the writable entry kinds.
public indirect enum EntryPayload: Sendable, Hashable {
    case concern(Concern)
    case consultation(Consultation)
    case notification(Notification)
    case urgencyAssessment(UrgencyAssessment)
    case receiptSent(Receipt)
    case notifierFeedback(NotifierFeedback)
    case networkMeeting(NetworkMeeting)
    case journalNote(JournalNote)
    case caseworkerAssigned(CaseworkerAssignment)
    case caseClosed(CaseClosure)
    case correction(Correction)
    case focusedAssessment(AssessmentStart)
    case focusedAssessmentConcluded(AssessmentConclusion)
    case investigation(AssessmentStart)
    case investigationConcluded(AssessmentConclusion)
    case preliminaryAssessment(PreliminaryAssessment)
    case childConversation(ChildConversation)
    case ownViews(OwnViews)
    case decision(Decision)
    case measureStarted(MeasureStart)
    case measureEnded(MeasureEnd)
    case placementStarted(PlacementStart)
    case placementEnded(PlacementEnd)
    case homecomingPlan(HomecomingPlan)
    case homecomingFollowUp(HomecomingFollowUp)
    case fosterCarers(FosterCarers)
    case plan(ChildsPlan)
    case followUp(FollowUp)
    case transition(Transition)
    case handoverMeeting(HandoverMeeting)
    case taskCompleted(TaskCompletion)
    case deadlineNotRelevant(DeadlineNotRelevant)
    case letter(Letter)
    case letterHandedOver(LetterHandover)
    case attachment(Attachment)
    case schooling(Schooling)
    case contactPlan(ContactPlan)
    case contactVisit(ContactVisit)
    case preparednessStep(PreparednessStep)

    public var kind: EntryKind {
        switch self {
        case .concern: .concern
        case .consultation: .consultation
        case .notification: .notification
        case .urgencyAssessment: .urgencyAssessment
        case .receiptSent: .receiptSent
        case .notifierFeedback: .notifierFeedback
        case .networkMeeting: .networkMeeting
        case .journalNote: .journalNote
        case .caseworkerAssigned: .caseworkerAssigned
        case .caseClosed: .caseClosed
        case .correction: .correction
        case .focusedAssessment: .focusedAssessment
        case .focusedAssessmentConcluded: .focusedAssessmentConcluded
        case .investigation: .investigation
        case .investigationConcluded: .investigationConcluded
        case .preliminaryAssessment: .preliminaryAssessment
        case .childConversation: .childConversation
        case .ownViews: .ownViews
        case .decision: .decision
        case .measureStarted: .measureStarted
        case .measureEnded: .measureEnded
        case .placementStarted: .placementStarted
        case .placementEnded: .placementEnded
        case .homecomingPlan: .homecomingPlan
        case .homecomingFollowUp: .homecomingFollowUp
        case .fosterCarers: .fosterCarers
        case .plan: .plan
        case .followUp: .followUp
        case .transition: .transition
        case .handoverMeeting: .handoverMeeting
        case .taskCompleted: .taskCompleted
        case .deadlineNotRelevant: .deadlineNotRelevant
        case .letter: .letter
        case .letterHandedOver: .letterHandedOver
        case .attachment: .attachment
        case .schooling: .schooling
        case .contactPlan: .contactPlan
        case .contactVisit: .contactVisit
        case .preparednessStep: .preparednessStep
        }
    }
}

/// A journal entry: one signed, dated fact in a child's course. Never changed, never removed.
public struct Entry: Sendable, Hashable, Identifiable {
    public let id: UUID
    public let municipality: Int
    public let child: UUID
    public let payload: EntryPayload
    /// When it happened (as told by the author).
    public let occurredAt: Date
    /// When Spor recorded it.
    public let recordedAt: Date
    public let author: UUID
    /// The entry this one corrects (only for `.correction`).
    public let corrects: UUID?

    public init(id: UUID = UUID(), municipality: Int, child: UUID, payload: EntryPayload,
                occurredAt: Date, recordedAt: Date, author: UUID, corrects: UUID? = nil) {
        self.id = id
        self.municipality = municipality
        self.child = child
        self.payload = payload
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.author = author
        self.corrects = corrects
    }

    public var kind: EntryKind { payload.kind }
}
