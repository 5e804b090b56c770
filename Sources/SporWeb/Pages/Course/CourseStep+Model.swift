import Foundation
import SporDomain
import SporStore

/// What a course step's page shows: the child, and what its form may refer to as the course now stands (which
/// assessments are open, which decisions granted what, the measures running, the plan's goals).
struct CourseStepModel {
    struct Measure {
        /// Its start entry.
        let entry: UUID
        let offer: String
        let since: Date
        let isPlacement: Bool
    }

    struct Placement {
        let entry: UUID
        let kind: PlacementKind
        let since: Date
    }

    struct Goal {
        let goal: ChildsPlan.Goal
        let latestRating: GoalRating?
    }

    struct Plan {
        /// The latest version's entry.
        let entry: UUID
        let goals: [Goal]
    }

    let step: CourseStep
    let childID: UUID
    let childName: String
    /// The child's age in whole years today.
    let age: Int
    let userID: UUID
    /// Who may have held a conversation: caseworkers, leads and outreach counsellors, by name.
    let staff: [UserRecord]
    let offers: OfferCatalogue
    let openAssessments: [Entry]
    /// Every assessment's start entry and its kind (a conclusion concludes an investigation or a focused assessment).
    let assessmentKinds: [UUID: EntryKind]
    let notifications: [Entry]
    /// Where the child was heard, oldest first.
    let views: [Entry]
    let grantedDecisions: [(entry: Entry, decision: Decision)]
    let measures: [Measure]
    let placement: Placement?
    let plan: Plan?
    /// The entry this form amends, if it does (`CourseStep+Prefill`): then it opens with the entry's values and posts a correction.
    var amending: CourseAmendment? = nil
    /// What a link offers a new entry's form (`CourseStep+Offered`: the investigation opened from the preparedness checklist).
    var offered: [String: String] = [:]
    /// What the journal already says, offered where a step asks it again: the child's own words in the latest
    /// conversation (the conclusion's *barnets synspunkter*) and the latest afdækning's or investigation's conclusion
    /// (the decision's reasons).
    var latestChildsWords: String? = nil
    var latestConclusion: String? = nil
    /// The leisure the journal last recorded (`Timeline.latestLeisure`), offered by the plan and asked again at follow-up.
    var latestLeisure: [LeisureActivity]? = nil
    /// The child's siblings, which the placement step asks about (`CourseStep+Siblings`).
    var siblings: [PlacementSibling] = []

    /// The model from the course as read (the child page's data), at `now`: plain values only.
    static func query(step: CourseStep, child: Child, user: UserRecord, staff: [UserRecord], offers: OfferCatalogue,
                      timeline: Timeline, state: CaseState, now: Date) -> CourseStepModel {
        let refs = CourseReferences(timeline)
        return CourseStepModel(
            step: step, childID: child.id, childName: child.fullName, age: child.birthDate.age(on: DanishTime.localDate(of: now)),
            userID: user.id,
            staff: staff.filter { $0.role == .caseworker || $0.role == .teamLead || $0.role == .outreach }.sorted { $0.displayName < $1.displayName },
            offers: offers, openAssessments: refs.openAssessments,
            assessmentKinds: Dictionary(timeline.entries.filter { $0.kind == .investigation || $0.kind == .focusedAssessment }.map { ($0.id, $0.kind) },
                                        uniquingKeysWith: { $1 }),
            notifications: refs.notifications, views: refs.views,
            grantedDecisions: refs.grantedDecisions,
            measures: state.activeMeasures.map { Measure(entry: $0.entry, offer: $0.offer, since: $0.since, isPlacement: $0.isPlacement) },
            placement: state.activePlacement.map { Placement(entry: $0.entry, kind: $0.kind, since: $0.since) },
            plan: state.plan.map { Plan(entry: $0.entry, goals: $0.goals.map { Goal(goal: $0.goal, latestRating: $0.latestRating) }) },
            latestChildsWords: timeline.items.reversed().lazy.compactMap { item -> String? in
                if case .childConversation(let conversation)? = item.effective, case .childsWords(let words) = conversation.outcome { words } else { nil }
            }.first,
            latestConclusion: timeline.items.reversed().lazy.compactMap { item -> String? in
                switch item.effective {
                case .investigationConcluded(let c)?, .focusedAssessmentConcluded(let c)?: c.conclusion
                default: nil
                }
            }.first,
            latestLeisure: timeline.latestLeisure()?.activities.filter(\.takesPart))
    }

    /// The model from the child page's data, which has checked that the user may manage the case.
    static func query(step: CourseStep, page: ChildPageModel, now: Date) -> CourseStepModel {
        var model = query(step: step, child: page.child, user: page.user, staff: Array(page.staff.values), offers: page.offers,
                          timeline: page.timeline, state: page.state, now: now)
        model.siblings = page.placementSiblings
        return model
    }

    func offerName(_ id: String) -> String { offers[id]?.name ?? id }
}
