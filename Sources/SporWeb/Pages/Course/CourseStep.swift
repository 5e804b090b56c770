import Foundation
import SporDomain
import SporStore

/// The steps of a child's course a caseworker records, each on its own page: the form, what it builds, and
/// the reason when the domain refuses it (with everything typed kept).
enum CourseStep: String, CaseIterable, Sendable {
    case assessment
    case assessmentConclusion = "assessment-conclusion"
    case preliminary
    case conversation
    case decision
    case measureStart = "measure-start"
    case measureEnd = "measure-end"
    case placementStart = "placement-start"
    case placementEnd = "placement-end"
    case plan
    case followUp = "follow-up"
    case transition
    case handover

    /// The step whose page records an entry of `kind` (what meets a deadline), if one does.
    init?(recording kind: EntryKind) {
        switch kind {
        case .investigation, .focusedAssessment: self = .assessment
        case .investigationConcluded, .focusedAssessmentConcluded: self = .assessmentConclusion
        case .preliminaryAssessment: self = .preliminary
        case .childConversation: self = .conversation
        case .decision: self = .decision
        case .measureStarted: self = .measureStart
        case .measureEnded: self = .measureEnd
        case .placementStarted: self = .placementStart
        case .placementEnded: self = .placementEnd
        case .plan: self = .plan
        case .followUp: self = .followUp
        case .transition: self = .transition
        case .handoverMeeting: self = .handover
        default: return nil
        }
    }

    var title: LocalizedText {
        switch self {
        case .assessment: Strings.stepAssessment
        case .assessmentConclusion: Strings.stepAssessmentConclusion
        case .preliminary: Strings.entryKind(.preliminaryAssessment)
        case .conversation: Strings.entryKind(.childConversation)
        case .decision: Strings.entryKind(.decision)
        case .measureStart: Strings.stepMeasureStart
        case .measureEnd: Strings.stepMeasureEnd
        case .placementStart: Strings.stepPlacementStart
        case .placementEnd: Strings.stepPlacementEnd
        case .plan: Strings.stepPlan
        case .followUp: Strings.entryKind(.followUp)
        case .transition: Strings.entryKind(.transition)
        case .handover: Strings.entryKind(.handoverMeeting)
        }
    }

    /// Whether the step makes sense for the course as it stands (a conclusion needs a started assessment, …).
    func isAvailable(_ model: ChildPageModel) -> Bool {
        let refs = CourseReferences(model)
        switch self {
        case .assessmentConclusion: return !refs.openAssessments.isEmpty
        case .preliminary: return refs.openAssessments.contains { $0.kind == .investigation }
        case .measureStart: return !refs.grantedDecisions.isEmpty
        case .measureEnd: return model.state.activeMeasures.contains { !$0.isPlacement }
        case .placementStart: return !refs.grantedDecisions.isEmpty && model.state.activePlacement == nil
        case .placementEnd: return model.state.activePlacement != nil
        case .followUp: return !model.state.activeMeasures.isEmpty
        default: return true
        }
    }
}

/// The entries a step's form may refer to, read from the course as it now stands.
struct CourseReferences {
    let openAssessments: [Entry]
    let notifications: [Entry]
    let views: [Entry]
    let grantedDecisions: [(entry: Entry, decision: Decision)]

    init(_ model: ChildPageModel) { self.init(model.timeline) }

    init(_ timeline: Timeline) {
        let items = timeline.items
        let concluded = Set(items.compactMap { item -> UUID? in
            switch item.effective {
            case .focusedAssessmentConcluded(let c)?, .investigationConcluded(let c)?: c.start
            default: nil
            }
        })
        openAssessments = items.filter { item in
            guard !concluded.contains(item.entry.id) else { return false }
            switch item.effective {
            case .focusedAssessment?, .investigation?: return true
            default: return false
            }
        }.map(\.entry)
        notifications = items.filter { if case .notification? = $0.effective { true } else { false } }.map(\.entry)
        views = items.filter { item in
            switch item.effective {
            case .childConversation(let c)?: c.wasHeld
            case .ownViews(let v)?: v.hearsTheChild
            default: false
            }
        }.map(\.entry)
        grantedDecisions = items.compactMap { item in
            // A decision on a homecoming grants no measure to start.
            guard case .decision(let decision)? = item.effective, decision.outcome.grants, decision.homecoming == nil else { return nil }
            return (item.entry, decision)
        }
    }
}
