import XCTest
@testable import SporDomain
@testable import SporDemo

/// The demo's participation in the policy's offers (`DemoGroups`; the referral offers on a § 30 decision, the course's
/// own included): at plausible rates per offer and half-year, the
/// members of a group sharing its id, start day and outreach counsellor across families, and no enrolment on a closed case.
final class DemoGroupsTests: XCTestCase {
    func testParticipationInOpenOffersIsPlausibleAndGroupsSpanFamilies() {
        // Setup: a mid-sized municipality (1,500 children, a fifth of Norddjurs).
        let config = DemoConfiguration(children: 1_500, end: DemoFixture.end)
        let generator = DemoGenerator(config)
        let outreach = Set(generator.staff().filter { $0.role == .outreach }.map(\.id))
        let offers = Set(DemoGroups.plans.map(\.offer) + DemoGroups.referralPlans.map(\.offer))
        // The four full years before the end: eight half-years.
        let endYear = DanishTime.localDate(of: config.end).year
        let years = (endYear - 4)...(endYear - 1)
        var children: [String: Set<UUID>] = [:]
        var groups: [UUID: (day: LocalDate, author: UUID, families: Set<Int>, offer: String)] = [:]
        var enrolledOnClosedCase = 0

        // The thing under test
        for (family, made) in generator.families().enumerated() {
            for child in made.children {
                let windows = DemoGroups.openWindows(child.entries)
                for entry in child.entries {
                    guard case .measureStarted(let start) = entry.payload, offers.contains(start.offer) else { continue }
                    let day = DanishTime.localDate(of: entry.occurredAt)
                    if years.contains(day.year) { children[start.offer, default: []].insert(child.child.id) }
                    if !windows.contains(where: { $0.from <= day.dayNumber && ($0.until.map { day.dayNumber < $0 } ?? true) }) {
                        enrolledOnClosedCase += 1
                    }
                    if let group = start.group {
                        XCTAssertTrue(outreach.contains(entry.author))
                        if let known = groups[group] {
                            XCTAssertEqual(known.day, day)
                            XCTAssertEqual(known.author, entry.author)
                            XCTAssertEqual(known.offer, start.offer)
                            groups[group]?.families.insert(family)
                        } else {
                            groups[group] = (day, entry.author, [family], start.offer)
                        }
                    }
                }
            }
        }

        // Check: per offer, some 10–40 children a half-year at Norddjurs' size, i.e. 1.3–5.3 per 1,000 children; the
        // band here is wider (0.8–7 per 1,000) for the noise of a small municipality.
        let halves = Double(2 * years.count)
        for offer in offers {
            let perThousand = Double(children[offer]?.count ?? 0) / halves / (Double(config.children) / 1_000)
            print("demo groups: \(offer) \(String(format: "%.1f", perThousand)) children per 1,000 per half-year")
            XCTAssertGreaterThanOrEqual(perThousand, 0.8, offer)
            XCTAssertLessThanOrEqual(perThousand, 7, offer)
        }
        XCTAssertEqual(enrolledOnClosedCase, 0)
        // Groups gather children of different families.
        XCTAssertGreaterThan(groups.count, 10)
        XCTAssertGreaterThan(groups.values.filter { $0.families.count > 1 }.count, groups.count / 5)
    }
}
