import Foundation

/// Where a child's course stands: the stage of the case the page and the timeline are grouped by. DOMAIN.md, "The
/// course of a child".
public enum CasePhase: String, Sendable, Hashable, CaseIterable {
    /// Tidlig indsats: a concern, a consultation, a network meeting or help under § 30, without a notification.
    case earlyHelp
    /// Underretning: a notification and its 24-hour assessment, nothing investigated yet.
    case notification
    /// Afdækning (§ 19) or børnefaglig undersøgelse (§ 20), up to the decision on a measure.
    case assessment
    /// A supportive measure (§ 32, § 39) has started in this case.
    case measure
    /// Anbringelse (§§ 46–47) running now.
    case placement
    /// Efterværn / ungestøtte (§§ 114–116) for the 18–22-year-old.
    case afterCare
    /// The case is closed.
    case closed
}

extension Timeline {
    /// The phase the case is in after each item (aligned with `items`): the furthest stage the current case has
    /// reached, a placement and after-care only while they run. `birthDate` tells when a young person is 18 (support
    /// then is after-care whatever its basis); without it, only a measure under §§ 114–116 is after-care.
    public func phases(birthDate: LocalDate? = nil) -> [CasePhase] {
        var tracker = PhaseTracker()
        return items.map { item in
            if let payload = item.effective {
                let age = birthDate.map { $0.age(on: DanishTime.localDate(of: item.entry.occurredAt)) }
                tracker.apply(payload, entry: item.entry.id, age: age)
            }
            return tracker.phase
        }
    }

    /// The phase the case is in now, by the journal and the child's age on `today`.
    public func phase(birthDate: LocalDate? = nil, today: LocalDate? = nil) -> CasePhase {
        var tracker = PhaseTracker()
        for item in items {
            guard let payload = item.effective else { continue }
            tracker.apply(payload, entry: item.entry.id, age: nil)
        }
        if let birthDate, let today { tracker.age = birthDate.age(on: today) }
        return tracker.phase
    }
}

/// The fold behind `Timeline.phases`: what the current case has reached and what runs now.
struct PhaseTracker {
    /// The stage the current case has reached (nil: no case has been opened).
    var reached: CasePhase?
    var everClosed = false
    /// Running measures (start entry → its legal basis) and placements.
    var measures: [UUID: LegalBasis] = [:]
    var placements: Set<UUID> = []
    var age: Int?

    var phase: CasePhase {
        guard let reached else { return everClosed ? .closed : .earlyHelp }
        if reached == .closed { return .closed }
        let adult = (age ?? 0) >= 18
        let running = !measures.isEmpty || !placements.isEmpty
        if running && (adult || measures.values.contains(.youngAdultSupport)) { return .afterCare }
        if !placements.isEmpty { return .placement }
        return reached
    }

    mutating func apply(_ payload: EntryPayload, entry: UUID, age: Int?) {
        if let age { self.age = age }
        switch payload {
        case .caseClosed:
            reached = .closed
            everClosed = true
            measures = [:]
            placements = []
            return
        case .journalNote, .correction, .taskCompleted, .deadlineNotRelevant, .receiptSent, .notifierFeedback, .ownViews,
             .childConversation, .transition, .handoverMeeting, .plan, .followUp, .preliminaryAssessment:
            // Recorded on the course without moving it (a note after the closure does not open a case again).
            return
        default:
            break
        }
        if reached == .closed || reached == nil {
            guard payload.kind.opensCase else { return }
            reached = .earlyHelp
        }
        switch payload {
        case .notification, .urgencyAssessment:
            reach(.notification)
        case .focusedAssessment, .investigation, .focusedAssessmentConcluded, .investigationConcluded, .decision:
            reach(.assessment)
        case .measureStarted(let start):
            measures[entry] = start.legalBasis
            // Help under § 30 or an almen offer is early help, not a measure under a decision.
            if start.legalBasis != .earlyHelp && start.legalBasis != .general { reach(.measure) }
        case .placementStarted(let start):
            placements.insert(entry)
            measures[entry] = start.legalBasis
            reach(.measure)
        case .measureEnded(let end):
            measures[end.measure] = nil
        case .placementEnded(let end):
            placements.remove(end.placement)
            measures[end.placement] = nil
        default:
            break
        }
    }

    private mutating func reach(_ stage: CasePhase) {
        let order: [CasePhase] = [.earlyHelp, .notification, .assessment, .measure]
        guard let current = reached, let have = order.firstIndex(of: current), let new = order.firstIndex(of: stage) else {
            reached = stage
            return
        }
        if new > have { reached = stage }
    }
}
