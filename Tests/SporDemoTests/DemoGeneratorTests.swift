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
        XCTAssertEqual(String(summary.digest, radix: 16), "3a4c46e00b4be4ec", "entries \(summary.entries)")
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
                        try JournalRules.validate(entry, in: Timeline(previous), now: config.end)
                    } catch {
                        XCTFail("\(entry.kind) \(entry.id) breaks \(error.code)", file: file, line: line)
                    }
                    switch entry.payload {
                    case .concern:
                        XCTAssertTrue([.professional, .outreach].contains(roles[entry.author]), "concern author", file: file, line: line)
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
                    case .journalNote, .caseClosed:
                        XCTAssertEqual(roles[entry.author], .caseworker, file: file, line: line)
                    case .notification, .urgencyAssessment, .receiptSent, .notifierFeedback:
                        XCTFail("the demo writes no notifications yet", file: file, line: line)
                    }
                    previous.append(entry)
                    checked += 1
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
                    case .journalNote: notes += 1
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
                            XCTAssertEqual(payload.kind, .concern, "a course opens with a concern")
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
        let config = DemoConfiguration(end: DemoFixture.end)
        let started = Date()
        let generator = DemoGenerator(config)
        var families = 0, children = 0
        var byKind: [EntryKind: Int] = [:]
        var concernsByYear = [Int](repeating: 0, count: config.years)
        var childrenByYear = [Set<UUID>](repeating: [], count: config.years)
        var levels = [Int](repeating: 0, count: 6)
        var openByCaseworker: [UUID: Int] = [:]
        var coursesWithAssignment = 0, changes = 0, courses = 0, openCases = 0
        var entries = 0
        for family in generator.families() {
            families += 1
            for child in family.children {
                children += 1
                entries += child.entries.count
                for entry in child.entries {
                    byKind[entry.kind, default: 0] += 1
                    if case .concern(let concern) = entry.payload {
                        levels[concern.level.rawValue] += 1
                        let yearsBack = Int(config.end.timeIntervalSince(entry.occurredAt) / (365.25 * 86_400))
                        concernsByYear[yearsBack] += 1
                        childrenByYear[yearsBack].insert(child.child.id)
                    }
                }
                let state = Timeline(child.entries).state()
                if state.isOpen, let caseworker = state.caseworker { openByCaseworker[caseworker, default: 0] += 1 }
                changes += state.caseworkerChanges
                let closures = child.entries.filter { $0.kind == .caseClosed }.count
                courses += closures + (state.isOpen ? 1 : 0)
                openCases += state.isOpen ? 1 : 0
                coursesWithAssignment += child.entries.contains { $0.kind == .caseworkerAssigned } ? 1 : 0
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let staff = generator.staff()
        let caseworkers = staff.filter { $0.role == .caseworker }
        let loads = caseworkers.map { openByCaseworker[$0.id] ?? 0 }
        let meanLoad = Double(loads.reduce(0, +)) / Double(max(1, loads.count))
        print("""
            Default demo: \(families) families, \(children) children, \(entries) entries in \(String(format: "%.1f", seconds)) s
            entries by kind: \(EntryKind.allCases.compactMap { k in byKind[k].map { "\(k.rawValue) \($0)" } }.joined(separator: ", "))
            concerns per year (latest first): \(concernsByYear)
            distinct children per year: \(childrenByYear.map(\.count))
            concern levels 1–5: \(levels.dropFirst().map(String.init).joined(separator: " / "))
            staff by role: \(Role.allCases.map { r in "\(r.rawValue) \(staff.filter { $0.role == r }.count)" }.joined(separator: ", "))
            teams: \(generator.teams().map(\.name).joined(separator: ", "))
            open cases per caseworker: mean \(String(format: "%.1f", meanLoad)), min \(loads.min() ?? 0), max \(loads.max() ?? 0)
            by team: \(generator.teams().map { team in "\(team.name) \(caseworkers.filter { $0.team == team.name }.map { openByCaseworker[$0.id] ?? 0 })" }.joined(separator: "; "))
            courses: \(courses), open at the end: \(openCases)
            children ever assigned: \(coursesWithAssignment), caseworker changes: \(changes)
            """)
        XCTAssertEqual(children, config.children + config.youngAdults)
        for (yearsBack, count) in concernsByYear.enumerated() {
            XCTAssertTrue((900...1_400).contains(count), "\(count) concerns \(yearsBack) years back")
            XCTAssertLessThan(childrenByYear[yearsBack].count, count, "some children have several concerns a year")
            XCTAssertGreaterThan(Double(childrenByYear[yearsBack].count), 0.6 * Double(count), "distinct-ish children")
        }
        // Levels: most 2–3, some 4, few 5.
        let concerns = Double(levels.reduce(0, +))
        XCTAssertGreaterThan(Double(levels[2] + levels[3]) / concerns, 0.65)
        XCTAssertTrue((0.08...0.25).contains(Double(levels[4]) / concerns))
        XCTAssertTrue((0.01...0.10).contains(Double(levels[5]) / concerns))
        // About 1 % of concerns corrected.
        let corrections = Double(byKind[.correction] ?? 0)
        XCTAssertTrue((0.004...0.02).contains(corrections / Double(byKind[.concern] ?? 1)))
        XCTAssertTrue((25...40).contains(meanLoad), "mean open cases per caseworker \(meanLoad)")
        XCTAssertTrue(loads.allSatisfy { (15...50).contains($0) }, "open cases per caseworker \(loads)")
        XCTAssertLessThan(Double(changes) / Double(byKind[.caseworkerAssigned] ?? 1), 0.25, "few changes of caseworker")
    }
}
