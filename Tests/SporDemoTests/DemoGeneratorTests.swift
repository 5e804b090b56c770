import XCTest
import SporDomain
@testable import SporDemo

final class DemoGeneratorTests: XCTestCase {
    let small = DemoConfiguration(children: 1_500, end: DemoFixture.end)

    // MARK: Determinism

    func testSameSeedGivesTheSameData() {
        // Two generators, same configuration.
        let first = DemoFixture.summary(DemoGenerator(small))
        let second = DemoFixture.summary(DemoGenerator(small))
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(first.entries, 1_000)
    }

    func testFamiliesDoNotDependOnHowFarTheConsumerIterates() {
        let generator = DemoGenerator(small)
        let prefix = Array(generator.families().prefix(25))
        let all = Array(generator.families())
        XCTAssertEqual(prefix, Array(all.prefix(25)))
        // Iterating again from the start gives the same families.
        XCTAssertEqual(Array(generator.families().prefix(25)), prefix)
    }

    func testOutputIsPinned() {
        // The same bytes on every machine and Swift release. If the generator is changed on purpose,
        // the data set changes with it: check the new output, then update the digest here.
        let tiny = DemoConfiguration(children: 200, years: 4, end: DemoFixture.end)
        let summary = DemoFixture.summary(DemoGenerator(tiny))
        XCTAssertEqual(summary.children, 240)
        XCTAssertEqual(String(summary.digest, radix: 16), "586cf0f169166006", "entries \(summary.entries)")
    }

    func testDifferentSeedGivesDifferentData() {
        var other = small
        other.seed = 708
        let a = DemoFixture.summary(DemoGenerator(small))
        let b = DemoFixture.summary(DemoGenerator(other))
        XCTAssertNotEqual(a.digest, b.digest)
        let idsA = Set(DemoGenerator(small).staff().map(\.id))
        let idsB = Set(DemoGenerator(other).staff().map(\.id))
        XCTAssertTrue(idsA.isDisjoint(with: idsB))
    }

    func testGeneratorsAreReproducibleAcrossMachines() {
        // Published reference output of SplitMix64 with seed 0.
        var splitMix = SplitMix64(seed: 0)
        XCTAssertEqual(splitMix.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(splitMix.next(), 0x6E78_9E6A_A1B9_65F4)
        // The portable exp agrees with the platform's to within rounding.
        for x in [-0.0001, -0.01, -0.3, -1.0, -2.5] {
            XCTAssertEqual(portableExp(x), Foundation.exp(x), accuracy: 1e-12 * Foundation.exp(x))
        }
        var rng = SeededRandom(seed: 1)
        let uuid = rng.uuid().uuidString
        XCTAssertEqual(Array(uuid)[14], "4", "version 4")
        XCTAssertTrue("89AB".contains(Array(uuid)[19]), "RFC 4122 variant")
    }

    // MARK: People

    func testCPRNumbersAreValidConsistentAndUnique() throws {
        var seen = Set<String>()
        for family in DemoGenerator(small).families() {
            for child in family.children {
                let cpr = try CPR(child.cpr)
                XCTAssertEqual(cpr.digits, child.cpr)
                XCTAssertEqual(cpr.birthDate, child.child.birthDate)
                XCTAssertEqual(cpr.sex, child.child.sex)
                XCTAssertTrue(seen.insert(child.cpr).inserted, "duplicate CPR \(child.cpr)")
                if child.child.birthDate < LocalDate(year: 2007, month: 10, day: 1)! {
                    let digits = child.cpr.compactMap { Int(String($0)) }
                    XCTAssertFalse(CPRAllocator.passesModulus11(digits), "\(child.cpr) passes modulus 11")
                }
            }
        }
        XCTAssertEqual(seen.count, small.children + small.youngAdults)
    }

    func testCPRNumbersStayUniqueWhenManyShareABirthDay() throws {
        var allocator = CPRAllocator(seed: 707)
        var seen = Set<String>()
        let old = LocalDate(year: 2005, month: 3, day: 1)!
        let new = LocalDate(year: 2015, month: 3, day: 1)!
        for date in [old, new] {
            for sex in LegalSex.allCases {
                for _ in 0..<1_000 {
                    let number = allocator.make(birth: date, sex: sex)
                    XCTAssertTrue(seen.insert(number).inserted)
                    let cpr = try CPR(number)
                    XCTAssertEqual(cpr.birthDate, date)
                    XCTAssertEqual(cpr.sex, sex)
                }
            }
        }
    }

    func testChildrenFamiliesAndInstitutions() {
        let generator = DemoGenerator(small)
        let endDate = DanishTime.localDate(of: small.end)
        var minors = 0, youngAdults = 0
        var childIDs = Set<UUID>(), personIDs = Set<UUID>()
        var districts: [String: Int] = [:]
        for family in generator.families() {
            XCTAssertTrue((1...4).contains(family.children.count))
            XCTAssertTrue((1...2).contains(family.parents.count))
            XCTAssertEqual(family.relations.count, family.children.count * family.parents.count)
            XCTAssertEqual(Set(family.children.map(\.child.district)).count, 1, "siblings live together")
            XCTAssertTrue(family.relations.contains { $0.hasCustody })
            for parent in family.parents {
                XCTAssertTrue(personIDs.insert(parent.id).inserted)
                XCTAssertFalse(parent.givenName.isEmpty)
                XCTAssertFalse(parent.familyName.isEmpty)
            }
            for demo in family.children {
                let child = demo.child
                XCTAssertTrue(childIDs.insert(child.id).inserted)
                XCTAssertEqual(child.municipality, 707)
                XCTAssertTrue(DemoGenerator.districts.contains(child.district))
                districts[child.district, default: 0] += 1
                let age = child.birthDate.age(on: endDate)
                XCTAssertTrue((0...22).contains(age), "age \(age)")
                if age < 18 { minors += 1 } else { youngAdults += 1 }
                let places = generator.institutions(in: child.district)
                switch age {
                case 0...5: XCTAssertTrue(places.daycares.contains(child.institution ?? ""), "\(age) \(String(describing: child.institution))")
                case 6...16: XCTAssertTrue(places.schools.contains(child.institution ?? ""), "\(age) \(String(describing: child.institution))")
                default:
                    if let institution = child.institution {
                        XCTAssertTrue(DemoPlaces.youthEducations.contains(institution))
                    }
                }
            }
        }
        XCTAssertEqual(minors, small.children)
        XCTAssertEqual(youngAdults, small.youngAdults)
        XCTAssertTrue(childIDs.isDisjoint(with: personIDs))
        let grenaa = districts["Område Grenaa"] ?? 0
        XCTAssertEqual(districts.values.max(), grenaa, "Grenaa is the largest district")
        XCTAssertEqual(districts.count, 5)
    }

    // MARK: Staff

    func testOneUserNamedAfterEachRoleAndNumberedColleagues() {
        let generator = DemoGenerator(DemoConfiguration(end: DemoFixture.end))
        let staff = generator.staff()
        let byName = Dictionary(uniqueKeysWithValues: staff.map { ($0.username, $0) })
        XCTAssertEqual(byName.count, staff.count, "usernames are unique")
        XCTAssertEqual(Set(staff.map(\.id)).count, staff.count)
        XCTAssertEqual(Set(staff.map(\.displayName)).count, staff.count, "display names are unique")
        for role in Role.allCases {
            XCTAssertEqual(byName[role.rawValue]?.role, role, "user \(role.rawValue)")
        }
        for name in ["caseworker2", "teamlead2", "outreach2", "professional2"] {
            XCTAssertNotNil(byName[name], name)
        }
        for member in staff {
            let base = member.username.prefix { $0.isLetter }
            XCTAssertEqual(String(base), member.role.rawValue)
            switch member.role {
            case .caseworker, .teamLead: XCTAssertNotNil(member.team)
            default: XCTAssertNil(member.team)
            }
        }
        let teams = generator.teams()
        XCTAssertEqual(Set(teams.map(\.district)), Set(DemoGenerator.districts))
        XCTAssertEqual(Set(teams.map(\.name)).count, teams.count)
        let caseworkerTeam = byName["caseworker"]!.team
        XCTAssertEqual(caseworkerTeam, byName["teamlead"]!.team)
        let sizes = Dictionary(grouping: staff.filter { $0.role == .caseworker }, by: { $0.team! }).mapValues(\.count)
        XCTAssertEqual(sizes[caseworkerTeam!], sizes.values.max(), "caseworker is in the busiest team")
        XCTAssertEqual(teams.first { $0.name == caseworkerTeam }?.district, "Område Grenaa")
        for team in teams {
            XCTAssertEqual(staff.filter { $0.role == .teamLead && $0.team == team.name }.count, 1, team.name)
            XCTAssertGreaterThan(sizes[team.name] ?? 0, 0, team.name)
        }
    }

    // MARK: Journal

    func testEveryEntryPassesTheJournalRulesInRecordedOrder() {
        let checked = checkJournals(small)
        XCTAssertGreaterThan(checked, 1_000)
    }

    func testAwkwardEndsAndSmallConfigurations() {
        let ends: [(LocalDate, Int, Int)] = [
            (LocalDate(year: 2025, month: 10, day: 26)!, 2, 30), // the night the clocks go back
            (LocalDate(year: 2025, month: 3, day: 30)!, 3, 5),   // the morning after they go forward
            (LocalDate(year: 2024, month: 2, day: 29)!, 8, 0),   // leap day, before office hours
            (LocalDate(year: 2025, month: 12, day: 31)!, 23, 59),
            (LocalDate(year: 2026, month: 4, day: 3)!, 12, 0),   // Good Friday
        ]
        for (index, (date, hour, minute)) in ends.enumerated() {
            let end = DanishTime.instant(date, hour: hour, minute: minute)
            let config = DemoConfiguration(children: 40 + 30 * index, years: 1 + index * 2, seed: UInt64(index), end: end)
            _ = checkJournals(config)
            var children = 0
            for family in DemoGenerator(config).families() {
                children += family.children.count
                for child in family.children {
                    XCTAssertNoThrow(try CPR(child.cpr))
                    XCTAssertTrue((0...22).contains(child.child.birthDate.age(on: date)))
                }
            }
            XCTAssertEqual(children, config.children + config.youngAdults, "\(date)")
        }
        let empty = DemoConfiguration(children: 0, end: DemoFixture.end)
        XCTAssertEqual(Array(DemoGenerator(empty).families()).count, 0)
        XCTAssertEqual(Set(DemoGenerator(empty).staff().map(\.role)), Set(Role.allCases))
    }

    /// Appends every child's entries in the order given, validating each against the journal so far.
    /// Returns the number of entries checked.
    @discardableResult
    func checkJournals(_ config: DemoConfiguration, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let staff = DemoGenerator(config).staff()
        let roles = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.role) })
        var checked = 0
        for family in DemoGenerator(config).families() {
            for child in family.children {
                let birth = DanishTime.startOfDay(child.child.birthDate)
                var previous: [Entry] = []
                for entry in child.entries {
                    if let last = previous.last { XCTAssertLessThanOrEqual(last.recordedAt, entry.recordedAt, file: file, line: line) }
                    XCTAssertEqual(entry.child, child.child.id, file: file, line: line)
                    XCTAssertEqual(entry.municipality, config.municipality.code, file: file, line: line)
                    XCTAssertLessThanOrEqual(entry.occurredAt, config.end, file: file, line: line)
                    XCTAssertLessThanOrEqual(entry.recordedAt, config.end, file: file, line: line)
                    XCTAssertGreaterThanOrEqual(entry.recordedAt, entry.occurredAt, file: file, line: line)
                    XCTAssertGreaterThan(entry.occurredAt, birth, file: file, line: line)
                    do {
                        try JournalRules.validate(entry, in: Timeline(previous), now: config.end,
                                                  context: JournalContext(birthDate: child.child.birthDate))
                    } catch {
                        XCTFail("\(entry.kind) \(entry.id) breaks \(error.code)", file: file, line: line)
                    }
                    switch entry.payload {
                    case .concern(let concern):
                        XCTAssertTrue([.professional, .outreach].contains(roles[entry.author]), "concern author", file: file, line: line)
                        if concern.absence != nil { XCTAssertEqual(roles[entry.author], .professional, "the school reports absence", file: file, line: line) }
                    case .schooling:
                        XCTAssertEqual(roles[entry.author], .caseworker, "schooling author", file: file, line: line)
                    case .correction(let correction):
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                        if case .concern(let replacement) = correction.replacement,
                           let target = previous.first(where: { $0.id == entry.corrects }),
                           case .concern(let original) = target.payload {
                            XCTAssertNotEqual(replacement.level, original.level, file: file, line: line)
                        } else {
                            XCTFail("a correction replaces a concern", file: file, line: line)
                        }
                    case .caseworkerAssigned(let assignment):
                        XCTAssertEqual(roles[assignment.caseworker], .caseworker, file: file, line: line)
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                    case .journalNote(let note):
                        XCTAssertEqual(roles[entry.author], note.earlyHelp ? .outreach : .caseworker, file: file, line: line)
                    case .caseClosed:
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                    case .consultation(let consultation):
                        XCTAssertEqual(roles[entry.author], .outreach, file: file, line: line)
                        XCTAssertNil(consultation.anonymousRecord, file: file, line: line)
                    case .networkMeeting(let meeting):
                        XCTAssertEqual(roles[entry.author], .outreach, file: file, line: line)
                        for action in meeting.actions { XCTAssertNotNil(roles[action.owner], "an action's owner is a user", file: file, line: line) }
                        if meeting.childsView != nil { XCTAssertTrue(meeting.participants.child, file: file, line: line) }
                    case .notification(let notification):
                        XCTAssertLessThan(child.child.birthDate.age(on: DanishTime.localDate(of: entry.occurredAt)), 18,
                                          "notifications concern minors", file: file, line: line)
                        if notification.notifierKind == .professional {
                            XCTAssertEqual(roles[entry.author], .professional, file: file, line: line)
                            XCTAssertEqual(notification.notifierUser, entry.author, file: file, line: line)
                            XCTAssertNotNil(notification.profession, file: file, line: line)
                        } else {
                            XCTAssertEqual(roles[entry.author], .caseworker, "registered by a caseworker", file: file, line: line)
                            XCTAssertNil(notification.notifierUser, file: file, line: line)
                            XCTAssertFalse(notification.dialogBased, file: file, line: line)
                        }
                        if notification.concernsAbuse { XCTAssertFalse(notification.dialogBased, file: file, line: line) }
                    case .urgencyAssessment, .receiptSent, .notifierFeedback:
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                    // The course after the notification is the caseworker's.
                    case .childConversation(let conversation):
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                        XCTAssertEqual(conversation.heldBy, entry.author, "held by its author", file: file, line: line)
                        if let bisidder = conversation.bisidder {
                            XCTAssertGreaterThanOrEqual(bisidder.age, 15, file: file, line: line)
                            XCTAssertTrue(conversation.wasHeld, file: file, line: line)
                        }
                    case .decision(let decision):
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                        if case .heardIn(let heard) = decision.childsViews {
                            XCTAssertEqual(previous.first { $0.id == heard }?.kind, .childConversation,
                                           "a decision rests on a conversation", file: file, line: line)
                        }
                    case .measureStarted(let start) where start.decision == nil && roles[entry.author] == .outreach:
                        // An enrolment in an open offer by the district's outreach counsellor (DemoGroups).
                        XCTAssertTrue(DemoGroups.plans.contains { $0.offer == start.offer }, "enrolled by outreach", file: file, line: line)
                    case .measureEnded(let end) where roles[entry.author] == .outreach:
                        XCTAssertEqual(previous.first { $0.id == end.measure }?.author, entry.author, "ended by who enrolled", file: file, line: line)
                    case .focusedAssessment, .focusedAssessmentConcluded, .investigation, .investigationConcluded,
                         .preliminaryAssessment, .measureStarted, .measureEnded, .placementStarted, .placementEnded, .plan,
                         .followUp, .transition, .handoverMeeting:
                        XCTAssertEqual(roles[entry.author], .caseworker, "\(entry.kind) author", file: file, line: line)
                    case .ownViews:
                        XCTFail("the demo writes no own views (the family's portal)", file: file, line: line)
                    case .homecomingPlan, .homecomingFollowUp, .fosterCarers:
                        XCTFail("the demo writes no homecoming course and names no foster carers", file: file, line: line)
                    case .taskCompleted, .deadlineNotRelevant:
                        XCTFail("the demo completes no tasks and marks no deadline not relevant", file: file, line: line)
                    case .letter, .letterHandedOver, .attachment:
                        XCTFail("the demo writes no letters and files no attachments", file: file, line: line)
                    case .contactPlan, .contactVisit:
                        XCTAssertEqual(roles[entry.author], .caseworker, "\(entry.kind) author", file: file, line: line)
                    case .preparednessStep:
                        XCTAssertEqual(roles[entry.author], .caseworker, "\(entry.kind) author", file: file, line: line)
                    }
                    previous.append(entry)
                    checked += 1
                }
                // § 137: a notification on a child who already receives help (a § 32 measure or a placement running, not
                // merely an open case with a caseworker) is reassessed, by someone new to the case (if any caseworker still
                // is); any other notification is assessed with another next step.
                // The rule as if it had always applied, so the years before Barnets Lov are checked too.
                let timeline = Timeline(child.entries)
                var always = DeadlineRule.reassessment
                always.appliesFrom = LocalDate(year: 1990, month: 1, day: 1)!
                let known = Set(RuleBook(rules: [always]).obligations(
                    for: timeline, child: child.child.id, calendar: .standard, now: config.end, caseworker: nil
                ).map(\.trigger))
                for entry in child.entries {
                    guard case .urgencyAssessment(let assessment) = entry.payload,
                          let notification = timeline.entry(id: assessment.notification) else { continue }
                    let anyoneNew = known.contains(notification.id) && staff.contains {
                        $0.role == .caseworker && isNewToCase(author: $0.id, before: notification.occurredAt, in: timeline)
                    }
                    XCTAssertEqual(assessment.nextStep == .reassessment, anyoneNew,
                                   "§ 137: reassessment exactly when help has already started and someone is new to the case", file: file, line: line)
                    if assessment.nextStep == .reassessment {
                        XCTAssertTrue(isNewToCase(author: entry.author, before: notification.occurredAt, in: timeline),
                                      "reassessed by someone new to the case", file: file, line: line)
                    }
                }
            }
        }
        return checked
    }

    func testTimelineStateMatchesTheCoursesWritten() {
        let config = small
        let caseworkers = Set(DemoGenerator(config).staff().filter { $0.role == .caseworker }.map(\.id))
        var openCases = 0, closedCourses = 0
        for family in DemoGenerator(config).families() {
            for child in family.children where !child.entries.isEmpty {
                let timeline = Timeline(child.entries)
                let state = timeline.state()
                XCTAssertEqual(state.entryCount, child.entries.count)
                XCTAssertEqual(state.lastEntryAt, child.entries.map(\.recordedAt).max())

                // Every course opens with a concern, and a closure only ever closes an open course.
                var open = false
                var opened: Date?
                var closed: Date?
                var lastLevel: ConcernLevel?
                var caseworker: UUID?
                var notes = 0, highestLevel = ConcernLevel.thriving, assignedInCourse = false
                for item in timeline.items {
                    switch item.entry.payload {
                    case .journalNote(let note): if !note.earlyHelp { notes += 1 }
                    case .caseworkerAssigned: assignedInCourse = true
                    case .concern(let concern): highestLevel = max(highestLevel, concern.level)
                    default: break
                    }
                    guard let payload = item.effective else { continue }
                    switch payload {
                    case .caseClosed:
                        XCTAssertTrue(open, "closure of a closed case")
                        XCTAssertTrue((1...8).contains(notes), "\(notes) notes in a closed course")
                        if highestLevel >= .vulnerable { XCTAssertTrue(assignedInCourse, "level 3 course without caseworker") }
                        notes = 0
                        highestLevel = .thriving
                        assignedInCourse = false
                        open = false
                        caseworker = nil
                        closed = item.entry.occurredAt
                        closedCourses += 1
                    default:
                        if !open {
                            XCTAssertTrue([.concern, .notification].contains(payload.kind), "a course opens with a concern or a notification")
                            open = true
                            opened = item.entry.occurredAt
                        }
                        if case .concern(let concern) = payload { lastLevel = concern.level }
                        if case .caseworkerAssigned(let assignment) = payload { caseworker = assignment.caseworker }
                    }
                }
                XCTAssertEqual(state.isOpen, open)
                XCTAssertEqual(state.openedAt, opened)
                XCTAssertEqual(state.closedAt, open ? nil : closed)
                XCTAssertEqual(state.concernLevel, lastLevel)
                XCTAssertEqual(state.caseworker, caseworker)
                if let caseworker { XCTAssertTrue(caseworkers.contains(caseworker)) }
                if state.isOpen && state.caseworker != nil { openCases += 1 }
            }
        }
        XCTAssertGreaterThan(closedCourses, 100)
        XCTAssertGreaterThan(openCases, 10)
    }

    func testDemoClockAgreesWithDanishTime() {
        // Every day across two years, including both nights the clocks change.
        let first = LocalDate(year: 2025, month: 1, day: 1)!.dayNumber
        for day in first..<(first + 730) {
            for minute in [7 * 60, 12 * 60 + 34, 23 * 60 + 59] {
                let date = LocalDate(dayNumber: day)
                XCTAssertEqual(DemoClock.instant(ofLocalMinute: day * 1440 + minute),
                               DanishTime.instant(date, hour: minute / 60, minute: minute % 60), "\(date) \(minute)")
            }
        }
    }

    // MARK: Magnitudes

    func testDefaultMunicipalityHasNorddjursMagnitudes() {
        let run = DemoRun.standard
        let config = run.config
        print(run.report)
        XCTAssertEqual(run.children, config.children + config.youngAdults)
        for (yearsBack, count) in run.concernsByYear.enumerated() {
            XCTAssertTrue((900...1_400).contains(count), "\(count) concerns \(yearsBack) years back")
            XCTAssertLessThan(run.childrenByYear[yearsBack].count, count, "some children have several concerns a year")
            XCTAssertGreaterThan(Double(run.childrenByYear[yearsBack].count), 0.6 * Double(count), "distinct-ish children")
        }
        // Levels: most 2–3, some 4, few 5.
        let levels = run.levels
        let concerns = Double(levels.reduce(0, +))
        XCTAssertGreaterThan(Double(levels[2] + levels[3]) / concerns, 0.65)
        XCTAssertTrue((0.08...0.25).contains(Double(levels[4]) / concerns))
        XCTAssertTrue((0.01...0.10).contains(Double(levels[5]) / concerns))
        // About 1 % of concerns corrected.
        let corrections = Double(run.byKind[.correction] ?? 0)
        XCTAssertTrue((0.004...0.02).contains(corrections / Double(run.byKind[.concern] ?? 1)))
        let caseworkers = DemoGenerator(config).staff().filter { $0.role == .caseworker }
        let loads = caseworkers.map { run.openByCaseworker[$0.id] ?? 0 }
        let meanLoad = Double(loads.reduce(0, +)) / Double(max(1, loads.count))
        XCTAssertTrue((25...40).contains(meanLoad), "mean open cases per caseworker \(meanLoad)")
        XCTAssertTrue(loads.allSatisfy { (15...50).contains($0) }, "open cases per caseworker \(loads)")
        XCTAssertLessThan(Double(run.changes) / Double(run.byKind[.caseworkerAssigned] ?? 1), 0.25, "few changes of caseworker")
    }

    // MARK: Early help

    func testNetworkMeetingsBeforeNotificationsBecomeMoreCommon() {
        let run = DemoRun.standard
        let share = { (year: Int) in Double(run.precededByMeetingByYear[year]) / Double(max(1, run.notificationsByYear[year])) }
        let latest = share(0), earliest = share(run.config.years - 1)
        XCTAssertGreaterThan(latest, earliest + 0.05, "network meeting first: \(earliest) → \(latest)")
        XCTAssertTrue((0.05...0.5).contains(latest), "share of notifications after a network meeting in the last year: \(latest)")
        let meetings = run.byKind[.networkMeeting] ?? 0
        XCTAssertGreaterThan(meetings, 500)
        XCTAssertGreaterThan(run.byKind[.consultation] ?? 0, 500)
        // Agreed actions are mostly done at the follow-up meeting, on time; a few are open at the end.
        let actions = run.obligations["network-meeting-action"] ?? [:]
        let done = (actions[.dischargedOnTime] ?? 0) + (actions[.dischargedLate] ?? 0)
        let open = (actions[.open] ?? 0) + (actions[.overdue] ?? 0)
        XCTAssertGreaterThan(Double(done) / Double(max(1, done + open)), 0.9)
        XCTAssertGreaterThan(actions[.open] ?? 0, 0, "some actions still open on the last day")
    }

    // MARK: Notification intake

    func testNotificationsHaveNorddjursRates() {
        let run = DemoRun.standard
        // ≈ 1,000 notifications a year (DOMAIN.md, "Magnitudes"), about fewer children (≈ 1.75 per child nationally).
        for (yearsBack, count) in run.notificationsByYear.enumerated() {
            XCTAssertTrue((850...1_300).contains(count), "\(count) notifications \(yearsBack) years back")
            let children = run.notifiedChildrenByYear[yearsBack].count
            XCTAssertTrue((0.45...0.9).contains(Double(children) / Double(count)), "\(children) children notified \(yearsBack) years back")
        }
        // Mostly from professionals; some from private persons, anonymously or from the child.
        let total = Double(run.notifications)
        let share = { (kind: NotifierKind) in Double(run.byNotifier[kind] ?? 0) / total }
        XCTAssertTrue((0.75...0.9).contains(share(.professional)), "professional \(share(.professional))")
        for kind in [NotifierKind.privatePerson, .anonymous, .child] {
            XCTAssertTrue((0.005...0.15).contains(share(kind)), "\(kind) \(share(kind))")
        }
        XCTAssertTrue((0.02...0.045).contains(Double(run.concernsAbuse) / total), "abuse \(run.concernsAbuse)")
        // Dialog-based notifications rise over the years (the pilot), from ≈ 5 % to ≈ 40 % of professional ones.
        let dialog = zip(run.dialogBasedByYear, run.professionalByYear).map { Double($0) / Double(max(1, $1)) }
        XCTAssertTrue((0.02...0.12).contains(dialog.last!), "dialog-based in the first year \(dialog.last!)")
        XCTAssertTrue((0.30...0.45).contains(dialog.first!), "dialog-based in the last year \(dialog.first!)")
        // In later years a notification is more often preceded by a concern.
        let preceded = zip(run.precededByConcernByYear, run.notificationsByYear).map { Double($0) / Double(max(1, $1)) }
        XCTAssertGreaterThan(preceded.first!, preceded.last! + 0.1, "preceded by a concern, latest year first: \(preceded)")
        // Every next step occurs; reassessments of known children among them.
        for step in NextStep.allCases {
            XCTAssertGreaterThan(run.nextSteps[step] ?? 0, 100, "\(step)")
        }
    }

    func testStepsOnNotificationsMostlyMeetTheirDeadlines() {
        let run = DemoRun.standard
        // Nearly every notification is assessed, ≈ 92 % within 24 hours.
        XCTAssertTrue((0.85...0.98).contains(run.assessments.onTimeShare), "assessments on time \(run.assessments)")
        XCTAssertLessThan(Double(run.assessments.missing) / Double(run.assessments.judged), 0.01)
        // Receipts to professionals, ≈ 85 % within 6 working days.
        XCTAssertTrue((0.75...0.95).contains(run.receipts.onTimeShare), "receipts on time \(run.receipts)")
        XCTAssertGreaterThan(run.receipts.late, 0)
        // Feedback to most professionals within about 3 months.
        XCTAssertTrue((0.8...0.97).contains(run.feedback.onTimeShare), "feedback on time \(run.feedback)")
    }

    func testNotificationsArriveByManyChannelsFromManyNotifiers() {
        // A professional (a Spor user) submits in Spor; everyone else reaches the municipality by phone, letter,
        // e-mail, the digital form or in person, and a caseworker registers it with who notified, where known.
        let config = DemoConfiguration(children: 600, years: 3, end: DemoFixture.end)
        var channels: [NotificationChannel: Int] = [:]
        var kinds: [NotifierKind: Int] = [:]
        var named = 0
        for family in DemoGenerator(config).families() {
            for child in family.children {
                for (index, entry) in child.entries.enumerated() {
                    guard case .notification(let n) = entry.payload else { continue }
                    channels[n.channel, default: 0] += 1
                    kinds[n.notifierKind, default: 0] += 1
                    XCTAssertEqual(n.channel == .spor, n.notifierUser != nil, "\(n.channel) \(n.notifierKind)")
                    XCTAssertEqual(n.notifierKind == .professional, n.notifierUser != nil, "\(n.notifierKind)")
                    XCTAssertEqual(n.profession != nil, n.notifierKind == .professional, "profession only for a professional")
                    if n.notifierKind == .anonymous { XCTAssertNil(n.notifierName); XCTAssertNil(n.notifierContact) }
                    if n.channel == .spor { XCTAssertNil(n.notifierName) }
                    for text in [n.notifierName, n.notifierContact].compactMap({ $0 }) {
                        XCTAssertFalse(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
                        XCTAssertLessThanOrEqual(text.count, SporDomain.Notification.maximumNotifierTextLength)
                        XCTAssertNil(text.range(of: #"\d{6}-?\d{4}"#, options: .regularExpression), "no CPR-like number: \(text)")
                    }
                    if let contact = n.notifierContact, contact.contains("@") { XCTAssertTrue(contact.hasSuffix(".test"), contact) }
                    if let contact = n.notifierContact, !contact.contains("@") { XCTAssertTrue(contact.hasPrefix("0"), contact) }
                    if n.notifierName != nil { named += 1 }
                    XCTAssertNoThrow(try JournalRules.validate(entry, in: Timeline(Array(child.entries[..<index])), now: config.end,
                                                               context: JournalContext(birthDate: child.child.birthDate)))
                }
            }
        }
        XCTAssertGreaterThanOrEqual(channels.count, 4, "channels \(channels)")
        XCTAssertGreaterThanOrEqual(kinds.count, 4, "notifier kinds \(kinds)")
        XCTAssertGreaterThan(named, 0)
        // The police and hospitals or GPs are a meaningful minority; professionals in Spor still the most.
        let total = Double(kinds.values.reduce(0, +))
        XCTAssertGreaterThan(Double(kinds[.police] ?? 0) / total, 0.02, "police \(kinds)")
        XCTAssertGreaterThan(Double(kinds[.healthcare] ?? 0) / total, 0.01, "healthcare \(kinds)")
        XCTAssertGreaterThan(Double(channels[.spor] ?? 0) / total, 0.6, "through Spor \(channels)")
    }

    func testIntakeQueueAndWorklistsHaveWorkAtTheEnd() {
        let run = DemoRun.standard
        let grenaa = "Område Grenaa"
        let grenaaUnassessed = (run.unassessedOpen[grenaa] ?? 0) + (run.unassessedOverdue[grenaa] ?? 0)
        XCTAssertGreaterThanOrEqual(grenaaUnassessed, 3, "unassessed notifications in Team Grenaa's district")
        XCTAssertGreaterThan(run.unassessedOpen[grenaa] ?? 0, 0, "an assessment still within its 24 hours in Grenaa")
        XCTAssertGreaterThan(run.unassessedOverdue[grenaa] ?? 0, 0, "an overdue assessment in Grenaa")
        // Spread over the districts, but a handful, not a pile.
        let districts = Set(run.unassessedOpen.keys).union(run.unassessedOverdue.keys)
        XCTAssertEqual(districts, Set(DemoGenerator.districts))
        let all = run.unassessedOpen.values.reduce(0, +) + run.unassessedOverdue.values.reduce(0, +)
        XCTAssertLessThanOrEqual(all, 40)
        XCTAssertGreaterThan(run.receiptsOpen, 0, "receipts not yet due")
        XCTAssertGreaterThan(run.receiptsOverdue, 0, "receipts past due")
    }

    func testDeadlineRulesFindOnTimeAndLateObligations() {
        let run = DemoRun.standard
        for rule in [DeadlineRule.urgencyAssessment, .receipt, .notifierFeedback, .reassessment] {
            let statuses = run.obligations[rule.id] ?? [:]
            XCTAssertGreaterThan(statuses[.dischargedOnTime] ?? 0, 0, "\(rule.id) on time")
            XCTAssertGreaterThan(statuses[.dischargedLate] ?? 0, 0, "\(rule.id) late")
            XCTAssertGreaterThan(statuses[.dischargedOnTime] ?? 0, statuses[.dischargedLate] ?? 0, "\(rule.id) mostly on time")
        }
        // The worklists have open and overdue obligations on the demo's "now".
        let all = run.obligations.values.reduce(into: [Obligation.Status: Int]()) { sum, statuses in
            sum.merge(statuses, uniquingKeysWith: +)
        }
        XCTAssertGreaterThan(all[.open] ?? 0, 0)
        XCTAssertGreaterThan(all[.overdue] ?? 0, 0)
    }

    // MARK: The course after the notification

    func testImmediateHelpShareRisesTowardSeventyPercent() {
        let run = DemoRun.standard
        let shares = run.immediateShareByYear
        XCTAssertGreaterThanOrEqual(shares.first!, 0.55, "immediate help in the latest year, latest first: \(shares)")
        XCTAssertLessThan(shares.last!, 0.40, "immediate help in the first year, latest first: \(shares)")
        XCTAssertGreaterThan(shares.first!, shares.last! + 0.2, "rising: \(shares)")
        XCTAssertTrue(shares.prefix(3).allSatisfy { $0 >= 0.5 }, "the last three years: \(shares)")
        // ≈ 400 measures started a year (DOMAIN.md, "Magnitudes"); the first year fills up as its investigations conclude.
        for (yearsBack, count) in run.measuresByYear.enumerated().dropLast() {
            XCTAssertTrue((300...600).contains(count), "\(count) measures started \(yearsBack) years back")
        }
        // Every provision is used: § 30, § 32 (stk. 1 and stk. 4), § 39, §§ 46–47 and §§ 114–116.
        for basis in [LegalBasis.earlyHelp, .contactPerson, .treatment, .alongsideAssessment, .youthOrder, .placementWithConsent,
                      .placementWithoutConsent, .youngAdultSupport] {
            XCTAssertGreaterThan(run.measuresByBasis[basis] ?? 0, 0, "\(basis)")
        }
    }

    func testAboutOnePercentOfChildrenArePlaced() {
        let run = DemoRun.standard
        let placedShare = Double(run.placedAtEnd) / Double(run.minorsAtEnd)
        XCTAssertTrue((0.006...0.018).contains(placedShare), "minors placed at the end: \(placedShare)")
        // ≈ 20 new placements a year (DOMAIN.md), a move in the teens counted as a new placement.
        for (yearsBack, count) in run.placementsByYear.enumerated().dropLast() {
            XCTAssertTrue((10...50).contains(count), "\(count) placements \(yearsBack) years back")
        }
        // Network foster families and placements near home become more common.
        let half = run.config.years / 2
        func share(_ part: [Int], _ years: Range<Int>) -> Double {
            Double(years.map { part[$0] }.reduce(0, +)) / Double(max(1, years.map { run.placementsByYear[$0] }.reduce(0, +)))
        }
        let later = 0..<half, earlier = half..<run.config.years
        XCTAssertGreaterThan(share(run.networkPlacementsByYear, later), share(run.networkPlacementsByYear, earlier) + 0.05)
        XCTAssertGreaterThan(share(run.nearHomeByYear, later), share(run.nearHomeByYear, earlier) + 0.05)
        XCTAssertGreaterThan(share(run.schoolKeptByYear, later), share(run.schoolKeptByYear, earlier))
        for kind in PlacementKind.allCases { XCTAssertGreaterThan(run.placementsByKind[kind] ?? 0, 0, "\(kind)") }
        XCTAssertGreaterThan(run.placementsWithoutConsent, 0)
        XCTAssertGreaterThan(run.placementEnds[.homecoming] ?? 0, run.placementEnds[.replaced] ?? 0, "homecoming is the goal")
        XCTAssertGreaterThan(run.placementEnds[.ageLimit] ?? 0, 0)
    }

    func testTheChildIsHeardBeforeMostDecisions() {
        let run = DemoRun.standard
        let heard = Double(run.heardInConversation) / Double(run.decisions)
        XCTAssertGreaterThan(heard, 0.7, "decisions resting on a conversation in the 90 days before")
        // The rest state why: the very young, or a conversation that could not be held.
        XCTAssertEqual(run.heardInConversation + run.notHeard, run.decisions)
        XCTAssertGreaterThan(run.notHeard, 0)
        XCTAssertGreaterThan(Double(run.conversationsHeld) / Double(run.conversationsHeld + run.conversationsNotHeld), 0.85)
        XCTAssertGreaterThan(run.conversationsNotHeld, 0)
        XCTAssertGreaterThan(run.withBisidder, 0)
        XCTAssertGreaterThan(run.refusals, 0)
    }

    func testPlansHaveVersionsAndFollowUpsRateTheirGoals() {
        let run = DemoRun.standard
        XCTAssertGreaterThan(run.laterPlanVersions, 0)
        XCTAssertLessThan(run.laterPlanVersions, run.planVersions)
        for rating in GoalRating.allCases { XCTAssertGreaterThan(run.ratings[rating] ?? 0, 0, "\(rating)") }
        let rated = run.ratings.values.reduce(0, +)
        let progressing = (run.ratings[.progress] ?? 0) + (run.ratings[.reached] ?? 0)
        XCTAssertGreaterThan(Double(progressing) / Double(rated), 0.6)
    }

    func testYoungAdultsHaveSupportDecidedBeforeEighteen() {
        let run = DemoRun.standard
        XCTAssertGreaterThan(run.youngAdultDecisions, run.youngAdultRefusals)
        XCTAssertGreaterThan(run.youngAdultRefusals, 0, "refusing ungestøtte is a decision too")
        XCTAssertGreaterThan(run.youngAdultMeasures, 0)
        XCTAssertGreaterThan(run.youngAdultsSupportedAtEnd, 0)
        // Ungestøtte ends by the 23rd birthday: ended in time or still running, never overdue. (It cannot be late in the
        // demo: a young person past 23 at the end is not in the data set.)
        let ends = run.obligations[DeadlineRule.youngAdultSupportEnds.id] ?? [:]
        XCTAssertGreaterThan(ends[.dischargedOnTime] ?? 0, 0)
        XCTAssertGreaterThan(ends[.open] ?? 0, 0)
        XCTAssertEqual((ends[.overdue] ?? 0) + (ends[.dischargedLate] ?? 0), 0)
    }

    func testCourseDeadlinesAreMostlyMetWithSomeLateAndAFewOpen() {
        let run = DemoRun.standard
        let rules: [DeadlineRule] = [.investigationFourMonths, .preliminaryAssessment, .firstFollowUp, .firstFollowUpOnPlacement,
                                     .nextFollowUp, .planAfterPlacement, .planBeforePlacementWithoutConsent, .planAfterSupport,
                                     .supportAfter18Decision, .transitionHandover, .childConversationOnAbuse]
        for rule in rules {
            let statuses = run.obligations[rule.id] ?? [:]
            let onTime = statuses[.dischargedOnTime] ?? 0, late = statuses[.dischargedLate] ?? 0
            XCTAssertGreaterThan(onTime, 0, "\(rule.id) on time")
            XCTAssertGreaterThan(late, 0, "\(rule.id) late")
            // Mostly on time, where there are enough to tell (a § 47 placement is rare).
            if onTime + late >= 20 { XCTAssertGreaterThan(onTime, 3 * late, "\(rule.id) mostly on time") }
        }
        // The worklists have a story: obligations of the course open at the end, and a few overdue; a handful per
        // caseworker overdue or due within a month, not a pile.
        let open = rules.map { run.obligations[$0.id]?[.open] ?? 0 }.reduce(0, +)
        let overdue = rules.map { run.obligations[$0.id]?[.overdue] ?? 0 }.reduce(0, +)
        XCTAssertGreaterThan(open, 0)
        XCTAssertGreaterThan(overdue, 0)
        let caseworkers = DemoGenerator(run.config).staff().filter { $0.role == .caseworker }.map(\.id)
        let pressing = caseworkers.map { (run.courseOverdueByCaseworker[$0] ?? 0) + (run.courseDueSoonByCaseworker[$0] ?? 0) }
        let mean = Double(pressing.reduce(0, +)) / Double(caseworkers.count)
        XCTAssertTrue((1...10).contains(mean), "overdue or due within 30 days per caseworker: \(pressing)")
        XCTAssertLessThanOrEqual(pressing.max() ?? 0, 20, "overdue or due within 30 days per caseworker: \(pressing)")
        XCTAssertLessThanOrEqual(caseworkers.map { run.courseOverdueByCaseworker[$0] ?? 0 }.max() ?? 0, 10)
    }
}
