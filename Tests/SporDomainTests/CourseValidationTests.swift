import XCTest
@testable import SporDomain

final class CourseValidationTests: CourseTestCase {
    /// Born 1 March 2013: 12 in June 2025.
    let twelveIn2025 = LocalDate(year: 2013, month: 3, day: 1)!

    // MARK: - Measures

    func testAMeasureCannotEndBeforeItStarted() {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        XCTAssertEqual(refusal(ended(started, at: at(d(2025, 3, 1))), in: [granted, started]), .endBeforeStart)
        XCTAssertNil(refusal(ended(started, at: at(d(2025, 3, 10), 10)), in: [granted, started]), "ending the day it began is fine")
        XCTAssertEqual(refusal(ended(started, at: at(d(2025, 6, 1))), in: [granted, started, ended(started, at: at(d(2025, 5, 1)))]),
                       .alreadyDone)
        XCTAssertEqual(refusal(entry(.measureEnded(MeasureEnd(measure: granted.id, reason: .other)), at: at(d(2025, 6, 1))),
                               in: [granted, started]), .measureMissing)
    }

    func testACorrectedEndIsCheckedWhereTheOriginalStood() {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        let end = ended(started, at: at(d(2025, 6, 1)))
        // The replacement keeps the original's time: moving the end before the start is not possible by a correction.
        let beforeStart = Correction(reason: "Forkert indsats", replacement: .measureEnded(MeasureEnd(measure: granted.id, reason: .other)))
        XCTAssertEqual(refusal(entry(.correction(beforeStart), at: at(d(2025, 6, 2)), corrects: end.id), in: [granted, started, end]),
                       .measureMissing)
        let fine = Correction(reason: "Forkert årsag", replacement: .measureEnded(MeasureEnd(measure: started.id, reason: .declined)))
        XCTAssertNil(refusal(entry(.correction(fine), at: at(d(2025, 6, 2)), corrects: end.id), in: [granted, started, end]))
    }

    func testAMeasureFollowsAGrantingDecisionUnlessItsOfferIsOpen() {
        let granted = decision(at: at(d(2025, 3, 3)))
        XCTAssertNil(refusal(measure(decision: granted, at: at(d(2025, 3, 10))), in: [granted]))
        XCTAssertEqual(refusal(measure(decision: nil, at: at(d(2025, 3, 10))), in: [granted]), .decisionMissing)
        XCTAssertEqual(refusal(measure("stoette-i-hjemmet", decision: granted, basis: .helpInTheHome, at: at(d(2025, 3, 10))), in: [granted]),
                       .offerNotInDecision)
        XCTAssertEqual(refusal(measure(decision: granted, basis: .helpInTheHome, at: at(d(2025, 3, 10))), in: [granted]), .legalBasisMismatch)
        XCTAssertEqual(refusal(measure("no-such-offer", decision: granted, at: at(d(2025, 3, 10))), in: [granted]), .offerUnknown)
        XCTAssertEqual(refusal(measure(decision: granted, at: at(d(2025, 3, 1))), in: [granted]), .decisionMissing, "before the decision")
        let refused = decision(at: at(d(2025, 3, 3)), outcome: .refused)
        XCTAssertEqual(refusal(measure(decision: refused, at: at(d(2025, 3, 10))), in: [refused]), .offerNotInDecision)

        // An open offer needs no decision.
        XCTAssertNil(refusal(measure("brus", decision: nil, basis: .earlyHelp, at: at(d(2025, 3, 10))), in: []))
        XCTAssertEqual(refusal(measure("brus", decision: nil, basis: .treatment, at: at(d(2025, 3, 10))), in: []), .legalBasisMismatch)
    }

    func testYoungAdultSupportIsForAges18To22() {
        let birthDate = d(2007, 9, 1)
        let granted = decision(["kontaktperson-efter-18"], basis: .youngAdultSupport, at: at(d(2025, 2, 3)),
                               consent: Consent(youngPerson: .given), expectedEnd: d(2026, 9, 1))
        XCTAssertNil(refusal(granted, in: [], birthDate: birthDate))
        let at17 = measure("kontaktperson-efter-18", decision: granted, basis: .youngAdultSupport, at: at(d(2025, 8, 31)))
        XCTAssertEqual(refusal(at17, in: [granted], birthDate: birthDate), .youngAdultSupportAge)
        let at18 = measure("kontaktperson-efter-18", decision: granted, basis: .youngAdultSupport, at: at(d(2025, 9, 1)))
        XCTAssertNil(refusal(at18, in: [granted], birthDate: birthDate))
        XCTAssertEqual(refusal(at18, in: [granted]), .birthDateUnknown)

        let pastTheLastDay = decision(["kontaktperson-efter-18"], basis: .youngAdultSupport, at: at(d(2025, 2, 3)),
                                      consent: Consent(youngPerson: .given), expectedEnd: d(2030, 9, 1))
        XCTAssertEqual(refusal(pastTheLastDay, in: [], birthDate: birthDate), .youngAdultSupportAge)
    }

    func testAPlacementIsOneAtATimeInAHomeOfItsOffersKind() {
        let decided = decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2025, 3, 3)))
        let placed = placement(decision: decided, at: at(d(2025, 3, 10)))
        XCTAssertNil(refusal(placed, in: [decided]))
        XCTAssertEqual(refusal(placement(kind: .childrensHome, decision: decided, at: at(d(2025, 3, 10))), in: [decided]),
                       .placementKindMismatch)
        XCTAssertEqual(refusal(placement(decision: decided, basis: .placementWithoutConsent, at: at(d(2025, 3, 10))), in: [decided]),
                       .legalBasisMismatch)
        XCTAssertEqual(refusal(placement(decision: decided, at: at(d(2025, 4, 1))), in: [decided, placed]), .placementAlreadyActive)
        XCTAssertNil(refusal(placement(decision: decided, at: at(d(2025, 4, 1))), in: [decided, placed, ended(placed, at: at(d(2025, 3, 31)))]))
        XCTAssertEqual(refusal(measure("netvaerksplejefamilie", decision: decided, basis: .placementWithConsent, at: at(d(2025, 3, 10))),
                               in: [decided]), .legalBasisMismatch, "a placement is started as a placement")
    }

    // MARK: - Plans and follow-up

    func testAGoalWithoutTextIsRefused() {
        let blankWhat = ChildsPlan.Goal(what: " ", byWhen: d(2025, 12, 1), howWeWillKnow: "Fraværet er under 5 %")
        let blankHow = ChildsPlan.Goal(what: "Kommer i skole", byWhen: d(2025, 12, 1), howWeWillKnow: "")
        XCTAssertEqual(refusal(plan([blankWhat], at: at(d(2025, 4, 1))), in: []), .goalIncomplete)
        XCTAssertEqual(refusal(plan([goal(by: d(2025, 12, 1)), blankHow], at: at(d(2025, 4, 1))), in: []), .goalIncomplete)
        XCTAssertEqual(refusal(plan([], at: at(d(2025, 4, 1))), in: []), .goalsMissing)
        XCTAssertEqual(refusal(plan([goal(by: d(2025, 3, 1))], at: at(d(2025, 4, 1))), in: []), .dateInvalid)
        XCTAssertNil(refusal(plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 4, 1))), in: []))
    }

    func testANewPlanVersionSupersedesTheOneInForce() {
        let granted = decision(at: at(d(2025, 3, 3)))
        let first = plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 4, 1)))
        XCTAssertNil(refusal(plan([goal(by: d(2025, 12, 1))], supersedes: first, at: at(d(2025, 6, 1))), in: [granted, first]))
        XCTAssertEqual(refusal(plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 6, 1))), in: [granted, first]), .planVersionOutdated)
        let second = plan([goal(by: d(2025, 12, 1))], supersedes: first, at: at(d(2025, 6, 1)))
        XCTAssertEqual(refusal(plan([goal(by: d(2025, 12, 1))], supersedes: first, at: at(d(2025, 7, 1))), in: [granted, first, second]),
                       .planVersionOutdated, "someone else already replaced it")
        // A closed case's plan is not in force: the next case's first plan supersedes nothing.
        let closed = entry(.caseClosed(CaseClosure(reason: "Målene er nået")), at: at(d(2025, 8, 1)))
        let reopened = decision(at: at(d(2026, 2, 2)))
        XCTAssertNil(refusal(plan([goal(by: d(2026, 12, 1))], at: at(d(2026, 3, 1))), in: [granted, first, second, closed, reopened]))
    }

    func testAFollowUpRatesEveryGoalAndSetsTheNextOneWithAReason() {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        let school = goal("Kommer i skole", by: d(2025, 12, 1)), friends = goal("Har en ven", by: d(2025, 12, 1))
        let planned = plan([school, friends], at: at(d(2025, 4, 1)))
        let course = [granted, started, planned]
        let both = [FollowUp.Rating(goal: school.id, rating: .progress), FollowUp.Rating(goal: friends.id, rating: .notStarted)]

        XCTAssertNil(refusal(followUp(of: [started], ratings: both, at: at(d(2025, 6, 5)), next: d(2025, 9, 1)), in: course))
        XCTAssertEqual(refusal(followUp(of: [started], ratings: [both[0]], at: at(d(2025, 6, 5)), next: d(2025, 9, 1)), in: course),
                       .goalNotRated)
        XCTAssertEqual(refusal(followUp(of: [started], ratings: both + [FollowUp.Rating(goal: UUID(), rating: .reached)],
                                        at: at(d(2025, 6, 5)), next: d(2025, 9, 1)), in: course), .goalUnknown)
        XCTAssertEqual(refusal(followUp(of: [started], ratings: both, at: at(d(2025, 6, 5)), next: nil), in: course), .nextFollowUpMissing)
        XCTAssertNil(refusal(followUp(of: [started], ratings: both, at: at(d(2025, 6, 5)), next: nil, outcome: .end), in: course))
        XCTAssertEqual(refusal(followUp(of: [started], ratings: both, at: at(d(2025, 6, 5)), next: d(2025, 6, 5)), in: course), .dateInvalid)
        XCTAssertEqual(refusal(followUp(of: [], ratings: both, at: at(d(2025, 6, 5)), next: d(2025, 9, 1)), in: course), .measureMissing)

        var noReason = FollowUp(measures: [started.id], ratings: both, assessment: "Fint", outcome: .adjust, nextFollowUp: d(2025, 9, 1),
                                nextFollowUpReason: " ")
        XCTAssertEqual(refusal(entry(.followUp(noReason), at: at(d(2025, 6, 5))), in: course), .textMissing)
        noReason.nextFollowUpReason = "Efter sommerferien"
        XCTAssertNil(refusal(entry(.followUp(noReason), at: at(d(2025, 6, 5))), in: course))
    }

    // MARK: - Assessments

    func testAConclusionClosesOneStartedAssessmentOfItsKindOnce() {
        let started = investigation(at: at(d(2025, 2, 3)))
        let looked = focusedAssessment(at: at(d(2025, 2, 3)))
        XCTAssertNil(refusal(conclusion(of: started, at: at(d(2025, 4, 1))), in: [started]))
        XCTAssertEqual(refusal(conclusion(of: started, at: at(d(2025, 2, 1))), in: [started]), .assessmentMissing, "before it began")
        XCTAssertEqual(refusal(conclusion(of: started, at: at(d(2025, 5, 1))), in: [started, conclusion(of: started, at: at(d(2025, 4, 1)))]),
                       .alreadyDone)
        // An investigation's conclusion under an afdækning's kind, or the other way round, closes nothing.
        var wrongKind = conclusion(of: looked, at: at(d(2025, 4, 1)))
        wrongKind = entry(.investigationConcluded(AssessmentConclusion(start: looked.id, triangle: ICSTriangle(childsDevelopment: "a",
                          parentingCapacity: "b", familyAndNetwork: "c"), childsViews: "d", parentsViews: "e", conclusion: "f")),
                          at: wrongKind.occurredAt)
        XCTAssertEqual(refusal(wrongKind, in: [looked]), .assessmentMissing)
    }

    func testAnInvestigationCoversTheWholeTriangleAndAnAfdaekningOneSide() {
        let started = investigation(at: at(d(2025, 2, 3)))
        let looked = focusedAssessment(at: at(d(2025, 2, 3)))
        let oneSide = ICSTriangle(childsDevelopment: "Højt fravær", parentingCapacity: "", familyAndNetwork: "")
        let partial = AssessmentConclusion(start: started.id, triangle: oneSide, childsViews: "Keder sig", parentsViews: "Bekymrede",
                                           conclusion: "Skolevægring")
        XCTAssertEqual(refusal(entry(.investigationConcluded(partial), at: at(d(2025, 4, 1))), in: [started]), .textMissing)
        var focused = partial
        focused.start = looked.id
        XCTAssertNil(refusal(entry(.focusedAssessmentConcluded(focused), at: at(d(2025, 4, 1))), in: [looked]))
        focused.triangle.childsDevelopment = ""
        XCTAssertEqual(refusal(entry(.focusedAssessmentConcluded(focused), at: at(d(2025, 4, 1))), in: [looked]), .textMissing)
    }

    func testAPreliminaryAssessmentIsForARunningInvestigation() {
        let started = investigation(at: at(d(2025, 1, 15)))
        XCTAssertNil(refusal(preliminary(started, at: at(d(2025, 5, 8)), expected: d(2025, 6, 15)), in: [started]))
        XCTAssertEqual(refusal(preliminary(started, at: at(d(2025, 5, 8)), expected: d(2025, 6, 15)),
                               in: [started, conclusion(of: started, at: at(d(2025, 5, 1)))]), .alreadyDone)
        XCTAssertEqual(refusal(preliminary(started, at: at(d(2025, 5, 8)), expected: d(2025, 5, 1)), in: [started]), .dateInvalid)
        XCTAssertEqual(refusal(investigation(at: at(d(2025, 1, 15)), needKnownOn: d(2025, 2, 1)), in: []), .dateInvalid)
    }

    // MARK: - The child's voice

    func testABisidderMustBe15OrOlder() {
        XCTAssertEqual(refusal(conversation(at: at(d(2025, 3, 3)), bisidder: Bisidder(name: "Ida", relation: "veninde", age: 14)), in: []),
                       .bisidderTooYoung)
        XCTAssertNil(refusal(conversation(at: at(d(2025, 3, 3)), bisidder: Bisidder(name: "Ida", relation: "storesøster", age: 15)), in: []))
        XCTAssertEqual(refusal(conversation(at: at(d(2025, 3, 3)), bisidder: Bisidder(name: " ", relation: "", age: 30)), in: []), .textMissing)
    }

    func testAConversationHasTheChildsWordsOrTheReasonItWasNotHeld() {
        XCTAssertThrowsError(try ChildConversation(heldBy: caseworker, place: "Hjemme", childsWords: " ", notHeldReason: nil)) { error in
            XCTAssertEqual((error as? DomainError)?.code, .childsWordsOrReasonMissing)
        }
        let notHeld = try? ChildConversation(heldBy: caseworker, place: "", childsWords: nil, notHeldReason: "Barnet er 2 år")
        XCTAssertEqual(notHeld?.wasHeld, false)
        XCTAssertNil(refusal(entry(.childConversation(notHeld!), at: at(d(2025, 3, 3))), in: []))
        let empty = ChildConversation(heldBy: caseworker, place: "Hjemme", outcome: .childsWords(""))
        XCTAssertEqual(refusal(entry(.childConversation(empty), at: at(d(2025, 3, 3))), in: []), .textMissing)
        let blankReason = ChildConversation(heldBy: caseworker, place: "", outcome: .notHeld(reason: "  "))
        XCTAssertEqual(refusal(entry(.childConversation(blankReason), at: at(d(2025, 3, 3))), in: []), .childsWordsOrReasonMissing)
    }

    func testOwnViewsAreTextOrAScaleAnswer() {
        XCTAssertEqual(refusal(entry(.ownViews(OwnViews(who: .child)), at: at(d(2025, 3, 3))), in: []), .ownViewsEmpty)
        XCTAssertNil(refusal(entry(.ownViews(OwnViews(who: .child, scale: [.init(question: "Hvordan har du det i skolen?", value: 4)])),
                                   at: at(d(2025, 3, 3))), in: []))
        XCTAssertEqual(refusal(entry(.ownViews(OwnViews(who: .child, scale: [.init(question: "Hjemme?", value: 6)])), at: at(d(2025, 3, 3))),
                               in: []), .scaleAnswerInvalid)
        XCTAssertNil(refusal(entry(.ownViews(OwnViews(who: .parent, parent: UUID(), text: "Vi har brug for ro")), at: at(d(2025, 3, 3))), in: []))
    }

    // MARK: - Decisions

    func testConsentRecordedForA12YearOldIsRefused() {
        let placed = decision(["almen-plejefamilie"], basis: .placementWithConsent, at: at(d(2025, 6, 2)),
                              consent: Consent(custodyHolders: .given, youngPerson: .given))
        XCTAssertEqual(refusal(placed, in: [], birthDate: twelveIn2025), .consentBelowAge)
        let withoutTheChilds = decision(["almen-plejefamilie"], basis: .placementWithConsent, at: at(d(2025, 6, 2)))
        XCTAssertNil(refusal(withoutTheChilds, in: [], birthDate: twelveIn2025))
        // From 15 the young person's own consent is needed for a placement with consent (§ 46).
        XCTAssertEqual(refusal(withoutTheChilds, in: [], birthDate: d(2010, 1, 1)), .consentMissing)
        XCTAssertNil(refusal(placed, in: [], birthDate: d(2010, 1, 1)))
    }

    func testASupportiveMeasureNeedsTheCustodyHoldersConsentAndAnOrderDoesNot() {
        let refused = decision(at: at(d(2025, 6, 2)), consent: Consent(custodyHolders: .refused))
        XCTAssertEqual(refusal(refused, in: [], birthDate: twelveIn2025), .consentMissing)
        let order = decision(["boerne-og-ungepaalaeg"], basis: .youthOrder, at: at(d(2025, 6, 2)), consent: Consent(custodyHolders: .refused))
        XCTAssertNil(refusal(order, in: [], birthDate: twelveIn2025))
        let withoutConsent = decision(["boerne-og-ungehjem"], basis: .placementWithoutConsent, at: at(d(2025, 6, 2)), consent: Consent())
        XCTAssertNil(refusal(withoutConsent, in: [], birthDate: twelveIn2025))
    }

    func testReasonsAreRequiredForARefusalAPartialGrantAndADecisionWithoutConsent() {
        let day = at(d(2025, 6, 2))
        XCTAssertNil(refusal(decision(at: day, reasons: nil), in: [], birthDate: twelveIn2025), "a full grant with consent needs none")
        XCTAssertEqual(refusal(decision(at: day, outcome: .refused, reasons: nil), in: [], birthDate: twelveIn2025), .reasonsMissing)
        XCTAssertEqual(refusal(decision(at: day, outcome: .partiallyGranted, reasons: "  "), in: [], birthDate: twelveIn2025), .reasonsMissing)
        XCTAssertNil(refusal(decision(at: day, outcome: .partiallyGranted), in: [], birthDate: twelveIn2025))
        let order = decision(["boerne-og-ungepaalaeg"], basis: .youthOrder, at: day, consent: Consent(custodyHolders: .refused), reasons: nil)
        XCTAssertEqual(refusal(order, in: [], birthDate: twelveIn2025), .reasonsMissing)
        // A young adult's own acceptance is consent (§§ 114–116).
        let youngAdult = decision(["kontaktperson-efter-18"], basis: .youngAdultSupport, at: at(d(2025, 2, 3)),
                                  consent: Consent(youngPerson: .given), expectedEnd: d(2026, 9, 1), reasons: nil)
        XCTAssertNil(refusal(youngAdult, in: [], birthDate: d(2007, 1, 1)))
    }

    func testEachMeasureHasItsOwnProvisionAndAMeasureStartsOnIt() {
        let day = at(d(2025, 6, 2))
        let two = decision(["familiebehandling", "stoette-i-hjemmet"], at: day,
                           bases: ["familiebehandling": .treatment, "stoette-i-hjemmet": .helpInTheHome])
        XCTAssertNil(refusal(two, in: [], birthDate: twelveIn2025))
        guard case .decision(let decided) = two.payload else { return XCTFail() }
        XCTAssertEqual(decided.basis(of: "stoette-i-hjemmet"), .helpInTheHome)
        XCTAssertEqual(decided.allBases, [.helpInTheHome, .treatment])
        XCTAssertNil(refusal(measure("stoette-i-hjemmet", decision: two, basis: .helpInTheHome, at: at(d(2025, 6, 3))), in: [two]))
        XCTAssertEqual(refusal(measure("stoette-i-hjemmet", decision: two, basis: .treatment, at: at(d(2025, 6, 3))), in: [two]),
                       .legalBasisMismatch, "the decision's provision for that offer, not the first one's")
        // A provision the catalogue does not allow for the offer, and § 32, stk. 4 as a provision, are refused naming the offer.
        let wrong = decision(["familiebehandling"], at: day, bases: ["familiebehandling": .contactPerson])
        XCTAssertEqual(refusalField(wrong, in: [], birthDate: twelveIn2025), "basis-familiebehandling")
        let alongside = decision(["stoette-i-hjemmet"], basis: .alongsideAssessment, at: day, bases: ["stoette-i-hjemmet": .alongsideAssessment])
        XCTAssertEqual(refusal(alongside, in: [], birthDate: twelveIn2025), .legalBasisMismatch)
        // Consent is that of every provision: a § 32 measure beside a § 39 order still needs the custody holder's.
        let mixed = decision(["boerne-og-ungepaalaeg", "familiebehandling"], basis: .youthOrder, at: day, consent: Consent(),
                             bases: ["boerne-og-ungepaalaeg": .youthOrder, "familiebehandling": .treatment])
        XCTAssertEqual(refusal(mixed, in: [], birthDate: twelveIn2025), .consentMissing)
    }

    func testComplaintGuidanceIsToAnkestyrelsenWithinFourWeeksForEveryDecidableProvision() {
        for basis in LegalBasis.decidable where basis != .general && basis != .earlyHelp {
            XCTAssertEqual(basis.complaint?.body, .ankestyrelsen, basis.paragraph)
            XCTAssertEqual(basis.complaint?.weeks, 4, basis.paragraph)
        }
        XCTAssertEqual(LegalBasis.placementWithoutConsent.complaint?.reconsideredBy, .childrenAndYouthCommittee)
        XCTAssertNil(LegalBasis.general.complaint)
        XCTAssertFalse(LegalBasis.decidable.contains(.alongsideAssessment))
    }

    func testADecisionWithoutTheChildsViewsAndWithoutAReasonIsRefused() {
        XCTAssertThrowsError(try ChildsViews(heardIn: nil, notHeardReason: " ")) { error in
            XCTAssertEqual((error as? DomainError)?.code, .childsViewsMissing)
        }
        XCTAssertThrowsError(try ChildsViews(heardIn: nil, notHeardReason: nil))
        XCTAssertEqual(try ChildsViews(heardIn: nil, notHeardReason: "Barnet er 1 år"), .notHeard(reason: "Barnet er 1 år"))
        let unheard = decision(at: at(d(2025, 6, 2)), notHeardReason: "")
        XCTAssertEqual(refusal(unheard, in: [], birthDate: twelveIn2025), .childsViewsMissing)
    }

    func testTheChildsViewsMustBeTheChildsOwnAndRecentEnough() {
        let talked = conversation(at: at(d(2025, 1, 10)))
        XCTAssertNil(refusal(decision(at: at(d(2025, 6, 2)), heardIn: talked), in: [talked], birthDate: twelveIn2025))

        let longAgo = conversation(at: at(d(2024, 11, 1)))
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2)), heardIn: longAgo), in: [longAgo], birthDate: twelveIn2025), .childsViewsTooOld)
        XCTAssertNil(refusal(decision(at: at(d(2025, 6, 2)), heardIn: longAgo), in: [longAgo], birthDate: twelveIn2025,
                             rules: CourseRules(childsViewsMonths: 12)), "the window is configuration")

        let parents = entry(.ownViews(OwnViews(who: .parent, text: "Vi vil have hjælp")), at: at(d(2025, 5, 1)))
        let notHeld = entry(.childConversation(ChildConversation(heldBy: caseworker, place: "", outcome: .notHeld(reason: "Syg"))),
                            at: at(d(2025, 5, 1)))
        let childsOwn = entry(.ownViews(OwnViews(who: .child, text: "Jeg vil bo hos mormor")), at: at(d(2025, 5, 1)))
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2)), heardIn: parents), in: [parents], birthDate: twelveIn2025), .childsViewsNotFound)
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2)), heardIn: notHeld), in: [notHeld], birthDate: twelveIn2025), .childsViewsNotFound)
        XCTAssertNil(refusal(decision(at: at(d(2025, 6, 2)), heardIn: childsOwn), in: [childsOwn], birthDate: twelveIn2025))
        let later = conversation(at: at(d(2025, 6, 10)))
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2)), heardIn: later), in: [later], birthDate: twelveIn2025), .childsViewsNotFound)
    }

    func testFromTenTheChildGetsComplaintGuidance() {
        let withoutGuidance = decision(at: at(d(2025, 6, 2)), guidance: false)
        XCTAssertEqual(refusal(withoutGuidance, in: [], birthDate: twelveIn2025), .complaintGuidanceMissing)
        XCTAssertEqual(refusal(withoutGuidance, in: [], birthDate: d(2015, 6, 2)), .complaintGuidanceMissing, "10 on the day")
        XCTAssertNil(refusal(withoutGuidance, in: [], birthDate: d(2015, 6, 3)), "9 the day before the 10th birthday")
        XCTAssertTrue(Decision.requiresComplaintGuidanceToChild(age: 10))
        XCTAssertFalse(Decision.requiresComplaintGuidanceToChild(age: 9))
    }

    func testADecisionNeedsPurposeOffersAnEndAndTheChildsBirthDate() {
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2))), in: []), .birthDateUnknown)
        XCTAssertEqual(refusal(decision([], at: at(d(2025, 6, 2))), in: [], birthDate: twelveIn2025), .offersMissing)
        XCTAssertNil(refusal(decision([], at: at(d(2025, 6, 2)), outcome: .refused), in: [], birthDate: twelveIn2025), "a refusal grants nothing")
        XCTAssertEqual(refusal(decision(["no-such-offer"], at: at(d(2025, 6, 2))), in: [], birthDate: twelveIn2025), .offerUnknown)
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2)), expectedEnd: d(2025, 6, 1)), in: [], birthDate: twelveIn2025), .dateInvalid)
    }

    // MARK: - Transitions

    func testATransitionGoesSomewhereAndAHandoverMeetingSaysWhoTookPart() {
        XCTAssertEqual(refusal(entry(.transition(Transition(from: .school, to: .school)), at: at(d(2025, 8, 11))), in: []), .transitionInvalid)
        let nobody = HandoverMeeting(from: .daycare, to: .school, participants: [], childPresent: false, familyPresent: true, plan: "Plan")
        XCTAssertEqual(refusal(entry(.handoverMeeting(nobody), at: at(d(2025, 6, 11))), in: []), .textMissing)
        let held = HandoverMeeting(from: .daycare, to: .school, participants: ["pædagog", "lærer"], childPresent: true, familyPresent: true,
                                   plan: "Besøg i klassen før sommerferien")
        XCTAssertNil(refusal(entry(.handoverMeeting(held), at: at(d(2025, 6, 11))), in: []))
    }
}
