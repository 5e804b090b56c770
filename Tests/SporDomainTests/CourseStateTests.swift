import XCTest
@testable import SporDomain

final class ImmediateHelpTests: CourseTestCase {
    let definition = ImmediateHelpDefinition.standard

    func testAMeasureOnAnAfdaekningOrAlongsideAnInvestigationIsImmediateHelp() {
        let looked = focusedAssessment(at: at(d(2025, 2, 3)))
        let granted = decision(basis: .alongsideAssessment, at: at(d(2025, 2, 5)))
        let onTheAfdaekning = measure(decision: granted, basis: .alongsideAssessment, at: at(d(2025, 2, 10)))
        // An afdækning concluded before does not rule it out by default: only an investigation does.
        let course = [looked, conclusion(of: looked, at: at(d(2025, 2, 7))), granted, onTheAfdaekning]
        XCTAssertTrue(definition.isImmediateHelp(onTheAfdaekning, in: Timeline(course)))

        let investigated = investigation(at: at(d(2025, 2, 3)))
        let alongside = measure(decision: granted, basis: .alongsideAssessment, at: at(d(2025, 2, 10)))
        let concludedLater = conclusion(of: investigated, at: at(d(2025, 4, 1)))
        XCTAssertTrue(definition.isImmediateHelp(alongside, in: Timeline([investigated, granted, alongside, concludedLater])))
    }

    func testAMeasureAfterAConcludedInvestigationIsNot() {
        let investigated = investigation(at: at(d(2025, 2, 3)))
        let concluded = conclusion(of: investigated, at: at(d(2025, 4, 1)))
        let granted = decision(at: at(d(2025, 4, 3)))
        let after = measure(decision: granted, at: at(d(2025, 4, 10)))
        XCTAssertFalse(definition.isImmediateHelp(after, in: Timeline([investigated, concluded, granted, after])))

        // A conclusion entered in error counts for nothing.
        let voided = entry(.correction(Correction(reason: "Registreret på forkert barn", replacement: nil)), at: at(d(2025, 4, 2)),
                           corrects: concluded.id)
        XCTAssertTrue(definition.isImmediateHelp(after, in: Timeline([investigated, concluded, voided, granted, after])))

        // A placement is classified the same way; a decision is not a measure.
        let placed = placement(decision: decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2025, 4, 3))),
                               at: at(d(2025, 4, 10)))
        XCTAssertFalse(definition.isImmediateHelp(placed, in: Timeline([investigated, concluded, placed])))
        XCTAssertFalse(definition.isImmediateHelp(granted, in: Timeline([granted])))
    }

    func testTheDefinitionIsConfiguration() {
        let looked = focusedAssessment(at: at(d(2025, 2, 3)))
        let concludedAfdaekning = conclusion(of: looked, at: at(d(2025, 2, 7)))
        let started = measure("brus", decision: nil, basis: .earlyHelp, at: at(d(2025, 2, 10)))
        let stricter = ImmediateHelpDefinition(ruledOutBy: [.investigationConcluded, .focusedAssessmentConcluded])
        XCTAssertFalse(stricter.isImmediateHelp(started, in: Timeline([looked, concludedAfdaekning, started])))
        XCTAssertTrue(stricter.summaryEn.contains("focused assessment"))

        // With a look-back, an investigation concluded long ago no longer counts.
        let old = investigation(at: at(d(2022, 1, 10)))
        let oldConclusion = conclusion(of: old, at: at(d(2022, 4, 1)))
        let course = Timeline([old, oldConclusion, started])
        XCTAssertFalse(definition.isImmediateHelp(started, in: course), "the whole course by default")
        XCTAssertTrue(ImmediateHelpDefinition(lookbackMonths: 24).isImmediateHelp(started, in: course))
        XCTAssertTrue(definition.summaryDa.contains("børnefaglig undersøgelse"))
    }

    func testTheFoldMarksActiveMeasuresThatBeganAsImmediateHelp() {
        let investigated = investigation(at: at(d(2025, 2, 3)))
        let granted = decision(["familiebehandling", "fast-kontaktperson"], basis: .alongsideAssessment, at: at(d(2025, 2, 5)))
        let immediate = measure(decision: granted, basis: .alongsideAssessment, at: at(d(2025, 2, 10)))
        let concluded = conclusion(of: investigated, at: at(d(2025, 4, 1)))
        let planned = measure("fast-kontaktperson", decision: granted, basis: .alongsideAssessment, at: at(d(2025, 4, 15)))
        let state = Timeline([investigated, granted, immediate, concluded, planned]).state()
        XCTAssertEqual(state.activeMeasures.map(\.entry), [immediate.id, planned.id])
        XCTAssertEqual(state.activeMeasures.map(\.immediateHelp), [true, false])
        XCTAssertEqual(Timeline([investigated, granted, immediate, concluded, planned]).state(immediateHelp: .init(lookbackMonths: 0))
            .activeMeasures.map(\.immediateHelp), [true, true])
    }
}

final class CourseStateTests: CourseTestCase {
    func testTheFoldKeepsActiveMeasuresAndThePlacement() {
        let granted = decision(at: at(d(2025, 1, 6)))
        let treatment = measure(decision: granted, at: at(d(2025, 1, 10)))
        let decided = decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2025, 3, 3)))
        let placed = placement(decision: decided, at: at(d(2025, 3, 10)))
        var state = Timeline([granted, treatment, decided, placed]).state()
        XCTAssertEqual(state.activeMeasures.map(\.offer), ["familiebehandling", "netvaerksplejefamilie"])
        XCTAssertEqual(state.activeMeasures.map(\.isPlacement), [false, true])
        XCTAssertEqual(state.activeMeasures.first?.since, treatment.occurredAt)
        XCTAssertEqual(state.activePlacement?.kind, .networkFosterFamily)
        XCTAssertEqual(state.activePlacement?.withoutConsent, false)
        XCTAssertEqual(state.activePlacement?.nearHome, true)

        state = Timeline([granted, treatment, decided, placed, ended(treatment, at: at(d(2025, 4, 1))),
                          ended(placed, at: at(d(2025, 9, 1)), reason: .homecoming)]).state()
        XCTAssertEqual(state.activeMeasures, [])
        XCTAssertNil(state.activePlacement)
    }

    func testGoalsKeepTheirRatingsAcrossPlanVersions() throws {
        let granted = decision(at: at(d(2025, 1, 6)))
        let started = measure(decision: granted, at: at(d(2025, 1, 10)))
        let school = goal("Kommer i skole", by: d(2025, 12, 1))
        let first = plan([school], at: at(d(2025, 2, 1)))
        let rated = followUp(of: [started], ratings: [FollowUp.Rating(goal: school.id, rating: .progress)], at: at(d(2025, 4, 10)),
                             next: d(2025, 7, 1))
        let friends = goal("Har en ven i klassen", by: d(2025, 12, 1))
        let second = plan([school, friends], supersedes: first, at: at(d(2025, 5, 1)))
        let state = Timeline([granted, started, first, rated, second]).state()
        let plan = try XCTUnwrap(state.plan)
        XCTAssertEqual(plan.entry, second.id)
        XCTAssertEqual(plan.version, 2)
        XCTAssertEqual(plan.goals.map(\.goal.id), [school.id, friends.id])
        XCTAssertEqual(plan.goals.map(\.latestRating), [.progress, nil])
        XCTAssertEqual(plan.goals.first?.ratedAt, rated.occurredAt)
        XCTAssertEqual(state.nextFollowUp, d(2025, 7, 1))

        let ending = followUp(of: [started], ratings: [FollowUp.Rating(goal: school.id, rating: .reached),
                                                       FollowUp.Rating(goal: friends.id, rating: .dropped)],
                              at: at(d(2025, 7, 1)), next: nil, outcome: .end)
        let after = Timeline([granted, started, first, rated, second, ending]).state()
        XCTAssertEqual(after.plan?.goals.map(\.latestRating), [.reached, .dropped])
        XCTAssertNil(after.nextFollowUp)
    }

    func testClosingTheCaseEndsItsHelpAndPlan() {
        let granted = decision(at: at(d(2025, 1, 6)))
        let started = measure(decision: granted, at: at(d(2025, 1, 10)))
        let planned = plan([goal(by: d(2025, 12, 1))], at: at(d(2025, 2, 1)))
        let closed = entry(.caseClosed(CaseClosure(reason: "Flyttet")), at: at(d(2025, 5, 1)))
        let state = Timeline([granted, started, planned, closed]).state()
        XCTAssertEqual(state.activeMeasures, [])
        XCTAssertNil(state.plan)
        XCTAssertFalse(state.isOpen)
    }

    func testCaseworkersOnTheCaseWithTheirDates() throws {
        let first = UUID(), second = UUID(), third = UUID()
        func assign(_ person: UUID, _ day: LocalDate) -> Entry {
            entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: person)), at: at(day), author: teamLead)
        }
        let course = [
            assign(first, d(2023, 1, 10)),
            assign(first, d(2023, 2, 1)), // the same caseworker again is no new period
            assign(second, d(2024, 3, 1)),
            assign(third, d(2025, 2, 1)),
        ]
        let state = Timeline(course).state()
        XCTAssertEqual(state.caseworkerHistory.map(\.caseworker), [first, second, third])
        XCTAssertEqual(state.caseworkerHistory.map(\.until), [at(d(2024, 3, 1)), at(d(2025, 2, 1)), nil])
        let now = at(d(2025, 6, 1))
        // "3rd caseworker in 2 years".
        XCTAssertEqual(state.caseworkerCount(withinMonths: 24, now: now), 3)
        XCTAssertEqual(state.caseworkers(withinMonths: 12, now: now), [second, third])
        XCTAssertEqual(state.caseworkerCount(withinMonths: 3, now: now), 1)

        let closed = Timeline(course + [entry(.caseClosed(CaseClosure(reason: "Afsluttet")), at: at(d(2025, 3, 1)))]).state()
        XCTAssertEqual(closed.caseworkerHistory.last?.until, at(d(2025, 3, 1)))
        XCTAssertEqual(closed.caseworkerCount(withinMonths: 2, now: now), 0)
    }

    func testCoursePayloadsSurviveTheirStoredForm() throws {
        let goalID = UUID()
        let payloads: [EntryPayload] = [
            .focusedAssessment(AssessmentStart(reason: "Fravær", dialogBased: true)),
            .investigation(AssessmentStart(reason: "Overgreb", needKnownOn: d(2025, 1, 10), notification: UUID())),
            .investigationConcluded(AssessmentConclusion(start: UUID(), triangle: ICSTriangle(childsDevelopment: "a", parentingCapacity: "b",
                                                                                              familyAndNetwork: "c"),
                                                         childsViews: "d", parentsViews: "e", conclusion: "f")),
            .focusedAssessmentConcluded(AssessmentConclusion(start: UUID(), triangle: ICSTriangle(childsDevelopment: "a", parentingCapacity: "",
                                                                                                   familyAndNetwork: ""),
                                                             childsViews: "", parentsViews: "", conclusion: "f")),
            .preliminaryAssessment(PreliminaryAssessment(investigation: UUID(), assessment: "a", reasonForDelay: "b",
                                                         expectedConclusion: d(2025, 6, 1))),
            .childConversation(ChildConversation(heldBy: UUID(), place: "Skolen", bisidder: Bisidder(name: "Ida", relation: "søster", age: 17),
                                                 outcome: .childsWords("Æblegrød & \"citater\""))),
            .childConversation(ChildConversation(heldBy: UUID(), place: "", outcome: .notHeld(reason: "For ung"))),
            .ownViews(OwnViews(who: .child, meetingOn: d(2025, 3, 1), text: "Glad", scale: [.init(question: "Skolen?", value: 3)])),
            .decision(Decision(offers: ["familiebehandling"], legalBasis: .alongsideAssessment, purpose: "p", expectedEnd: d(2025, 9, 1),
                               consent: Consent(custodyHolders: .given, youngPerson: .refused), childsViews: .heardIn(UUID()),
                               complaintGuidanceToChild: true, makesChildsPlan: true)),
            .decision(Decision(outcome: .refused, offers: [], legalBasis: .youngAdultSupport, purpose: "p", expectedEnd: nil,
                               consent: Consent(), childsViews: .notHeard(reason: "r"), complaintGuidanceToChild: false)),
            .measureStarted(MeasureStart(offer: "brus", decision: nil, legalBasis: .earlyHelp)),
            .measureEnded(MeasureEnd(measure: UUID(), reason: .goalsReached, note: "n")),
            .placementStarted(PlacementStart(offer: "eget-vaerelse", kind: .ownRoom, decision: UUID(), legalBasis: .placementWithoutConsent,
                                             nearHome: false, schoolKept: true, contactArrangements: "c")),
            .placementEnded(PlacementEnd(placement: UUID(), reason: .homecoming)),
            .plan(ChildsPlan(kind: .youngPersonsPlan, supersedes: UUID(), goals: [goal(id: goalID, by: d(2025, 12, 1))], madeWithChild: true,
                             madeWithParents: false)),
            .followUp(FollowUp(measures: [UUID()], ratings: [FollowUp.Rating(goal: goalID, rating: .reached, note: "n")], assessment: "a",
                               outcome: .continue, nextFollowUp: d(2025, 9, 1), nextFollowUpReason: "r")),
            .transition(Transition(from: .school, to: .youthEducation)),
            .handoverMeeting(HandoverMeeting(from: .school, to: .youthEducation, participants: ["UU-vejleder"], childPresent: true,
                                             familyPresent: false, plan: "p")),
        ]
        for payload in payloads {
            XCTAssertEqual(try EntryPayload.decode(kind: payload.kind, json: payload.encodedJSON()), payload, "\(payload.kind)")
        }
        // A correction carries a course payload as well.
        let correction = EntryPayload.correction(Correction(reason: "Fejl", replacement: payloads[0]))
        XCTAssertEqual(try EntryPayload.decode(kind: .correction, json: correction.encodedJSON()), correction)
        XCTAssertThrowsError(try EntryPayload.decode(kind: .screening, json: "{}"))
    }
}

final class OfferCatalogueTests: XCTestCase {
    func testTheStandardCatalogueHoldsTheSeedsInitiativesAndTheLawsKinds() throws {
        let catalogue = OfferCatalogue.standard
        for id in ["skolevaegringsprojektet", "netvaerksgrupper", "brus", "ses", "skilsmissegrupper", "faa-styr-paa-angsten",
                   "rette-hjaelp-til-adhd", "cpdf", "efterfoedselsreaktion", "saarbare-gravide", "konsulentbistand", "familiebehandling",
                   "stoette-i-hjemmet", "fast-kontaktperson", "stoetteophold", "doegnophold-for-familien", "boerne-og-ungepaalaeg",
                   "opretholdt-doegnophold"] {
            XCTAssertNotNil(catalogue[id], id)
        }
        XCTAssertEqual(catalogue["faa-styr-paa-angsten"]?.provider, "PPR, FTI og Familiehuset")
        XCTAssertEqual(catalogue["rette-hjaelp-til-adhd"]?.isFor(age: 4), true)
        XCTAssertEqual(catalogue["rette-hjaelp-til-adhd"]?.isFor(age: 13), false)
        XCTAssertEqual(catalogue["familiebehandling"]?.legalBases.first, .treatment)
        // One placement offer for each kind of home, all under §§ 46–47.
        let placements = catalogue.offers.filter { $0.placementKind != nil }
        XCTAssertEqual(Set(placements.compactMap(\.placementKind)), Set(PlacementKind.allCases))
        XCTAssertTrue(placements.allSatisfy { Set($0.legalBases) == LegalBasis.placement && $0.level == .specialised })
        XCTAssertTrue(catalogue.offers.filter { $0.legalBases.contains(.youngAdultSupport) }.allSatisfy { $0.minimumAge == 18 && $0.maximumAge == 22 })

        let decoded = try JSONDecoder().decode(OfferCatalogue.self, from: JSONEncoder().encode(catalogue))
        XCTAssertEqual(decoded, catalogue)
    }

    func testACatalogueRefusesBadIdsAndAgeRanges() {
        func offer(_ id: String, min: Int? = nil, max: Int? = nil) -> Offer {
            Offer(id: id, name: "Navn", provider: "FTI", description: "", targetGroup: "", minimumAge: min, maximumAge: max,
                  level: .preventive, legalBases: [.earlyHelp], access: .open)
        }
        func code(_ offers: [Offer]) -> DomainError.Code? {
            do { _ = try OfferCatalogue(offers: offers); return nil } catch { return error.code }
        }
        XCTAssertNil(code([offer("god-id-2")]))
        XCTAssertEqual(code([offer("Stort Id")]), .offerIdInvalid)
        XCTAssertEqual(code([offer("-kant")]), .offerIdInvalid)
        XCTAssertEqual(code([offer("a--b")]), .offerIdInvalid)
        XCTAssertEqual(code([offer("samme"), offer("samme")]), .offerIdTaken)
        XCTAssertEqual(code([offer("alder", min: 12, max: 4)]), .ageRangeInvalid)
    }

    func testLegalBasesShowTheirParagraph() {
        XCTAssertEqual(LegalBasis.treatment.paragraph, "§ 32, stk. 1, nr. 5")
        XCTAssertEqual(LegalBasis.alongsideAssessment.paragraph, "§ 32, stk. 4")
        XCTAssertEqual(LegalBasis.youngAdultSupport.paragraph, "§§ 114–116")
        XCTAssertEqual(LegalBasis.supportive.count, 9)
    }
}
