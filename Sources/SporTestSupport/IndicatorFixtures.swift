import Foundation
import SporDomain

/// Small hand-built journals with hand-computed indicator values, as public data so that every store (SQLite,
/// PostgreSQL) and the domain's own tests run the same cases: compute each child's contributions with
/// `IndicatorComputation(grid: fixture.grid)` at `fixture.asOf`, sum them, and compare the cells in `expected`.
///
/// Every id is fixed (no random UUIDs) and every instant is a Danish wall-clock time, so a fixture is the same value
/// on every run. Each fixture's `about` says how its expected values were worked out.
public enum IndicatorFixtures {
    public struct Fixture: Sendable {
        public let name: String
        /// The indicators whose values it checks.
        public let indicators: [String]
        public let about: String
        public let asOf: Date
        public let grid: IndicatorGrid
        public let children: [FixtureChild]
        /// Cells with their hand-computed tallies; a cell not listed is not checked.
        public let expected: [Expectation]
    }

    public struct FixtureChild: Sendable {
        public let facts: IndicatorChildFacts
        /// The child's journal, in the order it was recorded (each entry valid against those before it).
        public let entries: [Entry]
        /// What the course shows: a period boundary crossed, a corrected entry, a young person turning 18, …
        public let about: String
    }

    public struct Expectation: Sendable, Hashable {
        public let cell: IndicatorCell
        public let tally: IndicatorTally
    }

    /// Every fixture, at least three children per indicator.
    public static let all: [Fixture] = [
        immediateHelpShare, networkMeetingFirst, childHeard, childInNetworkMeeting, caseworkerChanges, professionalsPerChild,
        daysToHelp, deadlinesMet, generalSettings, specialised, placements, homecomings, handoverMeetings, careLeaverDecision,
        youngAdultSupportUptake, goalsProgress, leisureParticipation,
        school,
        supportBeforeBirth,
        contactVisitsHeld,
        abusePreparednessSteps,
        siblings,
    ]

    // MARK: - Fixed values

    /// The municipality of every fixture entry (Norddjurs).
    public static let municipality = Municipality.norddjurs.code
    public static let grenaa = "Område Grenaa"
    public static let auning = "Område Auning"
    /// The time of reckoning of every fixture: 15 January 2026 at noon.
    public static let asOf = DanishTime.instant(LocalDate(year: 2026, month: 1, day: 15)!, hour: 12)
    /// 2025 by month, quarter and year.
    public static let grid = IndicatorGrid(years: 2025...2025)

    /// The people who write in the fixtures' journals.
    public enum People {
        public static let caseworkerX = uuid(0xFFFF, 0, 1)
        public static let caseworkerY = uuid(0xFFFF, 0, 2)
        public static let caseworkerZ = uuid(0xFFFF, 0, 3)
        public static let teamLead = uuid(0xFFFF, 0, 4)
        public static let teacher = uuid(0xFFFF, 0, 5)
        public static let outreach = uuid(0xFFFF, 0, 6)
        public static let healthVisitor = uuid(0xFFFF, 0, 7)
    }

    /// A fixed UUID: fixture, child, then a running number.
    public static func uuid(_ fixture: Int, _ child: Int, _ number: Int) -> UUID {
        UUID(uuidString: String(format: "%08X-%04X-4000-8000-%012X", fixture, child, number))!
    }

    public static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    public static func expect(_ indicator: String, _ period: String, series: String = "", _ numerator: Int, _ denominator: Int,
                       children: Int, values: [Int] = []) -> Expectation {
        expect(indicator, period, .all, series: series, numerator, denominator, children: children, values: values)
    }

    public static func expect(_ indicator: String, _ period: String, _ breakdown: IndicatorBreakdown, series: String = "",
                       _ numerator: Int, _ denominator: Int, children: Int, values: [Int] = []) -> Expectation {
        var counted: [Int: Int] = [:]
        for value in values { counted[value, default: 0] += 1 }
        return Expectation(cell: IndicatorCell(indicator: indicator, series: series, period: IndicatorPeriod(period)!, breakdown: breakdown),
                           tally: IndicatorTally(numerator: numerator, denominator: denominator, children: children, values: counted))
    }
}

extension IndicatorFixtures {
    /// Writes one child's journal: each step an entry at a Danish wall-clock time, by a fixed author, with a fixed id.
    public struct CourseBuilder: Sendable {
        public let facts: IndicatorChildFacts
        public private(set) var entries: [Entry] = []
        private let fixture: Int
        private let number: Int
        private var counter = 0

        /// Child `number` of fixture `fixture`.
        public init(fixture: Int, child number: Int, born birthDate: LocalDate, sex: LegalSex, district: String) {
            self.fixture = fixture
            self.number = number
            self.facts = IndicatorChildFacts(id: IndicatorFixtures.uuid(fixture, number, 0), birthDate: birthDate, sex: sex, district: district)
        }

        public func child(about: String) -> FixtureChild { FixtureChild(facts: facts, entries: entries, about: about) }

        /// A fixed id for something the journal names inside an entry (a goal).
        public mutating func newID() -> UUID {
            counter += 1
            return IndicatorFixtures.uuid(fixture, number, counter)
        }

        public func age(on day: LocalDate) -> Int { facts.birthDate.age(on: day) }

        @discardableResult
        public mutating func add(_ payload: EntryPayload, _ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0,
                                 by author: UUID = People.caseworkerX, corrects: UUID? = nil) -> Entry {
            let instant = DanishTime.instant(day, hour: hour, minute: minute)
            let entry = Entry(id: newID(), municipality: IndicatorFixtures.municipality, child: facts.id, payload: payload,
                              occurredAt: instant, recordedAt: instant, author: author, corrects: corrects)
            entries.append(entry)
            return entry
        }

        /// A correction of `original`: the replacement, or nil to void it (entered in error).
        @discardableResult
        public mutating func correct(_ original: Entry, with replacement: EntryPayload?, _ day: LocalDate, _ hour: Int = 10,
                                     by author: UUID = People.caseworkerX) -> Entry {
            add(.correction(Correction(reason: replacement == nil ? "Registreret ved en fejl" : "Rettet efter samtale med familien",
                                       replacement: replacement)), day, hour, by: author, corrects: original.id)
        }

        // MARK: Early steps

        @discardableResult
        public mutating func concern(_ day: LocalDate, _ hour: Int = 10, by author: UUID = People.teacher) -> Entry {
            add(.concern(Concern(level: .vulnerable, source: .teacher, description: "Barnet virker trist og er ofte fraværende")), day, hour, by: author)
        }

        @discardableResult
        public mutating func notification(_ day: LocalDate, _ hour: Int = 10, from notifier: NotifierKind = .professional,
                                          by author: UUID = People.teacher) -> Entry {
            add(.notification(Notification(notifierKind: notifier, notifierUser: notifier == .professional ? author : nil,
                                           profession: notifier == .professional ? .teacher : nil,
                                           description: "Bekymring for barnets trivsel og fravær")), day, hour, by: author)
        }

        public static func meeting(childTookPart: Bool) -> NetworkMeeting {
            NetworkMeeting(participants: .init(child: childTookPart, parents: true, network: true, professions: [.teacher]),
                           worries: "Fravær og konflikter hjemme", workingWell: "Gode venner i klassen",
                           needsToHappen: "Mere ro om morgenen", safetyScale: 6)
        }

        @discardableResult
        public mutating func networkMeeting(_ day: LocalDate, _ hour: Int = 10, childTookPart: Bool, by author: UUID = People.outreach) -> Entry {
            add(.networkMeeting(Self.meeting(childTookPart: childTookPart)), day, hour, by: author)
        }

        @discardableResult
        public mutating func urgencyAssessment(of notification: Entry, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.urgencyAssessment(UrgencyAssessment(notification: notification.id, inDanger: false, acuteMeasures: false,
                                                     nextStep: .noAction, reasoning: "Ikke akut; følges af netværket")), day, hour)
        }

        @discardableResult
        public mutating func receipt(of notification: Entry, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.receiptSent(Receipt(notification: notification.id, text: "Tak for din underretning")), day, hour)
        }

        @discardableResult
        public mutating func feedback(on notification: Entry, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.notifierFeedback(NotifierFeedback(notification: notification.id, ledToInvestigation: false,
                                                   text: "Underretningen førte ikke til en undersøgelse")), day, hour)
        }

        @discardableResult
        public mutating func earlyHelpNote(_ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.journalNote(JournalNote(text: "Samtaler med mor om morgenrutiner", earlyHelp: true)), day, hour, by: People.outreach)
        }

        @discardableResult
        public mutating func note(_ day: LocalDate, _ hour: Int = 10, by author: UUID = People.caseworkerX) -> Entry {
            add(.journalNote(JournalNote(text: "Telefonsamtale med skolen")), day, hour, by: author)
        }

        @discardableResult
        public mutating func assign(_ caseworker: UUID, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), day, hour, by: People.teamLead)
        }

        @discardableResult
        public mutating func close(_ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.caseClosed(CaseClosure(reason: "Målene er nået")), day, hour)
        }

        // MARK: Assessments and the child's voice

        @discardableResult
        public mutating func investigation(_ day: LocalDate, _ hour: Int = 10, needKnownOn: LocalDate? = nil) -> Entry {
            add(.investigation(AssessmentStart(reason: "Bekymring for omsorgen", needKnownOn: needKnownOn)), day, hour)
        }

        @discardableResult
        public mutating func focusedAssessment(_ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.focusedAssessment(AssessmentStart(reason: "Skolefravær", dialogBased: true)), day, hour)
        }

        public static func conclusion(of start: Entry) -> EntryPayload {
            let conclusion = AssessmentConclusion(
                start: start.id,
                triangle: ICSTriangle(childsDevelopment: "Går i skole, har venner", parentingCapacity: "Mor er presset",
                                      familyAndNetwork: "Mormor bor tæt på"),
                childsViews: "Vil gerne bo hjemme", parentsViews: "Ønsker hjælp", conclusion: "Grundlag for støtte")
            return start.kind == .investigation ? .investigationConcluded(conclusion) : .focusedAssessmentConcluded(conclusion)
        }

        @discardableResult
        public mutating func conclude(_ start: Entry, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(Self.conclusion(of: start), day, hour)
        }

        @discardableResult
        public mutating func conversation(_ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.childConversation(ChildConversation(heldBy: People.caseworkerX, place: "På skolen",
                                                     outcome: .childsWords("Jeg vil gerne have hjælp til lektierne"))), day, hour)
        }

        public static func ownViews(by who: OwnViews.Who) -> EntryPayload {
            .ownViews(OwnViews(who: who, text: who == .child ? "Jeg vil gerne blive boende" : "Vi har brug for hjælp om morgenen"))
        }

        // MARK: Decisions, measures, placements

        /// A decision; consent and complaint guidance as the child's age requires, the child heard in `heardIn` or not
        /// heard for a stated reason.
        @discardableResult
        public mutating func decision(_ day: LocalDate, _ hour: Int = 10, offers: [String], basis: LegalBasis, heardIn views: Entry? = nil,
                                      outcome: Decision.Outcome = .granted, makesChildsPlan: Bool? = nil) -> Entry {
            add(.decision(decisionPayload(day, offers: offers, basis: basis, heardIn: views, outcome: outcome, makesChildsPlan: makesChildsPlan)),
                day, hour)
        }

        public func decisionPayload(_ day: LocalDate, offers: [String], basis: LegalBasis, heardIn views: Entry? = nil,
                                    outcome: Decision.Outcome = .granted, makesChildsPlan: Bool? = nil) -> Decision {
            let age = self.age(on: day)
            let required = Decision.requiredConsent(for: basis, age: age)
            let granted = outcome == .granted
            let expectedEnd = basis == .youngAdultSupport
                ? Decision.lastDayOfYoungAdultSupport(birthDate: facts.birthDate) : day.adding(months: 12)
            return Decision(
                outcome: outcome, offers: offers, legalBasis: basis, reasons: "Undersøgelsens konklusion og barnets egne ord",
                purpose: "At barnet trives hjemme og i skolen",
                expectedEnd: granted ? expectedEnd : nil,
                consent: Consent(custodyHolders: granted && required.custodyHolders ? .given : nil,
                                 youngPerson: granted && required.youngPerson ? .given : nil),
                childsViews: views.map { .heardIn($0.id) } ?? .notHeard(reason: "Barnet ønskede ikke at deltage i en samtale"),
                complaintGuidanceToChild: Decision.requiresComplaintGuidanceToChild(age: age), makesChildsPlan: makesChildsPlan)
        }

        @discardableResult
        public mutating func measure(_ offer: String, _ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0, decision: Entry?,
                                     basis: LegalBasis) -> Entry {
            add(.measureStarted(MeasureStart(offer: offer, decision: decision?.id, legalBasis: basis)), day, hour, minute)
        }

        @discardableResult
        public mutating func end(_ start: Entry, _ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0,
                                 reason: EndReason = .goalsReached) -> Entry {
            if start.kind == .placementStarted {
                return add(.placementEnded(PlacementEnd(placement: start.id, reason: reason)), day, hour, minute)
            }
            return add(.measureEnded(MeasureEnd(measure: start.id, reason: reason)), day, hour, minute)
        }

        public static func placementPayload(_ offer: String, kind: PlacementKind, decision: Entry, nearHome: Bool = true,
                                            schoolKept: Bool = true) -> EntryPayload {
            .placementStarted(PlacementStart(offer: offer, kind: kind, decision: decision.id, legalBasis: .placementWithConsent,
                                             nearHome: nearHome, schoolKept: schoolKept,
                                             contactArrangements: "Samvær med mor hver anden weekend"))
        }

        @discardableResult
        public mutating func placement(_ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0, offer: String = "netvaerksplejefamilie",
                                       kind: PlacementKind = .networkFosterFamily, decision: Entry, nearHome: Bool = true,
                                       schoolKept: Bool = true) -> Entry {
            add(Self.placementPayload(offer, kind: kind, decision: decision, nearHome: nearHome, schoolKept: schoolKept), day, hour, minute)
        }

        /// A child conversation on `day`, a § 46 decision on the offer the day after and the placement in a network foster
        /// family two days after that.
        @discardableResult
        public mutating func placed(conversationOn day: LocalDate) -> (conversation: Entry, decision: Entry, placement: Entry) {
            let heard = conversation(day)
            let decided = decision(day.adding(days: 1), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: heard)
            return (heard, decided, placement(day.adding(days: 3), decision: decided))
        }

        // MARK: Plans, follow-up, transitions

        @discardableResult
        public mutating func plan(_ goals: [UUID], _ day: LocalDate, _ hour: Int = 10) -> Entry {
            let goals = goals.map {
                ChildsPlan.Goal(id: $0, what: "Kommer i skole hver dag", byWhen: day.adding(months: 12), howWeWillKnow: "Fraværet er under 5 %")
            }
            return add(.plan(ChildsPlan(goals: goals, childsHopes: "At blive dyrlæge", madeWithChild: true, madeWithParents: true)), day, hour)
        }

        public static func followUpPayload(of measures: [Entry], ratings: [(UUID, GoalRating)], next: LocalDate?) -> EntryPayload {
            .followUp(FollowUp(measures: measures.map(\.id), ratings: ratings.map { FollowUp.Rating(goal: $0.0, rating: $0.1) },
                               assessment: "Det går fremad", outcome: next == nil ? .end : .continue, nextFollowUp: next,
                               nextFollowUpReason: next == nil ? nil : "Efter skolens ferie"))
        }

        @discardableResult
        public mutating func followUp(of measures: [Entry], _ day: LocalDate, _ hour: Int = 10, ratings: [(UUID, GoalRating)] = [],
                                      next: LocalDate?) -> Entry {
            add(Self.followUpPayload(of: measures, ratings: ratings, next: next), day, hour)
        }

        @discardableResult
        public mutating func transition(_ from: TransitionStage, _ to: TransitionStage, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.transition(Transition(from: from, to: to)), day, hour)
        }

        @discardableResult
        public mutating func handoverMeeting(_ from: TransitionStage, _ to: TransitionStage, _ day: LocalDate, _ hour: Int = 10) -> Entry {
            add(.handoverMeeting(HandoverMeeting(from: from, to: to, participants: ["Pædagog", "Lærer"], childPresent: true,
                                                 familyPresent: true, plan: "Barnet besøger den nye klasse to gange")), day, hour)
        }
    }
}
