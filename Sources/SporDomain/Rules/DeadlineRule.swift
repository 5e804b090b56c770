import Foundation

/// A legal deadline as data: what starts it, when it falls due, what meets it and whose list it is on.
///
/// A worklist, a reminder and the `deadlines-met` indicator all read the same rules (STYLE.md, "Law as data").
/// Where the source for a part was indirect, that part is listed in `unverified` (DOMAIN.md: "(verify)"),
/// so a definition page can show it and a municipality can change it without a code change.
public struct DeadlineRule: Sendable, Hashable, Codable, Identifiable {
    /// Stable name, e.g. "assessment-24h". Obligations and indicators refer to a rule by it.
    public let id: String
    /// The provision, as shown beside the rule, e.g. "§ 136".
    public var paragraph: String
    public var titleDa: String
    public var titleEn: String
    /// The title in every language.
    public var title: LocalizedText { LocalizedText(da: titleDa, en: titleEn) }
    /// Triggers whose day (Danish time) is before this date start no obligation.
    public var appliesFrom: LocalDate
    /// Triggers whose day (Danish time) is after this date start no obligation: the previous act's rules (Serviceloven)
    /// are valid to 31 December 2023, the day before Barnets Lov took effect. Nil: no end.
    public var validTo: LocalDate?
    public var trigger: Trigger
    public var due: DueComputation
    public var discharge: Discharge
    public var assignment: Assignment
    /// The parts of the rule whose source was indirect and that a lawyer should confirm.
    public var unverified: Set<Part>
    /// What is unverified and why, in Danish: shown beside the mark on the tray and the rules page. Nil when nothing is.
    public var unverifiedNoteDa: String?
    public var unverifiedNoteEn: String?
    /// The explanation of `unverified` in every language; nil when the rule has no unverified part.
    public var unverifiedNote: LocalizedText? {
        guard !unverified.isEmpty else { return nil }
        return LocalizedText(da: unverifiedNoteDa ?? "", en: unverifiedNoteEn ?? "")
    }
    /// When an entry meeting this happened by the due instant, the obligation was never owed: a preliminary
    /// assessment is owed only by an investigation still open at 4 months; a follow-up only on a measure still running.
    public var lapse: Discharge?
    /// Whether an obligation of this rule may be marked *ikke relevant* without counting as missed in `deadlines-met`.
    /// By default it may not: a legal deadline marked not relevant leaves the lists but counts as missed.
    public var mayBeNotRelevant: Bool

    public init(id: String, paragraph: String, titleDa: String, titleEn: String, appliesFrom: LocalDate,
                validTo: LocalDate? = nil, trigger: Trigger, due: DueComputation, discharge: Discharge, assignment: Assignment,
                unverified: Set<Part> = [], unverifiedNoteDa: String? = nil, unverifiedNoteEn: String? = nil,
                lapse: Discharge? = nil, mayBeNotRelevant: Bool = false) {
        self.id = id
        self.paragraph = paragraph
        self.titleDa = titleDa
        self.titleEn = titleEn
        self.appliesFrom = appliesFrom
        self.validTo = validTo
        self.trigger = trigger
        self.due = due
        self.discharge = discharge
        self.assignment = assignment
        self.unverified = unverified
        self.unverifiedNoteDa = unverifiedNoteDa
        self.unverifiedNoteEn = unverifiedNoteEn
        self.lapse = lapse
        self.mayBeNotRelevant = mayBeNotRelevant
    }

    /// A part of a rule, for marking what is still to be verified.
    public enum Part: String, Sendable, Hashable, Codable, CaseIterable {
        case paragraph, trigger, due, discharge, lapse
    }

    /// Whether a trigger on `day` (Danish time) falls in the rule's period: from `appliesFrom`, up to `validTo`.
    public func applies(on day: LocalDate) -> Bool {
        day >= appliesFrom && validTo.map { day <= $0 } ?? true
    }

    /// The entries that start an obligation: an entry kind and conditions that must all hold.
    public struct Trigger: Sendable, Hashable, Codable {
        public var kind: EntryKind
        public var conditions: [TriggerCondition]
        public var scope: Scope

        public init(kind: EntryKind, conditions: [TriggerCondition] = [], scope: Scope = .entry) {
            self.kind = kind
            self.conditions = conditions
            self.scope = scope
        }

        /// How many obligations one triggering entry starts.
        public enum Scope: String, Sendable, Hashable, Codable {
            /// One for the entry.
            case entry
            /// One for each action agreed in the entry, with its owner and date (a network meeting's
            /// "What needs to happen?"). Only a network-meeting payload carries agreed actions; until that
            /// payload exists no entry has any, so a rule of this scope starts no obligation.
            case eachAgreedAction
        }
    }

    /// A condition on the triggering entry as the course now reads it.
    public enum TriggerCondition: Sendable, Hashable, Codable {
        /// A notification from this kind of notifier.
        case notifier(NotifierKind)
        /// A notification from a notifier with skærpet underretningspligt (§ 133): `NotifierKind.hasHeightenedDuty`.
        case notifierHasHeightenedDuty
        /// A notification about (suspected) abuse.
        case concernsAbuse
        /// The child already receives help (§ 137's scope, DOMAIN.md: "a child who already receives help"): a measure
        /// under § 32 or a placement was running before the triggering entry. An open case with a caseworker but no help
        /// started is not in its scope.
        case childAlreadyReceivesHelp
        /// A decision, measure or placement on one of these provisions (a list, so the rule's JSON keeps its order).
        case legalBasis([LegalBasis])
        /// A decision that grants (bevilling), not refuses.
        case granted
        /// Own views the family sent from *Min side* (`OwnViews.sentFromPortal`).
        case sentFromPortal
        /// A § 32 decision that says a barnets plan is to be made (§ 91, stk. 1).
        case makesChildsPlan
        /// The child is younger than `age` on the day of the trigger (needs the birth date; without it, false).
        case childUnder(age: Int)
        /// A placement's end that followed a homecoming plan (`PlacementEnd.homecomingPlan`): the homecoming as a course.
        case homecomingCourse
    }

    /// How the due instant follows from the trigger. Every computation is in Danish time.
    public enum DueComputation: Sendable, Hashable, Codable {
        /// Real elapsed hours: across a clock change the wall-clock time shifts by an hour.
        case realHours(Int)
        /// By the end of the nth working day after the day of the trigger (the day itself does not count).
        case endOfWorkingDay(afterWorkingDays: Int)
        /// By the end of the nth calendar day after the day of the trigger.
        case calendarDays(Int)
        /// By the end of the day n calendar months after the day of the trigger (31 January + 1 month is
        /// the last day of February).
        case months(Int)
        /// By the end of the day `offsetMonths` from the child's birthday at `age` (negative: before it),
        /// e.g. a decision on support after 18 at least 6 months before the 18th birthday (§ 111).
        case birthday(age: Int, offsetMonths: Int)
        /// By the end of the day agreed for the action (scope `eachAgreedAction`), or the day a follow-up set for
        /// the next one.
        case agreedDate
        /// By the end of the day n months after the need became known (§ 20, stk. 3): an assessment's `needKnownOn`;
        /// left blank, the day of the notification it follows; without one either, the trigger's day.
        case monthsFromNeedKnown(Int)
        /// For a measure or placement: by the end of the day an afdækning or investigation running alongside it
        /// (begun at or before its start and not yet concluded then) is concluded, or n months after its start,
        /// whichever is earlier (§ 95, stk. 2).
        case alongsideAssessmentEndOrMonths(Int)
        /// Before the child's birthday at `age` begins: "up to and including 22" ends as the 23rd birthday begins.
        case beforeBirthday(age: Int)
        /// At the trigger itself: what must exist before it (§ 91, stk. 2: the plan before a § 47 decision).
        case atTrigger
    }

    /// The entries that meet an obligation: an entry kind and conditions that must all hold, or any of the
    /// alternatives. An entry before the trigger meets it only within `lookbackDays` calendar days before the
    /// trigger's day.
    public struct Discharge: Sendable, Hashable, Codable {
        public var kind: EntryKind
        public var conditions: [DischargeCondition]
        /// 0: only at or after the trigger.
        public var lookbackDays: Int
        /// Other entries that meet it as well, e.g. support at 23 ends, or is handed over to adult services.
        public var alternatives: [Discharge]

        public init(kind: EntryKind, conditions: [DischargeCondition] = [], lookbackDays: Int = 0, alternatives: [Discharge] = []) {
            self.kind = kind
            self.conditions = conditions
            self.lookbackDays = lookbackDays
            self.alternatives = alternatives
        }

        private enum CodingKeys: String, CodingKey { case kind, conditions, lookbackDays, alternatives }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decode(EntryKind.self, forKey: .kind)
            conditions = try container.decode([DischargeCondition].self, forKey: .conditions)
            lookbackDays = try container.decodeIfPresent(Int.self, forKey: .lookbackDays) ?? 0
            alternatives = try container.decodeIfPresent([Discharge].self, forKey: .alternatives) ?? []
        }
    }

    /// A condition on a discharging entry, as the course now reads it.
    public enum DischargeCondition: Sendable, Hashable, Codable {
        /// A step on the triggering notification (its `notification` is the trigger's id).
        case stepOnTrigger
        /// An urgency assessment that chose this next step.
        case nextStep(NextStep)
        /// Its author is new to the case: see `isNewToCase(author:before:in:)`, judged at the trigger.
        case authorNewToCase
        /// It records the triggering agreed action as done. Agreed actions are read apart (see
        /// `RuleBook.agreedActionObligation`), so no entry meets this condition in a rule of scope `entry`.
        case agreedActionDone
        /// A task completion that closes the triggering task (a message from *Min side* answered).
        case completesTrigger
        /// It acts on the trigger: concludes the assessment, ends the measure, follows up the measure (see
        /// `EntryPayload.references`).
        case refersToTrigger
        /// A handover meeting for the same transition (from and to) as the triggering transition.
        case sameTransition
        /// A decision on one of these provisions, granting or refusing.
        case legalBasis([LegalBasis])
        /// A transition to this stage.
        case transitionTo(TransitionStage)
    }

    /// Whose list an obligation lands on.
    public enum Assignment: String, Sendable, Hashable, Codable {
        /// The child's caseworker; the team of the child's district while the child has none.
        case childsCaseworker
        /// The team of the child's district.
        case districtTeam
        /// The owner of an agreed action (scope `eachAgreedAction`).
        case actionOwner
        /// The user who submitted the triggering notification; the child's caseworker or team when the
        /// notifier is not a user.
        case notifier
    }
}

extension DeadlineRule.DueComputation {
    /// The due instant for a trigger at `triggeredAt`, read without the trigger's contents: an agreed date is not
    /// known (nil), the need counts as known on the trigger's day, and no assessment runs alongside. Nil also when it
    /// needs a birth date not given. `RuleBook.obligations` reads the trigger and its course as well.
    public func due(after triggeredAt: Date, birthDate: LocalDate? = nil, calendar: WorkdayCalendar) -> Date? {
        let day = DanishTime.localDate(of: triggeredAt)
        switch self {
        case .realHours(let hours):
            return triggeredAt.addingTimeInterval(TimeInterval(hours) * 3600)
        case .endOfWorkingDay(let workingDays):
            return DanishTime.endOfDay(calendar.adding(workingDays: workingDays, to: day))
        case .calendarDays(let days):
            return DanishTime.endOfDay(day.adding(days: days))
        case .months(let months), .monthsFromNeedKnown(let months), .alongsideAssessmentEndOrMonths(let months):
            return DanishTime.endOfDay(day.adding(months: months))
        case .birthday(let age, let offsetMonths):
            guard let birthDate else { return nil }
            return DanishTime.endOfDay(birthDate.adding(years: age).adding(months: offsetMonths))
        case .beforeBirthday(let age):
            guard let birthDate else { return nil }
            return DanishTime.startOfDay(birthDate.birthday(turning: age))
        case .atTrigger:
            return triggeredAt
        case .agreedDate:
            return nil
        }
    }
}
