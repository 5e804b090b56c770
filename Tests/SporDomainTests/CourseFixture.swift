import XCTest
@testable import SporDomain

/// Builds the entries of one made-up child's course at fixed Danish wall-clock times. Tests of the course
/// (rules, validation, the fold) subclass it; it holds no tests of its own.
class CourseTestCase: XCTestCase {
    let child = UUID()
    let caseworker = UUID()
    let teamLead = UUID()
    let calendar = WorkdayCalendar.standard

    func d(_ y: Int, _ m: Int, _ day: Int) -> LocalDate { LocalDate(year: y, month: m, day: day)! }

    /// Danish wall-clock time.
    func at(_ date: LocalDate, _ hour: Int = 10, _ minute: Int = 0) -> Date { DanishTime.instant(date, hour: hour, minute: minute) }

    func entry(_ payload: EntryPayload, at instant: Date, author: UUID? = nil, corrects: UUID? = nil) -> Entry {
        Entry(municipality: 707, child: child, payload: payload, occurredAt: instant, recordedAt: instant,
              author: author ?? caseworker, corrects: corrects)
    }

    // MARK: - Assessments

    func investigation(at instant: Date, needKnownOn: LocalDate? = nil) -> Entry {
        entry(.investigation(AssessmentStart(reason: "Mistanke om omsorgssvigt", needKnownOn: needKnownOn)), at: instant)
    }

    func focusedAssessment(at instant: Date) -> Entry {
        entry(.focusedAssessment(AssessmentStart(reason: "Skolefravær", dialogBased: true)), at: instant)
    }

    func conclusion(of start: Entry, at instant: Date) -> Entry {
        let conclusion = AssessmentConclusion(
            start: start.id,
            triangle: ICSTriangle(childsDevelopment: "Trives i skolen, har to gode venner", parentingCapacity: "Mor er presset",
                                  familyAndNetwork: "Mormor bor tæt på"),
            childsViews: "Vil gerne blive boende hjemme", parentsViews: "Ønsker hjælp i hjemmet",
            conclusion: "Grundlag for familiebehandling")
        return entry(start.kind == .investigation ? .investigationConcluded(conclusion) : .focusedAssessmentConcluded(conclusion),
                     at: instant)
    }

    func preliminary(_ start: Entry, at instant: Date, expected: LocalDate) -> Entry {
        entry(.preliminaryAssessment(PreliminaryAssessment(investigation: start.id, assessment: "Familien profiterer af støtten",
                                                           reasonForDelay: "Venter på psykologisk undersøgelse",
                                                           expectedConclusion: expected)), at: instant)
    }

    // MARK: - The child's voice

    func conversation(at instant: Date, bisidder: Bisidder? = nil) -> Entry {
        entry(.childConversation(ChildConversation(heldBy: caseworker, place: "På skolen", bisidder: bisidder,
                                                   outcome: .childsWords("Jeg vil gerne have, at mor får hjælp"))), at: instant)
    }

    // MARK: - Decisions and measures

    func decision(_ offers: [String] = ["familiebehandling"], basis: LegalBasis = .treatment, at instant: Date,
                  heardIn views: Entry? = nil, notHeardReason: String? = "Barnet er for ungt til en samtale",
                  consent: Consent = Consent(custodyHolders: .given), guidance: Bool = true, makesPlan: Bool? = nil,
                  outcome: Decision.Outcome = .granted, expectedEnd: LocalDate? = nil, bases: [String: LegalBasis]? = nil,
                  reasons: String? = "Undersøgelsen viser et behov, som indsatsen dækker") -> Entry {
        let childsViews: ChildsViews = views.map { .heardIn($0.id) } ?? .notHeard(reason: notHeardReason ?? "")
        let end = expectedEnd ?? DanishTime.localDate(of: instant).adding(months: 6)
        return entry(.decision(Decision(outcome: outcome, offers: offers, legalBasis: basis, bases: bases, reasons: reasons,
                                        purpose: "At mor og barn finder en god hverdag",
                                        expectedEnd: end, consent: consent, childsViews: childsViews, complaintGuidanceToChild: guidance,
                                        makesChildsPlan: makesPlan)), at: instant)
    }

    func measure(_ offer: String = "familiebehandling", decision: Entry?, basis: LegalBasis = .treatment, at instant: Date) -> Entry {
        entry(.measureStarted(MeasureStart(offer: offer, decision: decision?.id, legalBasis: basis)), at: instant)
    }

    func ended(_ measure: Entry, at instant: Date, reason: EndReason = .goalsReached) -> Entry {
        if measure.kind == .placementStarted {
            return entry(.placementEnded(PlacementEnd(placement: measure.id, reason: reason)), at: instant)
        }
        return entry(.measureEnded(MeasureEnd(measure: measure.id, reason: reason)), at: instant)
    }

    func placement(_ offer: String = "netvaerksplejefamilie", kind: PlacementKind = .networkFosterFamily, decision: Entry,
                   basis: LegalBasis = .placementWithConsent, at instant: Date) -> Entry {
        entry(.placementStarted(PlacementStart(offer: offer, kind: kind, decision: decision.id, legalBasis: basis, nearHome: true,
                                               schoolKept: true, contactArrangements: "Samvær med mor hver anden weekend")), at: instant)
    }

    // MARK: - Plans and follow-up

    func goal(_ what: String = "Kommer i skole hver dag", id: UUID = UUID(), by day: LocalDate) -> ChildsPlan.Goal {
        ChildsPlan.Goal(id: id, what: what, byWhen: day, howWeWillKnow: "Fraværet er under 5 %")
    }

    func plan(_ goals: [ChildsPlan.Goal], supersedes: Entry? = nil, at instant: Date) -> Entry {
        entry(.plan(ChildsPlan(supersedes: supersedes?.id, goals: goals, childsHopes: "At blive dyrlæge", madeWithChild: true,
                               madeWithParents: true)), at: instant)
    }

    func followUp(of measures: [Entry], ratings: [FollowUp.Rating] = [], at instant: Date, next: LocalDate?,
                  outcome: FollowUp.Outcome = .continue) -> Entry {
        entry(.followUp(FollowUp(measures: measures.map(\.id), ratings: ratings, assessment: "Det går fremad", outcome: outcome,
                                 nextFollowUp: next, nextFollowUpReason: next == nil ? nil : "Skoleåret begynder")), at: instant)
    }

    // MARK: - Reading the rules

    func obligations(_ entries: [Entry], now: Date, birthDate: LocalDate? = nil, book: RuleBook = .barnetsLov) -> [Obligation] {
        book.obligations(for: Timeline(entries), child: child, birthDate: birthDate, calendar: calendar, now: now, caseworker: caseworker)
    }

    func obligation(_ rule: DeadlineRule, in obligations: [Obligation], file: StaticString = #filePath, line: UInt = #line) throws -> Obligation {
        try XCTUnwrap(obligations.first { $0.rule == rule.id }, "no \(rule.id)", file: file, line: line)
    }

    func rules(_ obligations: [Obligation]) -> [String] { obligations.map(\.rule) }

    // MARK: - Validation

    /// The code `entry` is refused with in the course `entries`, or nil when it is accepted.
    /// The field a refusal names.
    func refusalField(_ entry: Entry, in entries: [Entry], birthDate: LocalDate? = nil) -> String? {
        do {
            try JournalRules.validate(entry, in: Timeline(entries), now: entry.occurredAt.addingTimeInterval(60), context: JournalContext(birthDate: birthDate))
            return nil
        } catch {
            return error.field
        }
    }

    func refusal(_ entry: Entry, in entries: [Entry], birthDate: LocalDate? = nil, rules: CourseRules = .standard) -> DomainError.Code? {
        let context = JournalContext(birthDate: birthDate, rules: rules)
        do {
            try JournalRules.validate(entry, in: Timeline(entries), now: entry.occurredAt.addingTimeInterval(60), context: context)
            return nil
        } catch {
            return error.code
        }
    }
}
