import XCTest
@testable import SporDomain

final class CourseRulesTests: CourseTestCase {
    // MARK: - § 20, stk. 3: the investigation within 4 months, and the preliminary assessment

    func testAnInvestigationIsDueFourMonthsAfterTheNeedBecameKnown() throws {
        // Known on 10 January, started on 15 January: due by the end of 10 May.
        let started = investigation(at: at(d(2025, 1, 15)), needKnownOn: d(2025, 1, 10))
        let open = try obligation(.investigationFourMonths, in: obligations([started], now: at(d(2025, 5, 10), 23)))
        XCTAssertEqual(open.due, DanishTime.endOfDay(d(2025, 5, 10)))
        XCTAssertEqual(open.status, .open)
        XCTAssertEqual(try obligation(.investigationFourMonths, in: obligations([started], now: at(d(2025, 5, 11), 0, 1))).status, .overdue)

        // Without a day the need became known, the 4 months run from the start; 31 October + 4 months is 28 February.
        let late = investigation(at: at(d(2024, 10, 31)))
        XCTAssertEqual(try obligation(.investigationFourMonths, in: obligations([late], now: at(d(2024, 11, 1)))).due,
                       DanishTime.endOfDay(d(2025, 2, 28)))
    }

    func testAnInvestigationConcludedInTimeOwesNoPreliminaryAssessment() throws {
        let started = investigation(at: at(d(2025, 1, 15)), needKnownOn: d(2025, 1, 10))
        let concluded = conclusion(of: started, at: at(d(2025, 5, 9)))
        let result = obligations([started, concluded], now: at(d(2025, 7, 1)))
        let fourMonths = try obligation(.investigationFourMonths, in: result)
        XCTAssertEqual(fourMonths.status, .dischargedOnTime)
        XCTAssertEqual(fourMonths.dischargedBy, concluded.id)
        XCTAssertFalse(rules(result).contains(DeadlineRule.preliminaryAssessment.id))

        // While it runs, the preliminary assessment is on the list beside it, due at the same time.
        let running = obligations([started], now: at(d(2025, 3, 1)))
        XCTAssertEqual(try obligation(.preliminaryAssessment, in: running).status, .open)
        XCTAssertEqual(try obligation(.preliminaryAssessment, in: running).due, DanishTime.endOfDay(d(2025, 5, 10)))
    }

    func testAnInvestigationRunningOverOwesAPreliminaryAssessmentByTheFourMonths() throws {
        let started = investigation(at: at(d(2025, 1, 15)), needKnownOn: d(2025, 1, 10))
        var result = obligations([started], now: at(d(2025, 5, 12)))
        XCTAssertEqual(try obligation(.investigationFourMonths, in: result).status, .overdue)
        XCTAssertEqual(try obligation(.preliminaryAssessment, in: result).status, .overdue)

        let preliminaryAssessment = preliminary(started, at: at(d(2025, 5, 8)), expected: d(2025, 6, 15))
        let concludedLate = conclusion(of: started, at: at(d(2025, 6, 2)))
        result = obligations([started, preliminaryAssessment, concludedLate], now: at(d(2025, 7, 1)))
        XCTAssertEqual(try obligation(.preliminaryAssessment, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.preliminaryAssessment, in: result).dischargedBy, preliminaryAssessment.id)
        XCTAssertEqual(try obligation(.investigationFourMonths, in: result).status, .dischargedLate)
    }

    func testTheConclusionOfAnotherInvestigationMeetsNothing() throws {
        let first = investigation(at: at(d(2025, 1, 15)))
        let second = investigation(at: at(d(2025, 2, 3)))
        let result = obligations([first, second, conclusion(of: second, at: at(d(2025, 3, 3)))], now: at(d(2025, 6, 1)))
        let fourMonths = result.filter { $0.rule == DeadlineRule.investigationFourMonths.id }
        XCTAssertEqual(fourMonths.map(\.trigger), [first.id, second.id])
        XCTAssertEqual(fourMonths.map(\.status), [.overdue, .dischargedOnTime])
    }

    // MARK: - § 95: follow-up

    func testTheFirstFollowUpIsDueThreeMonthsAfterTheMeasureStarted() throws {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        var result = obligations([granted, started], now: at(d(2025, 4, 1)))
        let first = try obligation(.firstFollowUp, in: result)
        XCTAssertEqual(first.due, DanishTime.endOfDay(d(2025, 6, 10)))
        XCTAssertEqual(first.status, .open)

        let followedUp = followUp(of: [started], at: at(d(2025, 6, 10), 14), next: d(2025, 9, 10))
        result = obligations([granted, started, followedUp], now: at(d(2025, 7, 1)))
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).dischargedBy, followedUp.id)
    }

    func testTheFirstFollowUpIsDueWhenAnInvestigationAlongsideConcludesEarlier() throws {
        // § 32, stk. 4: family treatment started alongside an investigation.
        let investigated = investigation(at: at(d(2025, 2, 3)))
        let granted = decision(basis: .alongsideAssessment, at: at(d(2025, 2, 7)))
        let started = measure(decision: granted, basis: .alongsideAssessment, at: at(d(2025, 2, 10)))

        // While the investigation runs, 3 months after the start.
        var result = obligations([investigated, granted, started], now: at(d(2025, 4, 1)))
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).due, DanishTime.endOfDay(d(2025, 5, 10)))

        // Concluded on 15 April, before the 3 months: due that day.
        let concluded = conclusion(of: investigated, at: at(d(2025, 4, 15), 11))
        let followedUp = followUp(of: [started], at: at(d(2025, 4, 22)), next: d(2025, 7, 1))
        result = obligations([investigated, granted, started, concluded, followedUp], now: at(d(2025, 5, 1)))
        let first = try obligation(.firstFollowUp, in: result)
        XCTAssertEqual(first.due, DanishTime.endOfDay(d(2025, 4, 15)))
        XCTAssertEqual(first.status, .dischargedLate)

        // Concluded after the 3 months: the 3 months decide.
        let concludedLate = conclusion(of: investigated, at: at(d(2025, 5, 20)))
        result = obligations([investigated, granted, started, concludedLate], now: at(d(2025, 5, 1)))
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).due, DanishTime.endOfDay(d(2025, 5, 10)))

        // An investigation concluded before the measure started is not alongside it.
        let before = conclusion(of: investigated, at: at(d(2025, 2, 5)))
        result = obligations([investigated, before, granted, started], now: at(d(2025, 3, 1)))
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).due, DanishTime.endOfDay(d(2025, 5, 10)))
    }

    func testAnAfdaekningAlongsideCountsLikeAnInvestigation() throws {
        let looked = focusedAssessment(at: at(d(2025, 2, 3)))
        let granted = decision(basis: .alongsideAssessment, at: at(d(2025, 2, 7)))
        let started = measure(decision: granted, basis: .alongsideAssessment, at: at(d(2025, 2, 10)))
        let concluded = conclusion(of: looked, at: at(d(2025, 3, 14)))
        let result = obligations([looked, granted, started, concluded], now: at(d(2025, 3, 20)))
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).due, DanishTime.endOfDay(d(2025, 3, 14)))
        XCTAssertEqual(try obligation(.firstFollowUp, in: result).status, .overdue)
    }

    func testAMeasureEndedBeforeItsFirstFollowUpOwesNone() {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        let result = obligations([granted, started, ended(started, at: at(d(2025, 4, 20)))], now: at(d(2025, 7, 1)))
        XCTAssertFalse(rules(result).contains(DeadlineRule.firstFollowUp.id))
    }

    func testEarlyHelpIsNotFollowedUpUnderParagraph95() {
        let started = measure("brus", decision: nil, basis: .earlyHelp, at: at(d(2025, 3, 10)))
        XCTAssertFalse(rules(obligations([started], now: at(d(2025, 7, 1)))).contains(DeadlineRule.firstFollowUp.id))
    }

    func testAPlacementIsFollowedUpLikeAMeasure() throws {
        let placed = placement(decision: decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2025, 3, 3))),
                               at: at(d(2025, 3, 10)))
        let first = try obligation(.firstFollowUpOnPlacement, in: obligations([placed], now: at(d(2025, 3, 10))))
        XCTAssertEqual(first.due, DanishTime.endOfDay(d(2025, 6, 10)))
    }

    func testTheNextFollowUpIsDueOnTheDateTheCaseworkerSet() throws {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        let first = followUp(of: [started], at: at(d(2025, 6, 5)), next: d(2025, 9, 1))
        var result = obligations([granted, started, first], now: at(d(2025, 9, 2)))
        let next = try obligation(.nextFollowUp, in: result)
        XCTAssertEqual(next.trigger, first.id)
        XCTAssertEqual(next.due, DanishTime.endOfDay(d(2025, 9, 1)))
        XCTAssertEqual(next.status, .overdue)

        let second = followUp(of: [started], at: at(d(2025, 8, 28)), next: nil, outcome: .end)
        result = obligations([granted, started, first, second], now: at(d(2025, 9, 2)))
        XCTAssertEqual(result.filter { $0.rule == DeadlineRule.nextFollowUp.id }.map(\.status), [.dischargedOnTime],
                       "a follow-up that ends sets no next one")
    }

    // MARK: - § 91: the child's plan

    func testAPlacementWithConsentNeedsAPlanWithinThreeMonthsOfTheDecision() throws {
        let placed = decision(["almen-plejefamilie"], basis: .placementWithConsent, at: at(d(2025, 3, 5)))
        var result = obligations([placed], now: at(d(2025, 3, 5)))
        XCTAssertEqual(try obligation(.planAfterPlacement, in: result).due, DanishTime.endOfDay(d(2025, 6, 5)))

        let planned = plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 5, 20)))
        result = obligations([placed, planned], now: at(d(2025, 7, 1)))
        XCTAssertEqual(try obligation(.planAfterPlacement, in: result).status, .dischargedOnTime)
        XCTAssertFalse(rules(result).contains(DeadlineRule.planBeforePlacementWithoutConsent.id))
    }

    func testAPlacementWithoutConsentNeedsThePlanBeforeTheDecision() throws {
        let decided = decision(["boerne-og-ungehjem"], basis: .placementWithoutConsent, at: at(d(2025, 3, 5), 13),
                               consent: Consent(custodyHolders: .refused))
        let planBefore = plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 2, 20)))
        var result = obligations([planBefore, decided], now: at(d(2025, 3, 6)))
        let before = try obligation(.planBeforePlacementWithoutConsent, in: result)
        XCTAssertEqual(before.due, decided.occurredAt)
        XCTAssertEqual(before.status, .dischargedOnTime)
        XCTAssertEqual(before.dischargedBy, planBefore.id)
        XCTAssertFalse(rules(result).contains(DeadlineRule.planAfterPlacement.id))

        let planAfter = plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 3, 10)))
        result = obligations([decided, planAfter], now: at(d(2025, 3, 11)))
        XCTAssertEqual(try obligation(.planBeforePlacementWithoutConsent, in: result).status, .dischargedLate)
        XCTAssertEqual(try obligation(.planBeforePlacementWithoutConsent, in: obligations([decided], now: at(d(2025, 3, 5), 14))).status,
                       .overdue)

        // A plan from long before is not the plan for this decision.
        let oldPlan = plan([goal(by: d(2024, 12, 1))], at: at(d(2024, 6, 1)))
        XCTAssertEqual(try obligation(.planBeforePlacementWithoutConsent, in: obligations([oldPlan, decided], now: at(d(2025, 3, 6)))).status,
                       .overdue)
    }

    func testASupportDecisionNeedsAPlanOnlyWhenItSaysSo() throws {
        let withPlan = decision(at: at(d(2025, 3, 5)), makesPlan: true)
        XCTAssertEqual(try obligation(.planAfterSupport, in: obligations([withPlan], now: at(d(2025, 3, 5)))).due,
                       DanishTime.endOfDay(d(2025, 6, 5)))
        for choice in [false, nil] as [Bool?] {
            let without = decision(at: at(d(2025, 3, 5)), makesPlan: choice)
            XCTAssertFalse(rules(obligations([without], now: at(d(2025, 3, 5)))).contains(DeadlineRule.planAfterSupport.id))
        }
        let refused = decision(at: at(d(2025, 3, 5)), makesPlan: true, outcome: .refused)
        XCTAssertFalse(rules(obligations([refused], now: at(d(2025, 3, 5)))).contains(DeadlineRule.planAfterSupport.id))
    }

    // MARK: - § 111: the decision on support after 18

    func testAYoungPersonBornTenAugust2008AndPlacedIsDueADecisionByTheEndOfTenFebruary2026() throws {
        let birthDate = d(2008, 8, 10)
        let decided = decision(["almen-plejefamilie"], basis: .placementWithConsent, at: at(d(2024, 4, 25)))
        let placed = placement("almen-plejefamilie", kind: .fosterFamily, decision: decided, at: at(d(2024, 5, 1)))
        var result = obligations([decided, placed], now: at(d(2026, 2, 10), 23, 59), birthDate: birthDate)
        let support = try obligation(.supportAfter18Decision, in: result)
        XCTAssertEqual(support.due, DanishTime.endOfDay(d(2026, 2, 10)))
        XCTAssertEqual(support.status, .open)
        XCTAssertEqual(try obligation(.supportAfter18Decision, in: obligations([decided, placed], now: at(d(2026, 2, 11), 0, 1),
                                                                                 birthDate: birthDate)).status, .overdue)

        // A decision on ungestøtte meets it, refusing or granting; another decision does not.
        let other = decision(basis: .treatment, at: at(d(2025, 12, 1)))
        let onSupport = decision(["opretholdt-doegnophold"], basis: .youngAdultSupport, at: at(d(2026, 2, 10), 15),
                                 consent: Consent(youngPerson: .given), outcome: .refused)
        result = obligations([decided, placed, other, onSupport], now: at(d(2026, 3, 1)), birthDate: birthDate)
        XCTAssertEqual(try obligation(.supportAfter18Decision, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.supportAfter18Decision, in: result).dischargedBy, onSupport.id)
    }

    func testNoDecisionOnSupportAfter18IsOwedAfterAHomecomingOrWithoutABirthDate() {
        let birthDate = d(2008, 8, 10)
        let decided = decision(["almen-plejefamilie"], basis: .placementWithConsent, at: at(d(2024, 4, 25)))
        let placed = placement("almen-plejefamilie", kind: .fosterFamily, decision: decided, at: at(d(2024, 5, 1)))
        let home = ended(placed, at: at(d(2025, 6, 1)), reason: .homecoming)
        XCTAssertFalse(rules(obligations([decided, placed, home], now: at(d(2026, 3, 1)), birthDate: birthDate))
            .contains(DeadlineRule.supportAfter18Decision.id))
        XCTAssertFalse(rules(obligations([decided, placed], now: at(d(2026, 3, 1))))
            .contains(DeadlineRule.supportAfter18Decision.id))
        // A young adult's placement is not one that ends at 18.
        XCTAssertFalse(rules(obligations([decided, placed], now: at(d(2026, 3, 1)), birthDate: d(2006, 1, 1)))
            .contains(DeadlineRule.supportAfter18Decision.id))
    }

    // MARK: - Ungestøtte ends before the 23rd birthday

    func testYoungAdultSupportEndsOrIsHandedOverBeforeThe23rdBirthday() throws {
        let birthDate = d(2002, 11, 20)
        let granted = decision(["kontaktperson-efter-18"], basis: .youngAdultSupport, at: at(d(2024, 1, 5)),
                               consent: Consent(youngPerson: .given))
        let started = measure("kontaktperson-efter-18", decision: granted, basis: .youngAdultSupport, at: at(d(2024, 1, 10)))
        var result = obligations([granted, started], now: at(d(2025, 11, 19), 23, 59), birthDate: birthDate)
        let ends = try obligation(.youngAdultSupportEnds, in: result)
        XCTAssertEqual(ends.due, DanishTime.startOfDay(d(2025, 11, 20)), "up to and including 22")
        XCTAssertEqual(ends.status, .open)
        result = obligations([granted, started], now: at(d(2025, 11, 20), 0, 1), birthDate: birthDate)
        XCTAssertEqual(try obligation(.youngAdultSupportEnds, in: result).status, .overdue)

        let end = ended(started, at: at(d(2025, 11, 19), 16), reason: .ageLimit)
        result = obligations([granted, started, end], now: at(d(2025, 12, 1)), birthDate: birthDate)
        XCTAssertEqual(try obligation(.youngAdultSupportEnds, in: result).status, .dischargedOnTime)

        let handover = entry(.transition(Transition(from: .youthEducation, to: .adultServices)), at: at(d(2025, 10, 1)))
        result = obligations([granted, started, handover], now: at(d(2025, 12, 1)), birthDate: birthDate)
        XCTAssertEqual(try obligation(.youngAdultSupportEnds, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.youngAdultSupportEnds, in: result).dischargedBy, handover.id)
    }

    func testTheLastDayOfYoungAdultSupport() {
        XCTAssertEqual(Decision.lastDayOfYoungAdultSupport(birthDate: d(2002, 11, 20)), d(2025, 11, 19))
        // Born on 29 February: 23 on 1 March in a common year.
        XCTAssertEqual(Decision.lastDayOfYoungAdultSupport(birthDate: d(2004, 2, 29)), d(2027, 2, 28))
        XCTAssertEqual(d(2004, 2, 29).birthday(turning: 23), d(2027, 3, 1))
        XCTAssertEqual(d(2004, 2, 29).birthday(turning: 24), d(2028, 2, 29))
    }

    // MARK: - Transitions

    func testATransitionWithoutAHandoverMeetingIsAnOpenObligation() throws {
        let toSchool = entry(.transition(Transition(from: .daycare, to: .school)), at: at(d(2025, 8, 11), 8))
        var result = obligations([toSchool], now: at(d(2025, 8, 20)))
        let handover = try obligation(.transitionHandover, in: result)
        XCTAssertEqual(handover.status, .open)
        XCTAssertEqual(handover.due, DanishTime.endOfDay(d(2025, 9, 10)))
        result = obligations([toSchool], now: at(d(2025, 9, 11)))
        XCTAssertEqual(try obligation(.transitionHandover, in: result).status, .overdue)

        // A meeting on another transition, or too long before, does not count.
        let otherMeeting = handoverMeeting(.healthVisitor, .daycare, at: at(d(2025, 6, 20)))
        let tooEarly = handoverMeeting(.daycare, .school, at: at(d(2025, 5, 1)))
        result = obligations([otherMeeting, tooEarly, toSchool], now: at(d(2025, 9, 11)))
        XCTAssertEqual(try obligation(.transitionHandover, in: result).status, .overdue)
    }

    func testAHandoverMeetingBeforeOrAfterTheTransitionDischargesIt() throws {
        let toSchool = entry(.transition(Transition(from: .daycare, to: .school)), at: at(d(2025, 8, 11), 8))
        let before = handoverMeeting(.daycare, .school, at: at(d(2025, 6, 20)))
        var result = obligations([before, toSchool], now: at(d(2025, 8, 20)))
        XCTAssertEqual(try obligation(.transitionHandover, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.transitionHandover, in: result).dischargedBy, before.id)

        let after = handoverMeeting(.daycare, .school, at: at(d(2025, 8, 25)))
        result = obligations([toSchool, after], now: at(d(2025, 9, 20)))
        XCTAssertEqual(try obligation(.transitionHandover, in: result).status, .dischargedOnTime)
    }

    func handoverMeeting(_ from: TransitionStage, _ to: TransitionStage, at instant: Date) -> Entry {
        entry(.handoverMeeting(HandoverMeeting(from: from, to: to, participants: ["pædagog", "lærer", "rådgiver"], childPresent: true,
                                               familyPresent: true, plan: "Ekstra voksen de første uger")), at: instant)
    }

    // MARK: - § 137 reads an active measure; the conversation on abuse

    func testAChildWithAnActiveSupportiveMeasureAlreadyReceivesHelp() {
        let granted = decision(at: at(d(2025, 1, 6)))
        let started = measure(decision: granted, at: at(d(2025, 1, 10)))
        let received = entry(.notification(Notification(notifierKind: .privatePerson, description: "Naboen hører råb")),
                             at: at(d(2025, 2, 3)))
        // No caseworker is assigned: the measure is what counts.
        XCTAssertTrue(rules(obligations([granted, started, received], now: at(d(2025, 2, 3)))).contains(DeadlineRule.reassessment.id))

        // Once the measure has ended the child no longer receives help, caseworker or not.
        let assigned = entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), at: at(d(2025, 1, 7)), author: teamLead)
        let course = [granted, assigned, started, ended(started, at: at(d(2025, 1, 30))), received]
        XCTAssertFalse(rules(obligations(course, now: at(d(2025, 2, 3)))).contains(DeadlineRule.reassessment.id))

        // Early help under § 30 is not help in § 137's sense.
        let early = measure("brus", decision: nil, basis: .earlyHelp, at: at(d(2025, 1, 10)))
        XCTAssertFalse(rules(obligations([early, received], now: at(d(2025, 2, 3)))).contains(DeadlineRule.reassessment.id))
    }

    func testAConversationWithTheChildMeetsTheObligationOnAbuse() throws {
        let received = entry(.notification(Notification(notifierKind: .privatePerson, description: "Barnet fortæller om slag",
                                                        concernsAbuse: true)), at: at(d(2025, 3, 3)))
        let talked = conversation(at: at(d(2025, 3, 5)))
        let result = try obligation(.childConversationOnAbuse, in: obligations([received, talked], now: at(d(2025, 3, 20))))
        XCTAssertEqual(result.status, .dischargedOnTime)
        XCTAssertEqual(result.dischargedBy, talked.id)
    }

    // MARK: - The rules as data

    func testTheCourseRulesCiteTheirSourceAndSurviveJSON() throws {
        let course: [DeadlineRule] = [.investigationFourMonths, .preliminaryAssessment, .firstFollowUp, .firstFollowUpOnPlacement,
                                      .nextFollowUp, .planAfterPlacement, .planBeforePlacementWithoutConsent, .planAfterSupport,
                                      .supportAfter18Decision, .youngAdultSupportEnds, .transitionHandover]
        for rule in course {
            XCTAssertNotNil(RuleBook.barnetsLov[rule.id], rule.id)
            XCTAssertFalse(rule.paragraph.isEmpty, rule.id)
            XCTAssertFalse(rule.titleDa.isEmpty, rule.id)
            XCTAssertFalse(rule.titleEn.isEmpty, rule.id)
            let decoded = try JSONDecoder().decode(DeadlineRule.self, from: JSONEncoder().encode(rule))
            XCTAssertEqual(decoded, rule, rule.id)
        }
        // A discharge stored before look-back and alternatives existed still reads.
        let old = #"{"kind":"receiptSent","conditions":[{"stepOnTrigger":{}}]}"#
        XCTAssertEqual(try JSONDecoder().decode(DeadlineRule.Discharge.self, from: Data(old.utf8)),
                       DeadlineRule.Discharge(kind: .receiptSent, conditions: [.stepOnTrigger]))
    }

    func testADueComputationReadWithoutItsTriggerFallsBackToTheTriggersDay() {
        let trigger = at(d(2025, 3, 10))
        XCTAssertEqual(DeadlineRule.DueComputation.monthsFromNeedKnown(4).due(after: trigger, calendar: calendar),
                       DanishTime.endOfDay(d(2025, 7, 10)))
        XCTAssertEqual(DeadlineRule.DueComputation.alongsideAssessmentEndOrMonths(3).due(after: trigger, calendar: calendar),
                       DanishTime.endOfDay(d(2025, 6, 10)))
        XCTAssertEqual(DeadlineRule.DueComputation.atTrigger.due(after: trigger, calendar: calendar), trigger)
        XCTAssertEqual(DeadlineRule.DueComputation.beforeBirthday(age: 23).due(after: trigger, birthDate: d(2002, 11, 20), calendar: calendar),
                       DanishTime.startOfDay(d(2025, 11, 20)))
        XCTAssertNil(DeadlineRule.DueComputation.beforeBirthday(age: 23).due(after: trigger, calendar: calendar))
    }
}
