import Foundation
import SporDomain
import SporStore

/// What the page that adds or edits a policy, a track or a goal shows. Each save is a new version of the content.
struct ContentEditModel {
    enum Subject {
        case newPolicy
        case policy(Policy)
        case newTrack(Policy)
        case track(PolicyTrack)
        case newGoal(PolicyTrack)
        case goal(PolicyGoal)
    }

    enum Kind: Sendable { case newPolicy, policy, newTrack, track, newGoal, goal }

    let subject: Subject
    /// The dashboard's indicators a goal can be linked to: id and title.
    let indicators: [(id: String, title: LocalizedText)]
    /// How many versions of the content are saved; 0 while the seeds' content is in force.
    let version: Int

    /// The page `kind` names for `id`; nil when there is no such policy, track or goal.
    static func query(store: Store, user: UserRecord, now: Date, kind: Kind, id: String?) async throws -> ContentEditModel? {
        let content = try await store.policyContent()
        let key = id ?? ""
        let subject: Subject? = switch kind {
        case .newPolicy: .newPolicy
        case .policy: content.policy(PolicyID(rawValue: key)).map { .policy($0) }
        case .newTrack: content.policy(PolicyID(rawValue: key)).map { .newTrack($0) }
        case .track: content.track(TrackID(rawValue: key)).map { .track($0) }
        case .newGoal: content.track(TrackID(rawValue: key)).map { .newGoal($0) }
        case .goal: content.goal(GoalID(rawValue: key)).map { .goal($0) }
        }
        guard let subject else { return nil }
        return ContentEditModel(subject: subject, indicators: store.indicatorDefinitions.map { ($0.id, $0.title) },
                                version: try await store.policyContentVersions())
    }

    /// The form's values for what is edited, as if sent; nil for a new one.
    var initial: FormValues? {
        switch subject {
        case .newPolicy, .newTrack, .newGoal: nil
        case .policy(let policy):
            FormValues(["title": policy.title, "start": policy.period?.start.iso ?? "", "end": policy.period?.end.iso ?? ""])
        case .track(let track): FormValues(["title": track.title, "statement": track.statement])
        case .goal(let goal):
            FormValues(Dictionary([("text", goal.text)] + goal.indicators.map { ("indicator-\($0.rawValue)", "on") }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// A period both of whose days are given, or none (nil) when `required` is false; an end before the start is refused.
    static func period(from f: FormValues, required: Bool) throws -> PolicyPeriod? {
        let start = try f.optionalDate("start"), end = try f.optionalDate("end")
        switch (start, end) {
        case (nil, nil) where !required: return nil
        case (let start?, let end?): return try PolicyPeriod(start: start, end: end)
        case (nil, _): throw FormError(field: "start", text: Strings.policyPeriodMissing)
        case (_, nil): throw FormError(field: "end", text: Strings.policyPeriodMissing)
        }
    }

    /// The indicators ticked, among the dashboard's own (no other id can be sent).
    func indicatorsTicked(_ f: FormValues) -> [IndicatorID] {
        indicators.filter { f.flag("indicator-\($0.id)") }.map { IndicatorID(rawValue: $0.id) }
    }

    /// The number a new goal of the track is offered: the track's number and one past its last goal.
    static func nextGoalNumber(_ track: PolicyTrack) -> String { "\(track.number).\(track.goals.count + 1)" }
}
