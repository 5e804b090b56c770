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
    /// Triggers whose day (Danish time) is before this date start no obligation.
    public var appliesFrom: LocalDate
    public var trigger: Trigger
    public var due: DueComputation
    public var discharge: Discharge
    public var assignment: Assignment
    /// The parts of the rule whose source was indirect and that a lawyer should confirm.
    public var unverified: Set<Part>

    public init(id: String, paragraph: String, titleDa: String, titleEn: String, appliesFrom: LocalDate,
                trigger: Trigger, due: DueComputation, discharge: Discharge, assignment: Assignment,
                unverified: Set<Part> = []) {
        self.id = id
        self.paragraph = paragraph
        self.titleDa = titleDa
        self.titleEn = titleEn
        self.appliesFrom = appliesFrom
        self.trigger = trigger
        self.due = due
        self.discharge = discharge
        self.assignment = assignment
        self.unverified = unverified
    }

    /// A part of a rule, for marking what is still to be verified.
    public enum Part: String, Sendable, Hashable, Codable, CaseIterable {
        case paragraph, trigger, due, discharge
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
        /// A notification about (suspected) abuse.
        case concernsAbuse
        /// The child already receives help (§ 137). Until measures are journal entries this reads: the case
        /// was open with a caseworker assigned before the triggering entry. Once `measureStarted` has a
        /// payload, an active measure is the better test.
        case childAlreadyReceivesHelp
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
        /// By the end of the day agreed for the action (scope `eachAgreedAction`).
        case agreedDate
    }

    /// The entries that meet an obligation: an entry kind and conditions that must all hold. An entry
    /// before the trigger never meets it.
    public struct Discharge: Sendable, Hashable, Codable {
        public var kind: EntryKind
        public var conditions: [DischargeCondition]

        public init(kind: EntryKind, conditions: [DischargeCondition] = []) {
            self.kind = kind
            self.conditions = conditions
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
        /// It records the triggering agreed action as done. Only a network-meeting payload can, and none
        /// exists yet, so no entry meets this condition today.
        case agreedActionDone
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
    /// The due instant for a trigger at `triggeredAt`. Nil when it needs something not given: a birth date,
    /// or an agreed date (which only an agreed action carries).
    public func due(after triggeredAt: Date, birthDate: LocalDate? = nil, calendar: WorkdayCalendar) -> Date? {
        let day = DanishTime.localDate(of: triggeredAt)
        switch self {
        case .realHours(let hours):
            return triggeredAt.addingTimeInterval(TimeInterval(hours) * 3600)
        case .endOfWorkingDay(let workingDays):
            return DanishTime.endOfDay(calendar.adding(workingDays: workingDays, to: day))
        case .calendarDays(let days):
            return DanishTime.endOfDay(day.adding(days: days))
        case .months(let months):
            return DanishTime.endOfDay(day.adding(months: months))
        case .birthday(let age, let offsetMonths):
            guard let birthDate else { return nil }
            return DanishTime.endOfDay(birthDate.adding(years: age).adding(months: offsetMonths))
        case .agreedDate:
            return nil
        }
    }
}
