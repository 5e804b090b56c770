import XCTest
@testable import SporDomain

/// The municipality's settings (issue 25, item 2): the law's bounds refused, a closed day moving a deadline, a setting
/// taking effect from its day and a deadline that fell due before it kept.
final class MunicipalSettingsTests: CourseTestCase {
    func version(_ setting: MunicipalSetting, from day: LocalDate, version: Int = 1) -> SettingVersion {
        SettingVersion(setting: setting, validFrom: day, version: version, savedAt: at(d(2025, 12, 1)), savedBy: UUID())
    }

    func professionalNotification(at instant: Date) -> Entry {
        entry(.notification(Notification(notifierKind: .professional, profession: .teacher, description: "Fravær", concernsAbuse: false)),
              at: instant)
    }

    func receiptDue(_ history: MunicipalSettingsHistory, _ notification: Entry, now: Date) -> Date? {
        history.obligations(for: Timeline([notification]), child: child, birthDate: d(2015, 3, 15), now: now, caseworker: caseworker)
            .first { $0.rule == DeadlineRule.receipt.id }?.due
    }

    func testAParameterBelowTheLawsMinimumIsRefusedWithTheMinimumNamed() throws {
        // § 111: the decision on support after 18 at least 6 months before the birthday.
        XCTAssertThrowsError(try MunicipalSetting.ruleParameter(rule: DeadlineRule.supportAfter18Decision.id, value: 5).validate(today: d(2026, 1, 5))) {
            let error = $0 as? DomainError
            XCTAssertEqual(error?.code, .settingBelowLawMinimum)
            XCTAssertEqual(error?.field, "value")
            XCTAssertEqual(error?.names, ["6"])
        }
        XCTAssertNoThrow(try MunicipalSetting.ruleParameter(rule: DeadlineRule.supportAfter18Decision.id, value: 6).validate(today: d(2026, 1, 5)))
        // § 136's 24 hours and the receipt's 6 working days are the law's most: sooner is allowed, later is not.
        XCTAssertThrowsError(try MunicipalSetting.ruleParameter(rule: DeadlineRule.receipt.id, value: 7).validate(today: d(2026, 1, 5))) {
            XCTAssertEqual(($0 as? DomainError)?.code, .settingAboveLawMaximum)
        }
        XCTAssertNoThrow(try MunicipalSetting.ruleParameter(rule: DeadlineRule.receipt.id, value: 5).validate(today: d(2026, 1, 5)))
        // A rule without a parameter of the municipality's (its § and its trigger are never settings).
        XCTAssertThrowsError(try MunicipalSetting.ruleParameter(rule: DeadlineRule.investigationFourMonths.id, value: 3).validate(today: d(2026, 1, 5))) {
            XCTAssertEqual(($0 as? DomainError)?.code, .settingUnknown)
        }
        // A target out of 0–100 %, a closed day and a valid-from day out of range.
        XCTAssertThrowsError(try MunicipalSetting.target(indicator: "immediate-help-share", share: 1.2).validate(today: d(2026, 1, 5))) {
            XCTAssertEqual(($0 as? DomainError)?.field, "target")
        }
        XCTAssertThrowsError(try MunicipalSetting.extraClosedDates([d(2040, 1, 2)]).validate(today: d(2026, 1, 5))) {
            XCTAssertEqual(($0 as? DomainError)?.code, .settingDateOutOfRange)
            XCTAssertEqual(($0 as? DomainError)?.field, "closedDate")
        }
        XCTAssertThrowsError(try MunicipalSetting.validateValidFrom(d(2026, 1, 4), today: d(2026, 1, 5))) {
            XCTAssertEqual(($0 as? DomainError)?.field, "validFrom", "no setting takes effect in the past")
        }
    }

    func testTheParameterChangesTheDueComputationAndTheTitleButNeverTheParagraph() throws {
        let settings = MunicipalSettings(ruleParameters: [DeadlineRule.receipt.id: 4, DeadlineRule.supportAfter18Decision.id: 9])
        let receipt = try XCTUnwrap(settings.ruleBook[DeadlineRule.receipt.id])
        XCTAssertEqual(receipt.due, .endOfWorkingDay(afterWorkingDays: 4))
        XCTAssertEqual(receipt.paragraph, DeadlineRule.receipt.paragraph)
        XCTAssertEqual(receipt.titleDa, "Kvittering til fagperson inden 4 hverdage")
        XCTAssertEqual(settings.ruleBook[DeadlineRule.supportAfter18Decision.id]?.due, .birthday(age: 18, offsetMonths: -9))
        XCTAssertEqual(MunicipalSettings.standard.ruleBook, .barnetsLov)
    }

    func testAClosedDateMovesAReceiptDeadlineAcrossItByOneWorkingDay() throws {
        // Received Monday 29 December 2025: 30 Dec is the 1st working day; 31 Dec and 1 Jan are closed; Friday 2 Jan the
        // 2nd; 5–8 Jan the 3rd–6th. Due by the end of Thursday 8 January.
        let notification = professionalNotification(at: at(d(2025, 12, 29)))
        let now = at(d(2025, 12, 29), 12)
        XCTAssertEqual(receiptDue(.empty, notification, now: now), DanishTime.endOfDay(d(2026, 1, 8)))
        let closed = MunicipalSettingsHistory(versions: [version(.extraClosedDates([d(2026, 1, 2)]), from: d(2025, 12, 29))])
        XCTAssertEqual(receiptDue(closed, notification, now: now), DanishTime.endOfDay(d(2026, 1, 9)), "one working day later")
        XCTAssertFalse(closed.inForce(on: d(2025, 12, 29)).calendar.isWorkingDay(d(2026, 1, 2)))
        XCTAssertTrue(closed.inForce(on: d(2025, 12, 28)).calendar.isWorkingDay(d(2026, 1, 2)), "before its day, the standard")
    }

    func testADeadlineThatFellDueBeforeASettingTookEffectKeepsItsDueInstant() {
        // Received 1 December 2025, due 9 December. A closed day on 5 December decided from 10 December changes nothing
        // that fell due before; decided from 1 December, it moves the deadline to 10 December.
        let notification = professionalNotification(at: at(d(2025, 12, 1)))
        let now = at(d(2025, 12, 20))
        XCTAssertEqual(receiptDue(.empty, notification, now: now), DanishTime.endOfDay(d(2025, 12, 9)))
        let late = MunicipalSettingsHistory(versions: [version(.extraClosedDates([d(2025, 12, 5)]), from: d(2025, 12, 10))])
        XCTAssertEqual(receiptDue(late, notification, now: now), DanishTime.endOfDay(d(2025, 12, 9)), "fell due before: kept")
        let early = MunicipalSettingsHistory(versions: [version(.extraClosedDates([d(2025, 12, 5)]), from: d(2025, 12, 1))])
        XCTAssertEqual(receiptDue(early, notification, now: now), DanishTime.endOfDay(d(2025, 12, 10)))
    }

    func testTheLatestValidFromInForceWinsAndOfTwoOnOneDayTheOneSavedLast() {
        let key = DeadlineRule.portalMessage.id
        let history = MunicipalSettingsHistory(versions: [
            version(.ruleParameter(rule: key, value: 3), from: d(2026, 1, 1), version: 1),
            version(.ruleParameter(rule: key, value: 4), from: d(2026, 3, 1), version: 2),
            version(.ruleParameter(rule: key, value: 5), from: d(2026, 1, 1), version: 3),
        ])
        XCTAssertNil(history.inForce(on: d(2025, 12, 31)).ruleParameters[key])
        XCTAssertEqual(history.inForce(on: d(2026, 2, 1)).ruleParameters[key], 5)
        XCTAssertEqual(history.inForce(on: d(2026, 3, 1)).ruleParameters[key], 4)
        XCTAssertEqual(history.history(of: .ruleParameter(key)).map(\.version), [3, 2, 1], "every version kept, newest first")
    }

    func testATargetReplacesTheStandardTargetOfAShareIndicator() throws {
        let settings = MunicipalSettings(targets: ["immediate-help-share": 0.8, "network-meeting-first": 0.5])
        let definitions = settings.applyingTargets(to: IndicatorDefinition.standard())
        XCTAssertEqual(definitions.first { $0.id == "immediate-help-share" }?.target, .atLeast(0.8))
        XCTAssertEqual(definitions.first { $0.id == "network-meeting-first" }?.target, .atLeast(0.5), "rising becomes a number")
        XCTAssertEqual(definitions.first { $0.id == "child-heard" }?.target, IndicatorDefinition.standard().first { $0.id == "child-heard" }?.target)
    }
}
