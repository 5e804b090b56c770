import XCTest
@testable import SporDomain

/// The homecoming as a course of its own and a placement's foster carers (issue 24, item 3): a plan needs a running
/// placement and a granted decision on its homecoming; once planned, a homecoming ends the placement by naming the plan;
/// the follow-up after it is a deadline of the rule book (§§ 99–102, unverified); ends written before read as they were.
final class HomecomingTests: CourseTestCase {
    let born = LocalDate(year: 2014, month: 6, day: 1)!

    /// A child placed on 10 March 2025 (§ 46, a network foster family), heard on 1 March.
    func placed() -> (course: [Entry], placement: Entry, heard: Entry) {
        let heard = conversation(at: at(d(2025, 3, 1)))
        let granted = decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2025, 3, 3)), heardIn: heard,
                               consent: Consent(custodyHolders: .given))
        let placement = placement(decision: granted, at: at(d(2025, 3, 10)))
        return ([heard, granted, placement], placement, heard)
    }

    func homecomingDecision(_ placement: Entry, heard: Entry, outcome: Decision.Outcome = .granted, offers: [String] = [],
                            basis: LegalBasis = .placementWithConsent, at instant: Date) -> Entry {
        entry(.decision(Decision(outcome: outcome, offers: offers, legalBasis: basis, reasons: "Forældrene kan igen drage omsorg for barnet",
                                 purpose: "Barnet flytter hjem", expectedEnd: d(2025, 9, 1), consent: Consent(),
                                 childsViews: .heardIn(heard.id), complaintGuidanceToChild: true, homecoming: placement.id)), at: instant)
    }

    func homecomingPlan(_ placement: Entry, decision: Entry, months: Int = 6, at instant: Date) -> Entry {
        entry(.homecomingPlan(HomecomingPlan(placement: placement.id, decision: decision.id, homecomingOn: d(2025, 9, 1),
                                             support: ["familiebehandling"], familyContact: "Ugentligt møde med forældrene",
                                             school: "Allingåbro Skole", followUpMonths: months)), at: instant)
    }

    func homecoming(_ placement: Entry, plan: Entry?, at instant: Date) -> Entry {
        entry(.placementEnded(PlacementEnd(placement: placement.id, reason: .homecoming, homecomingPlan: plan?.id)), at: instant)
    }

    func followUp(_ homecoming: Entry, next: LocalDate?, at instant: Date) -> Entry {
        entry(.homecomingFollowUp(HomecomingFollowUp(homecoming: homecoming.id, assessment: "Barnet trives hjemme", nextFollowUp: next)),
              at: instant)
    }

    /// The whole course: placed, decided (1 August), planned (5 August), home on 1 September 2025.
    func wholeCourse() -> (course: [Entry], placement: Entry, plan: Entry, end: Entry) {
        let (course, placement, heard) = placed()
        let decided = homecomingDecision(placement, heard: heard, at: at(d(2025, 8, 1)))
        let plan = homecomingPlan(placement, decision: decided, at: at(d(2025, 8, 5)))
        let end = homecoming(placement, plan: plan, at: at(d(2025, 9, 1)))
        return (course + [decided, plan, end], placement, plan, end)
    }

    // MARK: - The decision and the plan

    func testAHomecomingDecisionIsOnThePlacementsProvisionGrantsNoOfferAndNeedsNoConsent() {
        let (course, placement, heard) = placed()
        XCTAssertNil(refusal(homecomingDecision(placement, heard: heard, at: at(d(2025, 8, 1))), in: course, birthDate: born),
                     "granted without offers and without consent asked")
        XCTAssertEqual(refusal(homecomingDecision(placement, heard: heard, offers: ["familiebehandling"], at: at(d(2025, 8, 1))),
                               in: course, birthDate: born), .homecomingDecisionWithOffers)
        XCTAssertEqual(refusal(homecomingDecision(placement, heard: heard, basis: .placementWithoutConsent, at: at(d(2025, 8, 1))),
                               in: course, birthDate: born), .legalBasisMismatch)
        let ended = ended(placement, at: at(d(2025, 7, 1)), reason: .replaced)
        XCTAssertEqual(refusal(homecomingDecision(placement, heard: heard, at: at(d(2025, 8, 1))), in: course + [ended], birthDate: born),
                       .placementNotRunning, "a homecoming from a placement that has ended")
    }

    func testAHomecomingDecisionStartsNoneOfTheDeadlinesOfAGrant() {
        let (course, placement, heard) = placed()
        let decided = homecomingDecision(placement, heard: heard, at: at(d(2025, 8, 1)))
        let before = rules(obligations(course, now: at(d(2025, 8, 2)), birthDate: born))
        let after = rules(obligations(course + [decided], now: at(d(2025, 8, 2)), birthDate: born))
        XCTAssertEqual(after, before, "§ 91's plan after a placement decision is owed for the grant that placed, not for the homecoming")
    }

    func testTheHomecomingPlanRequiresARunningPlacementAndAGrantedDecisionOnItsHomecoming() {
        let (course, placement, heard) = placed()
        let decided = homecomingDecision(placement, heard: heard, at: at(d(2025, 8, 1)))
        // No decision on the homecoming: the placement's own grant is not one.
        XCTAssertEqual(refusal(homecomingPlan(placement, decision: course[1], at: at(d(2025, 8, 5))), in: course, birthDate: born),
                       .homecomingDecisionMissing)
        // A refused homecoming is no ground for a plan.
        let refused = homecomingDecision(placement, heard: heard, outcome: .refused, at: at(d(2025, 8, 1)))
        XCTAssertEqual(refusal(homecomingPlan(placement, decision: refused, at: at(d(2025, 8, 5))), in: course + [refused], birthDate: born),
                       .homecomingDecisionMissing)
        // The placement has ended: nothing to plan a homecoming from.
        let ended = ended(placement, at: at(d(2025, 8, 3)), reason: .replaced)
        XCTAssertEqual(refusal(homecomingPlan(placement, decision: decided, at: at(d(2025, 8, 5))), in: course + [decided, ended], birthDate: born),
                       .placementNotRunning)
        // A follow-up period shorter than the shortest.
        XCTAssertEqual(refusal(homecomingPlan(placement, decision: decided, months: 3, at: at(d(2025, 8, 5))), in: course + [decided],
                               birthDate: born), .homecomingFollowUpPeriodInvalid)
        // Check: with both, the plan is accepted.
        XCTAssertNil(refusal(homecomingPlan(placement, decision: decided, at: at(d(2025, 8, 5))), in: course + [decided], birthDate: born))
    }

    func testOncePlannedAHomecomingEndsThePlacementByNamingThePlan() {
        let (course, _, plan, end) = wholeCourse()
        let before = Array(course.dropLast())
        XCTAssertNil(refusal(end, in: before, birthDate: born))
        let placement = course[2]
        XCTAssertEqual(refusal(homecoming(placement, plan: nil, at: at(d(2025, 9, 1))), in: before, birthDate: born), .homecomingPlanMissing,
                       "a homecoming that ignores the plan in force")
        XCTAssertEqual(refusal(entry(.placementEnded(PlacementEnd(placement: placement.id, reason: .replaced, homecomingPlan: plan.id)),
                                     at: at(d(2025, 9, 1))), in: before, birthDate: born), .homecomingPlanMissing,
                       "a plan named by an end that is not a homecoming")
    }

    // MARK: - Old data

    func testAHomecomingRecordedBeforeTheCourseExistedStillReadsAndIsStillAccepted() throws {
        let (course, placement, _) = placed()
        // An end stored before `homecomingPlan` existed: its JSON has no such member.
        let stored = #"{"placement":"\#(placement.id.uuidString)","reason":"homecoming","note":"Hjem til mor"}"#
        let payload = try EntryPayload.decode(kind: .placementEnded, json: stored)
        guard case .placementEnded(let end) = payload else { return XCTFail("not an end: \(payload)") }
        XCTAssertEqual(end, PlacementEnd(placement: placement.id, reason: .homecoming, note: "Hjem til mor"))
        XCTAssertNil(end.homecomingPlan)
        XCTAssertTrue(end.isHomecoming)
        // Without a plan for the placement, an end as a homecoming is accepted as before, and starts no follow-up.
        let old = entry(payload, at: at(d(2025, 9, 1)))
        XCTAssertNil(refusal(old, in: course, birthDate: born))
        XCTAssertFalse(rules(obligations(course + [old], now: at(d(2026, 1, 1)), birthDate: born)).contains(DeadlineRule.homecomingFollowUp.id))
        XCTAssertTrue(Timeline(course + [old]).homecomings.isEmpty)
        // A decision stored before `homecoming` existed reads as no homecoming decision.
        let decision = try EntryPayload.decode(kind: .decision, json: try course[1].payload.encodedJSON().replacingOccurrences(of: #","homecoming":null"#, with: ""))
        guard case .decision(let read) = decision else { return XCTFail("not a decision") }
        XCTAssertNil(read.homecoming)
    }

    // MARK: - The follow-up

    func testTheFollowUpIsDueThreeMonthsAfterTheHomecomingAndTheNextOnTheDateSet() throws {
        let (course, _, _, end) = wholeCourse()
        // Home on 1 September 2025: the first follow-up is due by the end of 1 December 2025.
        let first = try obligation(.homecomingFollowUp, in: obligations(course, now: at(d(2025, 11, 1)), birthDate: born))
        XCTAssertEqual(first.trigger, end.id)
        XCTAssertEqual(first.due, DanishTime.endOfDay(d(2025, 12, 1)), "§§ 99–102 (unverified): 3 months after the homecoming")
        XCTAssertEqual(first.status, .open)
        XCTAssertEqual(try obligation(.homecomingFollowUp, in: obligations(course, now: at(d(2025, 12, 2)), birthDate: born)).status, .overdue)
        // Met by a follow-up on the homecoming, which sets the next.
        let held = followUp(end, next: d(2026, 2, 15), at: at(d(2025, 11, 20)))
        let after = obligations(course + [held], now: at(d(2025, 11, 21)), birthDate: born)
        XCTAssertEqual(try obligation(.homecomingFollowUp, in: after).status, .dischargedOnTime)
        let next = try obligation(.homecomingNextFollowUp, in: after)
        XCTAssertEqual(next.due, DanishTime.endOfDay(d(2026, 2, 15)))
        XCTAssertEqual(next.status, .open)
    }

    func testAFollowUpSetsTheNextWhileThePeriodRunsAndMayCloseItFromItsEnd() {
        let (course, _, _, end) = wholeCourse()
        // The period: 6 months from 1 September 2025, up to and including 1 March 2026.
        XCTAssertEqual(Timeline(course).homecomings.first?.followUpUntil, d(2026, 3, 1))
        XCTAssertEqual(refusal(followUp(end, next: nil, at: at(d(2025, 11, 20))), in: course, birthDate: born), .nextFollowUpMissing)
        let last = followUp(end, next: nil, at: at(d(2026, 3, 2)))
        XCTAssertNil(refusal(last, in: course, birthDate: born))
        XCTAssertTrue(Timeline(course + [last]).homecomings.first?.isClosed == true)
        XCTAssertFalse(rules(obligations(course + [last], now: at(d(2026, 6, 1)), birthDate: born)).contains(DeadlineRule.homecomingNextFollowUp.id),
                       "a follow-up that sets no next owes none")
        // A follow-up on an end that followed no plan is refused.
        let (placedCourse, placement, _) = placed()
        let old = homecoming(placement, plan: nil, at: at(d(2025, 9, 1)))
        XCTAssertEqual(refusal(followUp(old, next: d(2025, 12, 1), at: at(d(2025, 10, 1))), in: placedCourse + [old], birthDate: born),
                       .homecomingMissing)
    }

    func testTheTimelineReadsTheCourseStepByStep() {
        let (course, placement, plan, end) = wholeCourse()
        let reading = Timeline(course).homecomings
        XCTAssertEqual(reading.map(\.placement), [placement.id])
        XCTAssertEqual(reading.first?.decisions.count, 1)
        XCTAssertEqual(reading.first?.grantedDecision?.entry.id, course[3].id)
        XCTAssertEqual(reading.first?.plan?.entry.id, plan.id)
        XCTAssertEqual(reading.first?.end?.id, end.id)
        XCTAssertEqual(reading.first?.isClosed, false)
    }

    func testTheHomecomingFollowUpRulesCiteParagraphs99To102AsDOMAINmdPlacesTheHomecomingAndAreMarkedUnverified() {
        let first = DeadlineRule.homecomingFollowUp, next = DeadlineRule.homecomingNextFollowUp
        XCTAssertEqual(first.paragraph, "§§ 99–102", "DOMAIN.md step 12: \"the goal is homecoming (hjemgivelse, § 99–102)\"")
        XCTAssertEqual(next.paragraph, "§§ 99–102")
        XCTAssertEqual(first.unverified, [.paragraph, .due], "the exact provision and the 3 months are not in DOMAIN.md")
        XCTAssertEqual(next.unverified, [.paragraph])
        XCTAssertTrue(first.unverifiedNote?.da.contains("6 måneder") == true, "the follow-up period's length is shown as unverified")
        XCTAssertTrue(first.unverifiedNote?.en.contains("3 months") == true)
        XCTAssertEqual(first.trigger.conditions, [.homecomingCourse], "only a homecoming that followed a plan starts it")
        XCTAssertNotNil(RuleBook.barnetsLov[first.id])
        XCTAssertNotNil(RuleBook.barnetsLov[next.id])
    }

    // MARK: - Foster carers

    func carers(_ placement: Entry, relations: [NetworkRelation?], at instant: Date) -> Entry {
        entry(.fosterCarers(FosterCarers(placement: placement.id, carers: relations.enumerated().map { index, relation in
            FosterCarer(person: UUID(), givenName: index == 0 ? "Birthe" : "Ole", familyName: "Hansen", networkRelation: relation)
        })), at: instant)
    }

    func testANetworkFosterFamilysCarersAreNamedWithTheirRelationToTheChild() {
        let (course, placement, _) = placed()
        XCTAssertNil(refusal(carers(placement, relations: [.grandparent, .grandparent], at: at(d(2025, 3, 12))), in: course, birthDate: born))
        XCTAssertEqual(refusalField(carers(placement, relations: [.grandparent, nil], at: at(d(2025, 3, 12))), in: course, birthDate: born),
                       "relation1", "the relation is asked of each carer of a network foster family")
        XCTAssertEqual(refusal(carers(placement, relations: [], at: at(d(2025, 3, 12))), in: course, birthDate: born), .nameMissing)
        let named = carers(placement, relations: [.auntOrUncle], at: at(d(2025, 3, 12)))
        XCTAssertEqual(Timeline(course + [named]).fosterCarers[placement.id]?.map(\.fullName), ["Birthe Hansen"])
    }

    func testOnlyAFosterFamilyPlacementHasCarersAndOnlyWhileItRuns() {
        let heard = conversation(at: at(d(2025, 3, 1)))
        let granted = decision(["boerne-og-ungehjem"], basis: .placementWithConsent, at: at(d(2025, 3, 3)), heardIn: heard)
        let home = placement("boerne-og-ungehjem", kind: .childrensHome, decision: granted, at: at(d(2025, 3, 10)))
        XCTAssertEqual(refusal(carers(home, relations: [nil], at: at(d(2025, 3, 12))), in: [heard, granted, home], birthDate: born),
                       .fosterCarersNotAFamily)
        let (course, placement, _) = placed()
        let ended = ended(placement, at: at(d(2025, 4, 1)), reason: .replaced)
        XCTAssertEqual(refusal(carers(placement, relations: [.grandparent], at: at(d(2025, 4, 2))), in: course + [ended], birthDate: born),
                       .placementNotRunning)
    }
}
