import XCTest
@testable import SporDomain

/// The rule book read against the law (issue 24, item 4): one test per finding, each naming the provision it checked.
/// The law's words are quoted only as DOMAIN.md summarises them; what DOMAIN.md does not say is marked unverified.
final class RuleBookCorrectionsTests: CourseTestCase {
    func notification(abuse: Bool = false, at instant: Date) -> Entry {
        entry(.notification(Notification(notifierKind: .privatePerson, description: "Naboen hører råb", concernsAbuse: abuse)),
              at: instant)
    }

    // MARK: - 1. child-conversation-abuse

    func testTheConversationOnSuspectedAbuseCitesParagraph137AsDOMAINmdPlacesIt() {
        let rule = DeadlineRule.childConversationOnAbuse
        XCTAssertEqual(rule.paragraph, "§ 137",
                       "DOMAIN.md step 4: \"a notification on a child who already receives help must be reassessed … (§ 137); if it concerns abuse, a conversation with the child is mandatory\" — not § 5, stk. 3 (before a decision) nor § 20 (the investigation)")
        XCTAssertFalse(rule.paragraph.contains("§ 5"), "§ 5, stk. 3 is the conversation before a decision")
        XCTAssertFalse(rule.paragraph.contains("§ 20"), "§ 20 is the investigation")
        XCTAssertEqual(rule.unverified, [.paragraph, .due], "the paragraph's own words and the 7 days are not in DOMAIN.md")
        let note = rule.unverifiedNote
        XCTAssertTrue(note?.da.contains("uden forældrene") == true, "held without the parents where they are suspected: unverified")
        XCTAssertTrue(note?.en.contains("without the parents") == true)
        XCTAssertTrue(note?.en.contains("7 days") == true)
    }

    // MARK: - 2. reassessment-137

    func testParagraph137IsOwedOnlyWhereHelpHasAlreadyStartedNotForAnyOpenCaseWithACaseworker() throws {
        let assigned = entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), at: at(d(2025, 1, 7)), author: teamLead)
        let concern = entry(.concern(Concern(level: .vulnerable, source: .teacher, description: "Trist og træt")), at: at(d(2025, 1, 6)))
        let received = notification(at: at(d(2025, 2, 3)))
        XCTAssertFalse(rules(obligations([concern, assigned, received], now: at(d(2025, 2, 3)))).contains(DeadlineRule.reassessment.id),
                       "§ 137 (DOMAIN.md: \"a child who already receives help\"): an open case with a caseworker but no help is not in scope")

        let granted = decision(at: at(d(2025, 1, 8)))
        let started = measure(decision: granted, at: at(d(2025, 1, 10)))
        let owed = try obligation(.reassessment, in: obligations([concern, assigned, granted, started, received], now: at(d(2025, 2, 3))))
        XCTAssertEqual(owed.due, at(d(2025, 2, 4)), "§ 137: help started (a § 32 measure running), reassessed within 24 hours (unverified)")

        // A decision alone, its measure not begun, is not help started.
        XCTAssertFalse(rules(obligations([concern, assigned, granted, received], now: at(d(2025, 2, 3)))).contains(DeadlineRule.reassessment.id),
                       "§ 137: a decision granted but not yet begun is no help started")
        XCTAssertEqual(DeadlineRule.reassessment.unverified, [.due], "§ 137: only the due time is unverified now")
    }

    // MARK: - 3. the 4-month clock

    func testParagraph20Stk3TheFourMonthsRunFromTheNotificationTheInvestigationFollowsWhenNeedKnownIsBlank() throws {
        let received = notification(at: at(d(2025, 1, 10)))
        let started = entry(.investigation(AssessmentStart(reason: "Mistanke om omsorgssvigt", notification: received.id)),
                            at: at(d(2025, 2, 20)))
        let owed = try obligation(.investigationFourMonths, in: obligations([received, started], now: at(d(2025, 2, 20))))
        XCTAssertEqual(owed.due, DanishTime.endOfDay(d(2025, 5, 10)),
                       "§ 20, stk. 3 (DOMAIN.md: \"4 months from when the need became known\"): from the notification of 10 January, not the start of 20 February")
        let preliminary = try obligation(.preliminaryAssessment, in: obligations([received, started], now: at(d(2025, 2, 20))))
        XCTAssertEqual(preliminary.due, DanishTime.endOfDay(d(2025, 5, 10)), "§ 20, stk. 3: the preliminary assessment reads the same clock")

        // A day the need became known, when given, is what counts.
        let known = entry(.investigation(AssessmentStart(reason: "Mistanke", needKnownOn: d(2025, 1, 20), notification: received.id)),
                          at: at(d(2025, 2, 20)))
        XCTAssertEqual(try obligation(.investigationFourMonths, in: obligations([received, known], now: at(d(2025, 2, 20)))).due,
                       DanishTime.endOfDay(d(2025, 5, 20)), "§ 20, stk. 3: the day given for when the need became known")

        // Following no notification, it runs from the investigation's own day.
        let alone = investigation(at: at(d(2025, 2, 20)))
        XCTAssertEqual(try obligation(.investigationFourMonths, in: obligations([alone], now: at(d(2025, 2, 20)))).due,
                       DanishTime.endOfDay(d(2025, 6, 20)))

        // A notification named but voided, or another child's, is not the start of the clock.
        let voided = entry(.correction(Correction(reason: "Fejl", replacement: nil)), at: at(d(2025, 1, 11)), corrects: received.id)
        XCTAssertEqual(try obligation(.investigationFourMonths, in: obligations([received, voided, started], now: at(d(2025, 2, 20)))).due,
                       DanishTime.endOfDay(d(2025, 6, 20)), "a voided notification started nothing")
    }

    // MARK: - 4. own views from Min side are not the hearing

    func testParagraph5Stk3AMessageFromMinSideIsViewsNotTheHearingOfADecision() throws {
        let birthDate = d(2013, 1, 1)
        let fromPortal = entry(.ownViews(OwnViews(who: .child, text: "Jeg vil bo hos mormor", sentFromPortal: true)), at: at(d(2025, 5, 1)))
        let told = entry(.ownViews(OwnViews(who: .child, text: "Jeg vil bo hos mormor")), at: at(d(2025, 5, 1)))
        XCTAssertEqual(refusal(decision(at: at(d(2025, 6, 2)), heardIn: fromPortal), in: [fromPortal], birthDate: birthDate), .childsViewsNotFound,
                       "§ 5, stk. 3 (DOMAIN.md: \"the child's views must be gathered before any decision\"): a message from Min side is views, not a conversation or direct contact")
        XCTAssertNil(refusal(decision(at: at(d(2025, 6, 2)), heardIn: told), in: [told], birthDate: birthDate),
                     "views the child told staff directly still hear the child")
        XCTAssertFalse(OwnViews(who: .child, sentFromPortal: true).hearsTheChild)
        XCTAssertTrue(OwnViews(who: .child).hearsTheChild)
        XCTAssertFalse(OwnViews(who: .parent).hearsTheChild)

        // A decision stored before this reading, resting on a message from Min side, still reads — and child-heard no
        // longer counts it as heard.
        let stored = decision(at: at(d(2025, 6, 2)), heardIn: fromPortal)
        guard case .decision(let original) = stored.payload else { return XCTFail("not a decision") }
        let read = try JSONDecoder().decode(Decision.self, from: JSONEncoder().encode(original))
        XCTAssertEqual(read.childsViews, ChildsViews.heardIn(fromPortal.id))

        let facts = IndicatorChildFacts(id: child, birthDate: birthDate, sex: .female, district: "Område Grenaa")
        let portalCourse = IndicatorCourse(child: facts, timeline: Timeline([fromPortal, stored]), settings: .standard, asOf: at(d(2025, 7, 1)))
        XCTAssertEqual(portalCourse.decisions.map(\.heard), [.neither], "child-heard: § 5, stk. 3 — views from Min side are not the hearing")
        let heard = decision(at: at(d(2025, 6, 2)), heardIn: told)
        let toldCourse = IndicatorCourse(child: facts, timeline: Timeline([told, heard]), settings: .standard, asOf: at(d(2025, 7, 1)))
        XCTAssertEqual(toldCourse.decisions.map(\.heard), [.heard])
    }

    // MARK: - 5. the in-force date

    func testBarnetsLovIsInForceFrom1January2024AsDOMAINmdGives() {
        XCTAssertEqual(DeadlineRule.barnetsLovInForce, d(2024, 1, 1),
                       "DOMAIN.md: \"Barnets Lov (in force 1 January 2024 …)\" — not 14/06/2023")
        for rule in RuleBook.barnetsLov.rules where rule.validTo == nil {
            XCTAssertEqual(rule.appliesFrom, d(2024, 1, 1), rule.id)
            for text in [rule.paragraph, rule.titleDa, rule.titleEn, rule.unverifiedNoteDa ?? "", rule.unverifiedNoteEn ?? ""] {
                XCTAssertFalse(text.contains("2023"), "\(rule.id): Barnets Lov's rules name no 2023 date")
            }
        }
    }

    // MARK: - 6. unverified marks

    func testEveryUnverifiedPartIsExplainedInBothLanguages() throws {
        let named: [(DeadlineRule, DeadlineRule.Part, String)] = [
            (.receipt, .paragraph, "§ 138, stk. 1: the receipt"),
            (.notifierFeedback, .due, "§ 138, stk. 2: the feedback"),
            (.reassessment, .due, "§ 137: the due time"),
            (.childConversationOnAbuse, .due, "§ 137: the abuse conversation's days"),
            (.preliminaryAssessment, .due, "§ 20, stk. 3: the preliminary assessment"),
            (.firstFollowUp, .due, "§ 95, stk. 2: the follow-up due time"),
            (.firstFollowUpOnPlacement, .due, "§ 95, stk. 2: the follow-up due time on a placement"),
            (.planBeforePlacementWithoutConsent, .discharge, "§ 91, stk. 2: the 183-day look-back"),
            (.youngAdultSupportEnds, .paragraph, "§§ 114–116: support ending at 23"),
        ]
        for (rule, part, provision) in named {
            XCTAssertTrue(rule.unverified.contains(part), provision)
        }
        for rule in RuleBook.barnetsLov.rules {
            if rule.unverified.isEmpty {
                XCTAssertNil(rule.unverifiedNote, rule.id)
            } else {
                let note = try XCTUnwrap(rule.unverifiedNote, rule.id)
                XCTAssertFalse(note.da.isBlank, "\(rule.id) (\(rule.paragraph)): explained in Danish")
                XCTAssertFalse(note.en.isBlank, "\(rule.id) (\(rule.paragraph)): explained in English")
            }
        }
        XCTAssertTrue(try XCTUnwrap(DeadlineRule.planBeforePlacementWithoutConsent.unverifiedNote).en.contains("183"))
    }

    // MARK: - 7. the previous act

    func testAMeasureBegunIn2022OwesItsFollowUpUnderServicelovenTheRuleOfItsTime() throws {
        let granted = decision(at: at(d(2022, 3, 1)))
        let started = measure(decision: granted, at: at(d(2022, 3, 10)))
        let result = obligations([granted, started], now: at(d(2022, 7, 1)))
        let owed = try obligation(.servicelovenFirstFollowUp, in: result)
        XCTAssertEqual(owed.due, DanishTime.endOfDay(d(2022, 6, 10)), "Serviceloven § 70, stk. 1 (unverified): the first follow-up by 3 months")
        XCTAssertEqual(owed.status, .overdue)
        XCTAssertFalse(rules(result).contains(DeadlineRule.firstFollowUp.id), "Barnets Lov § 95 was not in force in 2022")

        // Followed up in 2023, setting the next for 2024: that next follow-up is owed under the act of the follow-up that
        // set it; a follow-up from 2024 sets its next under Barnets Lov § 95, stk. 3.
        let first = followUp(of: [started], at: at(d(2022, 6, 1)), next: d(2023, 11, 1))
        let second = followUp(of: [started], at: at(d(2023, 10, 30)), next: d(2024, 3, 1))
        let third = followUp(of: [started], at: at(d(2024, 2, 28)), next: d(2024, 9, 1))
        let running = obligations([granted, started, first, second, third], now: at(d(2024, 10, 1)))
        XCTAssertEqual(try obligation(.servicelovenFirstFollowUp, in: running).status, .dischargedOnTime)
        XCTAssertEqual(running.filter { $0.rule == DeadlineRule.servicelovenNextFollowUp.id }.map(\.trigger), [first.id, second.id],
                       "Serviceloven § 70, stk. 2 (unverified): the follow-ups set before 2024")
        XCTAssertEqual(running.filter { $0.rule == DeadlineRule.nextFollowUp.id }.map(\.trigger), [third.id],
                       "Barnets Lov § 95, stk. 3: the follow-up set from 2024")
        XCTAssertEqual(try XCTUnwrap(running.first { $0.rule == DeadlineRule.nextFollowUp.id }).status, .overdue)

        // A measure begun in 2024 is Barnets Lov's alone.
        let later = measure(decision: decision(at: at(d(2024, 3, 1))), at: at(d(2024, 3, 10)))
        XCTAssertEqual(rules(obligations([later], now: at(d(2024, 3, 10)))).filter { $0.contains("follow-up") }, [DeadlineRule.firstFollowUp.id])
    }

    func testThePreviousActsRulesHaveTheirOwnParagraphsAndAreValidTo31December2023() throws {
        XCTAssertFalse(DeadlineRule.serviceloven.isEmpty)
        for rule in DeadlineRule.serviceloven {
            XCTAssertNotNil(RuleBook.barnetsLov[rule.id], rule.id)
            XCTAssertTrue(rule.paragraph.hasPrefix("Serviceloven §"), "\(rule.id): its own act's paragraph")
            XCTAssertEqual(rule.validTo, d(2023, 12, 31), rule.id)
            XCTAssertTrue(rule.unverified.contains(.paragraph), "\(rule.id): DOMAIN.md gives none of the previous act's paragraphs")
            XCTAssertTrue(rule.applies(on: d(2023, 12, 31)), rule.id)
            XCTAssertFalse(rule.applies(on: d(2024, 1, 1)), rule.id)
            let decoded = try JSONDecoder().decode(DeadlineRule.self, from: JSONEncoder().encode(rule))
            XCTAssertEqual(decoded, rule, rule.id)
        }
        // The last minute of 2023 in Danish time is the previous act's; the first of 2024 Barnets Lov's.
        let lastOld = measure(decision: nil, at: at(d(2023, 12, 31), 23, 59))
        let firstNew = measure(decision: nil, at: at(d(2024, 1, 1), 0, 1))
        XCTAssertEqual(rules(obligations([lastOld], now: at(d(2024, 1, 1)))), [DeadlineRule.servicelovenFirstFollowUp.id])
        XCTAssertEqual(rules(obligations([firstNew], now: at(d(2024, 1, 1)))), [DeadlineRule.firstFollowUp.id])
        // A rule stored before valid-to dates existed reads as valid without end.
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(DeadlineRule.urgencyAssessment)) as? [String: Any])
        json.removeValue(forKey: "validTo")
        json.removeValue(forKey: "unverifiedNoteDa")
        json.removeValue(forKey: "unverifiedNoteEn")
        let old = try JSONDecoder().decode(DeadlineRule.self, from: JSONSerialization.data(withJSONObject: json))
        XCTAssertNil(old.validTo)
        XCTAssertTrue(old.applies(on: d(2040, 1, 1)))
    }
}
