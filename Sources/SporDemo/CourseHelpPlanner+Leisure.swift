import Foundation
import SporDomain

/// Leisure and health in the demo's plans and follow-ups (issue 23, item 3), from a stream of its own so that the rest
/// of the course draws the same numbers as before. The seeds give no rates: about half of the children with help take
/// part in a leisure activity — more among the younger, fewer of the oldest —, rising a little as the policy takes hold;
/// one in four who take part gets support to (a fritidspas, a fritidsvejleder, a contact person going along). Now and
/// then a plan carries a health goal (healthy habits) or, for a child who takes part in nothing, a leisure goal.
struct DemoLeisure {
    /// Seeded at the course's first plan or follow-up, from an id the course already drew.
    private var rng: SeededRandom?
    /// What the child takes part in now (as last recorded).
    private var activities: [LeisureActivity] = []
    /// The health and leisure goals of the plan in force, and their latest ratings.
    private var goals: [ChildsPlan.Goal] = []
    private var ratings: [UUID: GoalRating] = [:]
    private var started = false

    static let stream: UInt64 = 0x1E15

    private mutating func random(seed: UInt64, key: UUID) -> SeededRandom {
        if let rng { return rng }
        let bytes = key.uuid
        let index = [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return SeededRandom(seed: seed, stream: Self.stream, index: index)
    }

    /// The chance that a child of `age` with help takes part in a leisure activity.
    static func participation(age: Int, progress p: Double) -> Double {
        let base: Double = switch age {
        case ..<6: 0.45
        case ..<13: 0.55
        case ..<18: 0.36
        default: 0.25
        }
        return base + 0.08 * p
    }

    /// A plan version: the activities the child takes part in, and the health and leisure goals kept or added.
    mutating func write(_ plan: inout ChildsPlan, day: Int, age: Int, progress p: Double, seed: UInt64) {
        guard let key = plan.goals.first?.id else { return }
        var rng = random(seed: seed, key: key)
        defer { self.rng = rng }
        begin(age: age, progress: p, &rng)
        var kept = goals.filter { ![.reached, .dropped].contains(ratings[$0.id]) }
        for index in kept.indices where kept[index].byWhen.dayNumber < day {
            kept[index].byWhen = LocalDate(dayNumber: day + rng.int(in: 60...180))
        }
        if age >= 4, !kept.contains(where: { $0.area == .health }), rng.chance(0.18 + 0.07 * p) {
            let goal = rng.pick(Self.healthGoals)
            kept.append(ChildsPlan.Goal(id: rng.uuid(), what: goal.what, byWhen: LocalDate(dayNumber: day + rng.int(in: 90...300)),
                                        howWeWillKnow: goal.how, area: .health))
        }
        if age >= 6, activities.isEmpty, !kept.contains(where: { $0.area == .leisure }), rng.chance(0.2) {
            kept.append(ChildsPlan.Goal(id: rng.uuid(), what: "Begynder til en fritidsaktivitet, barnet selv har valgt",
                                        byWhen: LocalDate(dayNumber: day + rng.int(in: 90...240)),
                                        howWeWillKnow: "Barnet går til aktiviteten hver uge", area: .leisure))
        }
        goals = kept
        plan.goals += kept
        plan.leisure = activities.map { LeisureActivity(id: $0.id, kind: $0.kind, name: $0.name, support: $0.support) }
    }

    /// A follow-up: what became of each activity, any new one, and the ratings of the health and leisure goals.
    mutating func write(_ followUp: inout FollowUp, age: Int, progress p: Double, seed: UInt64) {
        guard let key = followUp.measures.first else { return }
        var rng = random(seed: seed, key: key)
        defer { self.rng = rng }
        begin(age: age, progress: p, &rng)
        var recorded: [LeisureActivity] = []
        var still: [LeisureActivity] = []
        for var activity in activities {
            activity.status = rng.chance(0.16) ? .stopped : .takesPart
            recorded.append(activity)
            if activity.status == .takesPart { still.append(activity) }
        }
        let goalForLeisure = goals.contains { $0.area == .leisure && ratings[$0.id] != .reached && ratings[$0.id] != .dropped }
        if rng.chance(still.isEmpty ? (goalForLeisure ? 0.3 : 0.1) + 0.05 * p : 0.05) {
            let new = Self.activity(age: age, status: .started, &rng)
            recorded.append(new)
            still.append(new)
        }
        activities = still
        followUp.leisure = recorded
        for goal in goals {
            let rating: GoalRating
            switch ratings[goal.id] {
            case .reached?: rating = .reached
            case .dropped?: rating = .dropped
            default:
                if goal.area == .leisure, !still.isEmpty { rating = .reached } else {
                    rating = [.notStarted, .progress, .reached, .dropped][rng.weighted([0.25, 0.5 + 0.1 * p, 0.15 + 0.05 * p, 0.05])]
                }
            }
            ratings[goal.id] = rating
            followUp.ratings.append(FollowUp.Rating(goal: goal.id, rating: rating))
        }
    }

    /// What the child takes part in when the course first records leisure.
    private mutating func begin(age: Int, progress p: Double, _ rng: inout SeededRandom) {
        guard !started else { return }
        started = true
        if rng.chance(Self.participation(age: age, progress: p)) {
            for _ in 0..<(rng.chance(0.75) ? 1 : 2) { activities.append(Self.activity(age: age, status: nil, &rng)) }
        }
    }

    private static func activity(age: Int, status: LeisureActivity.Status?, _ rng: inout SeededRandom) -> LeisureActivity {
        var choices: [(LeisureActivity.Kind, [String])] = [
            (.association, ["Fodbold i den lokale idrætsforening", "Håndbold", "Svømning", "Gymnastik", "Spejder", "Ridning", "Badminton"]),
            (.culture, ["Musikskolen", "Billedskole", "Teater og drama", "Kor"]),
        ]
        if age >= 9 { choices.append((.club, age >= 13 ? ["Ungdomsklubben"] : ["Fritidsklubben"])) }
        if age >= 13 { choices.append((.leisureJob, ["Fritidsjob i en butik", "Avisbud", "Fritidsjob på et plejehjem"])) }
        if age >= 6 { choices.append((.other, ["E-sport i klubben", "Lektiecafé og fællesspisning"])) }
        let (kind, names) = choices[rng.weighted(choices.map { $0.0 == .association ? 3 : $0.0 == .club ? 2 : 1 })]
        let support: LeisureActivity.Support = rng.chance(0.75) ? .none
            : [.leisurePass, .leisureGuide, .contactPersonAlong, .other][rng.weighted([0.4, 0.3, 0.25, 0.05])]
        return LeisureActivity(id: rng.uuid(), kind: kind, name: rng.pick(names), support: support, status: status)
    }

    static let healthGoals: [(what: String, how: String)] = [
        ("Spiser morgenmad hver dag", "Barnet og forældrene fortæller det ved opfølgningen"),
        ("Rører sig mindst en time om dagen", "Barnet går til idræt eller cykler i skole"),
        ("Sover nok på hverdage", "Barnet er i seng før kl. 22 og møder udhvilet i skole"),
        ("Går til tandlæge og børster tænder morgen og aften", "Tandplejen ser barnet til de aftalte tider"),
        ("Holder op med at ryge", "Den unge har fået hjælp til rygestop og ryger ikke længere"),
        ("Mindre tid foran skærmen om aftenen", "Familien har en aftale om skærmtid, som holder"),
    ]
}
