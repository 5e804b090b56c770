import Foundation
import SporDomain
import SporStore

/// What the page that adds or edits an initiative shows: the content's tracks and goals to choose from, the initiative
/// being edited (nil for a new one), and the content's version.
struct InitiativeEditModel {
    let content: PolicyContent
    /// nil: a new initiative.
    let initiative: Initiative?
    /// How many versions of the content are saved; 0 while the seeds' content is in force.
    let version: Int

    /// The page for a new initiative (`id` nil) or for the initiative `id` names; nil when there is none.
    static func query(store: Store, user: UserRecord, now: Date, id: String?) async throws -> InitiativeEditModel? {
        let content = try await store.policyContent()
        let initiative = id.flatMap { content.initiative(InitiativeID(rawValue: $0)) }
        if id != nil, initiative == nil { return nil }
        return InitiativeEditModel(content: content, initiative: initiative, version: try await store.policyContentVersions())
    }

    /// The tracks to choose from, with their policy's title.
    var trackOptions: [(value: String, text: String)] {
        content.policies.flatMap { policy in
            policy.tracks.map { (value: $0.id.rawValue, text: "\($0.number). \($0.title) (\(policy.title))") }
        }
    }

    /// The form's values for the initiative being edited, as if sent.
    var initial: FormValues? {
        initiative.map { initiative in
            FormValues(["name": initiative.name, "description": initiative.description,
                        "partners": initiative.partners.joined(separator: "\n"), "track": initiative.track?.rawValue ?? "",
                        "goals": initiative.goals.map(\.rawValue).joined(separator: ", "), "owner": initiative.owner ?? "",
                        "start": initiative.start?.iso ?? ""])
        }
    }

    /// The facts a form sent. A goal the content does not hold is refused here, naming the number typed.
    static func facts(from f: FormValues, content: PolicyContent) throws -> PolicyContent.InitiativeFacts {
        guard !f.text("name").isEmpty else { throw FormError(field: "name", text: Strings.initiativeNameMissing) }
        let goals = f.text("goals").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map { GoalID(rawValue: String($0)) }
        if let unknown = goals.first(where: { content.goal($0) == nil }) {
            let shown = String(unknown.rawValue.prefix(20))
            throw FormError(field: "goals", text: LocalizedText(da: Strings.initiativeGoalUnknown.da.replacingOccurrences(of: "{0}", with: shown),
                                                                en: Strings.initiativeGoalUnknown.en.replacingOccurrences(of: "{0}", with: shown)))
        }
        let track = f.optionalText("track").map { TrackID(rawValue: $0) }
        if let track, content.track(track) == nil { throw FormError(field: "track", text: Strings.initiativeTrackUnknown) }
        var seen = Set<GoalID>()
        return PolicyContent.InitiativeFacts(
            name: f.text("name"), description: f.text("description"),
            partners: f.text("partners").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            track: track ?? goals.first.flatMap { content.track(holding: $0)?.id },
            goals: goals.filter { seen.insert($0).inserted }, owner: f.optionalText("owner"), start: try f.optionalDate("start"))
    }
}
