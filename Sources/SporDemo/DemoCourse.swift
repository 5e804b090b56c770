import SporDomain

/// The rates of the course after a notification (DOMAIN.md steps 5–13): what an afdækning or an investigation
/// comes to, how often help starts at once (straks-indsats), how placements look, and how often each deadline is
/// met. "Progress" is the share of the demo period passed, 0 at its start and 1 at `end`.
///
/// A Norddjurs-sized municipality starts ≈ 400 measures and ≈ 20 placements a year (DOMAIN.md, "Magnitudes").
/// The policy's 70/30 goal takes hold over the years: more measures start alongside an afdækning or an
/// investigation, or straight on an afdækning, and fewer only after a concluded investigation.
enum DemoCourse {
    // MARK: What follows

    /// A § 32 measure starts alongside the assessment (§ 32, stk. 4).
    static func alongsideChance(investigation: Bool, progress: Double) -> Double {
        investigation ? 0.02 + 0.83 * progress : 0.01 + 0.55 * progress
    }

    /// What an afdækning comes to: weights of no support, § 32 support, § 30 early help, an investigation. Over the
    /// years support — § 32, or § 30 early help — starts on the afdækning itself more often, and fewer go on to an
    /// investigation.
    static func afterFocusedAssessment(progress: Double) -> [Double] {
        [0.46 - 0.12 * progress, 0.02 + 0.33 * progress, 0.04 + 0.22 * progress, 0.42 - 0.37 * progress]
    }

    /// What an investigation comes to: weights of no support, § 32 support, a § 39 order (10–17), a placement. With
    /// help running alongside, "no support" means it goes on as it is. As investigations become fewer over the years,
    /// the share of them that end in a placement rises (≈ 20 placements a year). Teenagers are placed more often than
    /// young children.
    static func afterInvestigation(alongside: Bool, progress: Double, age: Int) -> [Double] {
        let placement = (0.06 + 0.18 * progress) * (age >= 12 ? 2.2 : age < 6 ? 0.6 : 1)
        return alongside ? [0.74, 0.15, 0.03, placement] : [0.25, 0.64, 0.03, placement]
    }

    /// After immediate help on an afdækning, an investigation follows now and then.
    static let investigationAfterImmediateHelp = 0.08
    /// A placement without consent (§ 47) rather than with it (§ 46); a placement at once more often so.
    static let withoutConsent = 0.2
    static let acuteWithoutConsent = 0.15
    /// On a notification about a child in acute danger, a placement at once (alongside the investigation).
    static let acutePlacement = 0.25
    /// A young person placed until 18 moves in the teens (to an own room or another home), on a new decision.
    static let moveInTheTeens = 0.45
    /// A decision grants two offers instead of one.
    static let twoOffers = 0.15
    /// Support after an investigation comes as two measures, each with its own decision (two provisions): a package
    /// of measures, more usual in the early years.
    static func secondPlannedMeasure(progress: Double) -> Double { 0.45 - 0.25 * progress }
    /// A decision on § 32 support after an investigation refuses it (afslag).
    static let refusal = 0.04
    /// A § 32 decision says a barnets plan is to be made (§ 91, stk. 1).
    static let makesChildsPlan = 0.8
    /// After a homecoming, support at home for a while.
    static let supportAfterHomecoming = 0.35
    /// A placement ends in a homecoming (when there is time before 18); else it lasts until 18. A teenager more often
    /// stays until 18.
    static func homecoming(age: Int) -> Double { age >= 14 ? 0.35 : 0.55 }
    /// The young person is granted ungestøtte (§§ 114–116) when the placement ends at 18.
    static let youngAdultSupportGranted = 0.85
    /// A § 32 contact person at 17 goes on as a contact person after 18.
    static let contactPersonAfter18 = 0.5

    // MARK: Placements

    /// Weights of network foster family, foster family, reinforced, specialised, children's home, own room.
    static func placementKindWeights(progress: Double, age: Int) -> [Double] {
        [0.12 + 0.25 * progress, 0.36 - 0.12 * progress, 0.12, 0.08, 0.24 - 0.10 * progress, age >= 15 ? 0.10 : 0]
    }

    static let placementKinds: [(kind: PlacementKind, offer: String)] = [
        (.networkFosterFamily, "netvaerksplejefamilie"), (.fosterFamily, "almen-plejefamilie"),
        (.reinforcedFosterFamily, "forstaerket-plejefamilie"), (.specialisedFosterFamily, "specialiseret-plejefamilie"),
        (.childrensHome, "boerne-og-ungehjem"), (.ownRoom, "eget-vaerelse"),
    ]

    static func nearHome(progress: Double) -> Double { 0.5 + 0.25 * progress }
    static func schoolKept(progress: Double) -> Double { 0.35 + 0.3 * progress }

    // MARK: Offers

    /// § 32 offers by the child's age, with weights.
    static func supportOffers(age: Int) -> [(offer: String, weight: Double)] {
        switch age {
        case ..<2: [("stoette-i-hjemmet", 4), ("familiebehandling", 4), ("doegnophold-for-familien", 0.5), ("anden-hjaelp", 1)]
        case ..<6: [("stoette-i-hjemmet", 3), ("familiebehandling", 4), ("dagtilbud-eller-klub", 2), ("stoetteophold", 1), ("anden-hjaelp", 1)]
        case ..<13: [("familiebehandling", 4), ("fast-kontaktperson", 3), ("behandling-af-barnet", 2), ("stoetteophold", 1),
                     ("dagtilbud-eller-klub", 1), ("anden-hjaelp", 1)]
        default: [("fast-kontaktperson", 5), ("behandling-af-barnet", 2), ("familiebehandling", 2), ("praktiktilbud", age >= 15 ? 1 : 0),
                  ("stoetteophold", 0.5), ("anden-hjaelp", 1)]
        }
    }

    /// § 30 offers by the child's age, with weights; open ones start without a decision.
    static func earlyHelpOffers(age: Int) -> [(offer: String, weight: Double)] {
        switch age {
        case ..<2: [("efterfoedselsreaktion", 2), ("konsulentbistand", 3), ("saarbare-gravide", 0.5), ("ses", 1)]
        case ..<6: [("konsulentbistand", 3), ("rette-hjaelp-til-adhd", age >= 4 ? 1 : 0), ("ses", 1), ("netvaerks-og-samtalegrupper", 1)]
        case ..<13: [("konsulentbistand", 2), ("faa-styr-paa-angsten", 2), ("rette-hjaelp-til-adhd", 1), ("skolevaegringsprojektet", 2),
                     ("netvaerksgrupper", 1), ("skilsmissegrupper", 1), ("brus", 0.5)]
        default: [("konsulentbistand", 2), ("skolevaegringsprojektet", 2), ("netvaerksgrupper", 1), ("skilsmissegrupper", 1),
                  ("brus", 1), ("cpdf", 1)]
        }
    }

    // MARK: How soon

    /// An investigation concluded within its 4 months (§ 20, stk. 3).
    static func investigationOnTime(progress: Double) -> Double { 0.78 + 0.1 * progress }
    /// A preliminary assessment by the 4 months, when the investigation runs over.
    static let preliminaryOnTime = 0.8
    /// A follow-up (§ 95) by the date set, or by the first follow-up's due day.
    static func followUpOnTime(progress: Double) -> Double { 0.84 + 0.08 * progress }
    /// The first follow-up on a placement, when its own due day binds.
    static let placementFirstFollowUpOnTime = 0.8
    /// A barnets plan within its 3 months (§ 91), or before a § 47 decision.
    static func planOnTime(progress: Double) -> Double { 0.82 + 0.1 * progress }
    /// The decision on support after 18, at least 6 months before (§ 111).
    static let supportDecisionOnTime = 0.85
    /// A child conversation within 7 days of a notification about abuse.
    static let abuseConversationOnTime = 0.88

    // MARK: The child's voice

    /// A conversation is tried before a decision (else the decision states why the child was not heard).
    static func conversationTried(progress: Double) -> Double { 0.86 + 0.12 * progress }
    /// A conversation tried is held (else it records why not).
    static let conversationHeld = 0.93
    /// A conversation of a child from 12 has a bisidder.
    static let bisidder = 0.12
    /// A decision rests on a conversation held at most this many days before it; else a new one is held.
    static let conversationReuseDays = 60

    // MARK: Follow-ups

    /// Days a case stays open after its measures end, to see that the help holds.
    static let watchAfterHelpDays = 30...120

    /// A measure started less than this many days before a follow-up gets its own first follow-up later.
    static let firstFollowUpOwnDays = 45

    // MARK: Transitions

    /// A transition of a child with an open case is recorded.
    static let transitionRecorded = 0.9
    /// The transition has a handover meeting (the policy: every transition).
    static func handoverMeeting(progress: Double) -> Double { 0.6 + 0.37 * progress }
    /// A handover meeting held more than 30 days after the transition.
    static let handoverLate = 0.08
}
