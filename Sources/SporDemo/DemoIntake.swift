import Foundation
import SporDomain

/// The rates of notification intake (DOMAIN.md step 4): who notifies, how often a notification follows a
/// concern, how serious it is found, and how soon each step on it is taken.
///
/// A Norddjurs-sized municipality receives ≈ 1,000 notifications a year. They come two ways: a concern
/// raised by a professional may be followed by a notification from the same professional (more often in the
/// later years, as the policy's "concern first" takes hold), and notifications arrive on their own (a
/// Poisson process at a share of the concern rate, falling as the first way rises), so the yearly total
/// stays about the same. "Progress" is the share of the demo period passed, 0 at its start and 1 at `end`.
enum DemoIntake {
    // MARK: Who and how often

    /// Notifications arriving on their own, relative to the concern rate of the same child and period.
    static func independentShare(progress: Double) -> Double { 0.60 - 0.22 * progress }

    /// The chance that a concern at `level` is followed by a notification.
    static func followChance(_ level: ConcernLevel, progress: Double) -> Double {
        let base = switch level {
        case .thriving: 0.0
        case .sensitive: 0.15
        case .vulnerable: 0.45
        case .atRisk: 0.80
        case .threatened: 0.95
        }
        return min(1, base * (0.75 + 0.55 * progress))
    }

    /// Days from a concern to the notification that follows it.
    static func followDelay(_ level: ConcernLevel, _ rng: inout SeededRandom) -> Int {
        level >= .atRisk ? rng.int(in: 1...14) : rng.int(in: 3...45)
    }

    /// Who makes a notification that arrives on its own (a child notifies only from age 10): professionals in
    /// the municipality's schools, day care and health services most (with those following a concern, ≈ 80 % of
    /// all); the police, hospitals and GPs a meaningful minority, another municipality now and then; private
    /// persons, anonymous callers and the child the rest.
    static let notifierWeights: [(kind: NotifierKind, weight: Double)] = [
        (.professional, 0.66), (.police, 0.08), (.healthcare, 0.05), (.otherMunicipality, 0.02),
        (.privatePerson, 0.10), (.anonymous, 0.06), (.child, 0.03),
    ]

    /// How a notification reaches the municipality, by who makes it. A professional is a Spor user and submits it in
    /// Spor; everyone else by phone, letter, e-mail, the digital notification form or in person, and a caseworker
    /// registers it.
    static func channelWeights(_ kind: NotifierKind) -> [(channel: NotificationChannel, weight: Double)] {
        switch kind {
        case .professional: [(.spor, 1)]
        case .police: [(.email, 0.45), (.digitalForm, 0.30), (.phone, 0.20), (.letter, 0.05)]
        case .healthcare: [(.digitalForm, 0.40), (.letter, 0.20), (.phone, 0.20), (.email, 0.20)]
        case .otherMunicipality: [(.email, 0.50), (.letter, 0.35), (.digitalForm, 0.15)]
        case .privatePerson: [(.phone, 0.45), (.digitalForm, 0.25), (.email, 0.20), (.inPerson, 0.05), (.letter, 0.05)]
        case .anonymous: [(.phone, 0.65), (.digitalForm, 0.20), (.letter, 0.15)]
        case .child: [(.phone, 0.40), (.inPerson, 0.35), (.email, 0.15), (.digitalForm, 0.10)]
        }
    }

    /// The channel, and who notified and how to reach them as far as the caseworker registering it learns: made up,
    /// from the demo's name lists and invented places. A professional submitting in Spor is known as the user (no
    /// name or contact written); an anonymous notifier leaves neither; the child is the child of the course.
    /// Phone numbers start with 0, as no Danish number does; e-mail addresses end in the reserved `.test`.
    static func notifier(_ kind: NotifierKind, _ rng: inout SeededRandom)
        -> (channel: NotificationChannel, name: String?, contact: String?) {
        let weights = channelWeights(kind)
        let channel = weights.count == 1 ? weights[0].channel : weights[rng.weighted(weights.map(\.weight))].channel
        let person = { (rng: inout SeededRandom) -> String in
            let female = rng.chance(0.6)
            let first = DemoNames.adult(&rng, female: female)
            return "\(first) \(rng.pick(DemoNames.surnames))"
        }
        switch kind {
        case .professional, .anonymous:
            return (channel, nil, nil)
        case .child:
            return (channel, nil, channel == .phone && rng.chance(0.5) ? phoneNumber(&rng) : nil)
        case .police:
            let unit = rng.pick(DemoTexts.policeUnits)
            let name = rng.chance(0.6) ? "\(unit), \(rng.pick(DemoTexts.policeTitles)) \(person(&rng))" : unit
            let contact = [.email, .digitalForm].contains(channel) ? "underretning.oestjylland@politi.eksempel.test"
                : phoneNumber(&rng)
            return (channel, name, contact)
        case .healthcare:
            let hospital = rng.chance(0.55)
            let name = hospital ? rng.pick(DemoTexts.hospitalUnits) : "Praktiserende læge \(person(&rng))"
            let contact = [.email, .digitalForm].contains(channel)
                ? (hospital ? "sekretariat@hospital.eksempel.test" : "klinik@laegehus.eksempel.test") : phoneNumber(&rng)
            return (channel, name, contact)
        case .otherMunicipality:
            let town = rng.pick(DemoTexts.otherMunicipalities)
            let contact = channel == .letter ? phoneNumber(&rng) : "familie@\(mailName(town)).eksempel.test"
            return (channel, "Familieafdelingen, \(town) Kommune", contact)
        case .privatePerson:
            let name = rng.chance(0.85) ? person(&rng) : nil
            let contact: String? = switch channel {
            case .phone: rng.chance(0.9) ? phoneNumber(&rng) : nil
            case .email, .digitalForm:
                name.map { "\(mailName($0))@eksempel.test" } ?? "\(rng.pick(["post", "kontakt", "bekymret"]))\(rng.int(in: 10...99))@eksempel.test"
            case .inPerson: rng.chance(0.6) ? phoneNumber(&rng) : nil
            case .letter, .spor: nil
            }
            return (channel, name, contact)
        }
    }

    /// A made-up phone number in the Danish way of writing one, starting with 0 (which no Danish number does).
    static func phoneNumber(_ rng: inout SeededRandom) -> String {
        let pair = { (rng: inout SeededRandom) in
            let n = rng.below(100)
            return n < 10 ? "0\(n)" : "\(n)"
        }
        return "0\(rng.int(in: 1...9)) \(pair(&rng)) \(pair(&rng)) \(pair(&rng))"
    }

    /// A name as the local part of an e-mail address: lower case, Danish letters spelled out, words joined by dots.
    static func mailName(_ name: String) -> String {
        name.lowercased()
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
            .replacingOccurrences(of: "å", with: "aa").replacingOccurrences(of: "é", with: "e")
            .split(separator: " ").joined(separator: ".")
    }
    /// After a parent's concern, the notification comes from a professional or from a private person.
    static let afterParentProfessionalShare = 0.7
    static let abuseShare = 0.03

    /// Dialog-based notifications (a Norddjurs pilot), as a share of professional notifications: rising
    /// over the years. A notification about abuse is never dialog-based (the family must not be warned).
    static func dialogShare(progress: Double) -> Double { 0.05 + 0.35 * progress }

    /// What the assessment finds: weights of no action, afdækning, investigation, immediate help.
    static func severityWeights(risk: RiskGroup) -> [Double] {
        switch risk {
        case .low: [0.50, 0.27, 0.13, 0.10]
        case .middle: [0.38, 0.28, 0.20, 0.14]
        case .high: [0.28, 0.27, 0.27, 0.18]
        }
    }

    static func severityWeights(after level: ConcernLevel) -> [Double] {
        switch level {
        case .thriving, .sensitive: [0.50, 0.30, 0.10, 0.10]
        case .vulnerable: [0.30, 0.35, 0.20, 0.15]
        case .atRisk: [0.15, 0.30, 0.35, 0.20]
        case .threatened: [0.05, 0.15, 0.50, 0.30]
        }
    }

    static let severities: [NextStep] = [.noAction, .focusedAssessment, .investigation, .immediateHelp]

    /// The policy's straks-indsats takes hold (strategy 2.1, "70/30"): over the years fewer notifications lead to a
    /// børnefaglig undersøgelse and more to immediate help on an afdækning. Scales the weights of
    /// `severities` accordingly. A child investigated before (`investigated`) is more often investigated again, a
    /// child new to the services more often helped at once.
    static func shifted(_ weights: [Double], progress: Double, investigated: Bool) -> [Double] {
        let investigation = max(0.2, 0.85 - 0.8 * progress) * (investigated ? 1.6 : 0.85)
        let immediate = (0.2 + 2.2 * progress) * (investigated ? 0.6 : 1.1)
        return [weights[0], weights[1], weights[2] * investigation, weights[3] * immediate]
    }

    /// The concern level a notification stands for when the course is planned (how long it runs, whether
    /// it gets a caseworker): level 3 or more gets one.
    static func level(of severity: NextStep, abuse: Bool) -> ConcernLevel {
        if abuse { return .threatened }
        switch severity {
        case .noAction, .reassessment: return .sensitive
        case .focusedAssessment: return .vulnerable
        case .investigation, .immediateHelp: return .atRisk
        }
    }

    // MARK: How soon

    /// § 136: assessed within 24 hours.
    static let assessmentOnTime = 0.92
    /// Assessed the same day when on time (else the next morning, by the on-call caseworker).
    static let assessmentSameDay = 0.75
    /// Never assessed: rare, and only before Barnets Lov and more than a year before the end (so neither a
    /// worklist nor the intake queue, which looks back a year, carries it).
    static let assessmentMissingBeforeLaw = 0.004
    /// Receipt to a professional within 6 working days.
    static let receiptOnTime = 0.85
    static let receiptOnTimeAtTheEnd = 0.6
    /// Working days from receipt to the receipt sent, when on time (0: the same day).
    static let receiptWorkingDayWeights: [Double] = [0.12, 0.30, 0.22, 0.14, 0.09, 0.07, 0.06]
    /// Feedback to a professional within 3 months.
    static let feedbackOnTime = 0.92
    /// Before Barnets Lov no rule followed feedback: now and then none was given.
    static let feedbackMissingBeforeLaw = 0.06

    /// Calendar days from notification to feedback when on time, by what the assessment found.
    static func feedbackDays(_ severity: NextStep, _ rng: inout SeededRandom) -> Int {
        switch severity {
        case .noAction, .reassessment: rng.int(in: 5...25)
        case .focusedAssessment: rng.int(in: 20...70)
        case .investigation: rng.int(in: 35...85)
        case .immediateHelp: rng.int(in: 15...80)
        }
    }

    // MARK: The intake queue at the end

    /// Notifications left unassessed in the last days before `end`, per team, so the intake queue and the
    /// worklists have work on the demo's "now": the first team (the `caseworker` user's) has the most.
    static func backlog(team: Int) -> [Backlog] {
        team == 0 ? [.overdue, .open, .overdue, .open, .overdue] : [.overdue, .open]
    }
}

/// A notification left unassessed at the end: received 26 hours to 4 days before it (overdue), or in the
/// last 22 hours (its 24 hours still running).
enum Backlog: Sendable, Hashable {
    case open, overdue
}

/// What the generator decides about one notification before writing it: who made it, what the assessment
/// will find, and when each step on it is taken (as local minutes; a step planned after the end is not written).
struct NotificationPlan {
    /// The notification entry's id, drawn when it is planned so the help that follows can refer to it.
    let id: UUID
    let minute: Int
    /// Without the author: a professional submits it themselves, anyone else through a caseworker.
    let notification: SporDomain.Notification
    let severity: NextStep
    let inDanger: Bool
    let acuteMeasures: Bool
    let assessment: Int?
    let receipt: Int?
    let feedback: Int?
    /// The course stays open until this minute has passed (the last step planned, even after the end).
    let holdOpenUntil: Int

    var level: ConcernLevel { DemoIntake.level(of: severity, abuse: notification.concernsAbuse) }
}

/// Draws notifications and the times of the steps on them for one child.
struct IntakePlanner {
    let context: DemoContext
    let districtIndex: Int
    let risk: RiskGroup
    let birthDay: Int

    private static let day = DemoClock.minutesPerDay

    /// Who follows a concern with a notification, if the concern was raised by a professional (or a parent).
    struct Follows: Sendable {
        let source: ConcernSource
        let author: UUID
        let level: ConcernLevel
    }

    /// `investigated`: a børnefaglig undersøgelse of the child was concluded before.
    func plan(at minute: Int, follows: Follows?, backlog: Backlog?, investigated: Bool = false,
              _ rng: inout SeededRandom) -> NotificationPlan {
        let clock = context.clock
        let progress = context.progress(ofMinute: minute)
        let dayNumber = DemoClock.day(of: minute)
        let band = AgeBand.of(ageInDays: dayNumber - birthDay)
        let age = LocalDate(dayNumber: birthDay).age(on: LocalDate(dayNumber: dayNumber))

        // Who.
        var kind: NotifierKind
        var profession: ConcernSource?
        var professional: UUID?
        if let follows {
            if DemoContext.professions.contains(follows.source) {
                kind = .professional
                profession = follows.source
                professional = follows.author
            } else {
                kind = rng.chance(DemoIntake.afterParentProfessionalShare) ? .professional : .privatePerson
            }
        } else {
            let weights = DemoIntake.notifierWeights.map { $0.kind == .child && age < 10 ? 0 : $0.weight }
            kind = DemoIntake.notifierWeights[rng.weighted(weights)].kind
        }
        if kind == .professional && professional == nil {
            let sources = band.sources.filter { $0.source != .parent }
            let source = sources[rng.weighted(sources.map(\.weight))].source
            profession = source
            let index = DemoContext.professions.firstIndex(of: source)!
            professional = rng.pick(context.professionalsByDistrict[districtIndex][index])
        }
        let abuse = rng.chance(DemoIntake.abuseShare)
        let dialog = kind == .professional && !abuse && rng.chance(DemoIntake.dialogShare(progress: progress))

        // What the assessment finds.
        let severity: NextStep
        if abuse {
            severity = rng.chance(0.8) ? .investigation : .immediateHelp
        } else {
            let weights = follows.map { DemoIntake.severityWeights(after: $0.level) }
                ?? DemoIntake.severityWeights(risk: risk)
            severity = DemoIntake.severities[rng.weighted(DemoIntake.shifted(weights, progress: progress, investigated: investigated))]
        }
        let inDanger = switch severity {
        case .noAction, .reassessment: false
        case .focusedAssessment: rng.chance(0.05)
        case .investigation: rng.chance(abuse ? 0.8 : 0.35)
        case .immediateHelp: rng.chance(0.7)
        }
        let acuteMeasures = inDanger && rng.chance(severity == .immediateHelp ? 0.55 : abuse ? 0.4 : 0.2)

        let notifier = DemoIntake.notifier(kind, &rng)
        let description = DemoTexts.notification(kind: kind, profession: profession, band: band, abuse: abuse,
                                                 dialogBased: dialog, channel: notifier.channel, &rng)
        let notification = SporDomain.Notification(notifierKind: kind, notifierUser: professional, profession: profession,
                                                    description: description, dialogBased: dialog, concernsAbuse: abuse,
                                                    channel: notifier.channel, notifierName: notifier.name,
                                                    notifierContact: notifier.contact)

        // When.
        var assessment: Int?
        var receipt: Int?
        var feedback: Int?
        var holdOpenUntil: Int
        if backlog != nil {
            holdOpenUntil = clock.endMinute + IntakePlanner.day
        } else {
            let beforeLaw = LocalDate(dayNumber: dayNumber) < DeadlineRule.barnetsLovInForce
            assessment = assessmentMinute(after: minute, &rng)
            // Skærpet underretningspligt (§ 133): a professional, the police, a hospital or GP, another municipality.
            if kind.hasHeightenedDuty {
                receipt = receiptMinute(after: minute, &rng)
                if !(beforeLaw && rng.chance(DemoIntake.feedbackMissingBeforeLaw)) {
                    let days = rng.chance(DemoIntake.feedbackOnTime) ? DemoIntake.feedbackDays(severity, &rng)
                        : rng.int(in: 95...150)
                    feedback = DemoClock.officeMinute(clock.workingDay(onOrAfter: dayNumber + days), &rng)
                }
            }
            if beforeLaw && minute < clock.endMinute - 366 * IntakePlanner.day
                && rng.chance(DemoIntake.assessmentMissingBeforeLaw) {
                assessment = nil
            }
            // Feedback tells what came of the notification: never before it was assessed or acknowledged.
            if let given = feedback, let floor = [assessment, receipt].compactMap({ $0 }).max(), given <= floor {
                feedback = DemoClock.officeMinute(clock.workingDay(onOrAfter: DemoClock.day(of: floor) + 1), &rng)
            }
            let last = [assessment, receipt, feedback].compactMap { $0 }.max() ?? minute
            holdOpenUntil = DemoClock.officeMinute(clock.workingDay(onOrAfter: DemoClock.day(of: last) + rng.int(in: 1...5)),
                                                   &rng, from: 9 * 60, to: 15 * 60)
        }
        return NotificationPlan(id: rng.uuid(), minute: minute, notification: notification, severity: severity, inDanger: inDanger,
                                acuteMeasures: acuteMeasures, assessment: assessment, receipt: receipt, feedback: feedback,
                                holdOpenUntil: holdOpenUntil)
    }

    /// Within 24 real hours mostly: the same evening or the next morning (by 90 minutes before the 24 hours
    /// are up on the wall clock, which covers the night the clocks go back). Late: a working day after.
    private func assessmentMinute(after minute: Int, _ rng: inout SeededRandom) -> Int {
        let clock = context.clock
        let day = IntakePlanner.day
        let dayNumber = DemoClock.day(of: minute)
        if rng.chance(DemoIntake.assessmentOnTime) {
            let lastToday = dayNumber * day + 22 * 60 + 59
            if rng.chance(DemoIntake.assessmentSameDay) && minute + 10 <= lastToday {
                let latest = min(lastToday, minute + 6 * 60)
                return minute + 10 + rng.below(latest - minute - 10 + 1)
            }
            let from = (dayNumber + 1) * day + 7 * 60
            let to = minute + 24 * 60 - 90
            return from + rng.below(max(1, to - from))
        }
        var late = clock.workingDay(onOrAfter: dayNumber + 1 + rng.weighted([0.6, 0.25, 0.1, 0.05]))
        var at = DemoClock.officeMinute(late, &rng)
        while at <= minute + 24 * 60 + 90 {
            late = clock.workingDay(onOrAfter: late + 1)
            at = DemoClock.officeMinute(late, &rng)
        }
        return at
    }

    /// By the end of the 6th working day after the day of receipt, mostly; late: 7–16 working days. In the
    /// last month before the end more are late (a pile-up before the holidays), so the worklists show some.
    private func receiptMinute(after minute: Int, _ rng: inout SeededRandom) -> Int {
        let clock = context.clock
        let onTime = minute > clock.endMinute - 30 * IntakePlanner.day ? DemoIntake.receiptOnTimeAtTheEnd : DemoIntake.receiptOnTime
        let workingDays = rng.chance(onTime) ? rng.weighted(DemoIntake.receiptWorkingDayWeights)
            : rng.int(in: 7...16)
        if workingDays == 0 { return minute + rng.int(in: 15...120) }
        return DemoClock.officeMinute(clock.adding(workingDays: workingDays, to: DemoClock.day(of: minute)), &rng)
    }

    /// A minute for a notification left unassessed at the end, on a working day in office hours if the
    /// window has one, else between 07:00 and 23:00 (the on-call service); nil if the child is too young.
    func backlogMinute(_ backlog: Backlog, _ rng: inout SeededRandom) -> Int? {
        let end = context.clock.endMinute
        let day = IntakePlanner.day
        let window = switch backlog {
        case .open: (end - 22 * 60)...end
        case .overdue: (end - 4 * day)...(end - 26 * 60)
        }
        let earliest = (birthDay + 14) * day
        guard window.upperBound >= earliest else { return nil }
        let range = max(window.lowerBound, earliest)...window.upperBound
        return context.clock.minute(in: range, office: true, &rng) ?? context.clock.minute(in: range, office: false, &rng)
    }
}

/// How often early help is used on a professional's concern (levels 2–4), rising over the years as the
/// policy's "network meeting first" takes hold.
enum DemoEarlyHelp {
    static func consultationChance(progress: Double) -> Double { 0.15 + 0.20 * progress }
    static let noteChance = 0.18

    static func meetingChance(_ level: ConcernLevel, progress: Double) -> Double {
        let base = switch level {
        case .sensitive: 0.10
        case .vulnerable: 0.25
        default: 0.30
        }
        return base * (0.6 + 1.8 * progress)
    }

    /// The child takes part ("we talk with them, not about them"), from school age.
    static func childTakesPart(progress: Double) -> Double { 0.25 + 0.45 * progress }

    static func safetyScale(_ level: ConcernLevel, _ rng: inout SeededRandom) -> Int {
        switch level {
        case .sensitive: rng.int(in: 6...8)
        case .vulnerable: rng.int(in: 4...7)
        default: rng.int(in: 2...5)
        }
    }
}
