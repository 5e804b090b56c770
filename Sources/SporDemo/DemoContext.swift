import Foundation
import SporDomain

/// Everything the generator computes once from a configuration: the period, the districts and
/// their institutions, teams and staff, and the concern rates. Families are made from it one by one.
final class DemoContext: Sendable {
    /// Independent random streams under the seed, so adding draws to one part never shifts another.
    enum Stream: UInt64 {
        case places = 1, staff, family, cpr
    }

    /// Concerns a year in a municipality of 7,500 children (DOMAIN.md: ≈ 1,000 notifications a year).
    static let concernsPerYear = 1_075.0
    /// Open cases with a caseworker at the end, per 7,500 children; measured from the generator
    /// with the default configuration, used to size the caseworker teams.
    static let openAssignedCasesPer7500 = 900.0
    /// Open cases a caseworker should carry.
    static let casesPerCaseworker = 30.0
    static let maximumTeamSize = 8
    /// Length of one step of the concern process, in days.
    static let periodDays = 30

    let configuration: DemoConfiguration
    let clock: DemoClock
    let startDay: Int
    let endDate: LocalDate
    /// Birth days (day numbers) of the youngest young adult and the oldest, and the oldest minor.
    let oldestMinorBirthDay: Int
    let oldestYoungAdultBirthDay: Int

    let districts: [DemoDistrict]
    let teams: [DemoTeam]
    let staff: [DemoStaffMember]
    let teamsByDistrict: [[Int]]
    let caseworkersByTeam: [[UUID]]
    let outreachByDistrict: [[UUID]]
    /// `[district][profession]`, professions in the order of `DemoContext.professions`.
    let professionalsByDistrict: [[[UUID]]]

    let periodCount: Int
    /// Expected concerns per period, `[(period * bands + band) * risks + risk]`, and `exp(-mean)`.
    let periodMeans: [Double]
    let periodExpNegMeans: [Double]

    static let professions: [ConcernSource] = [.teacher, .pedagogue, .healthVisitor, .ppr, .ssp, .doctor]
    /// Professionals of each profession per 7,500 children, spread over the districts.
    static let professionalsPer7500: [Double] = [5, 4, 2, 1, 1, 2]

    init(_ configuration: DemoConfiguration) {
        self.configuration = configuration
        let endLocal = DanishTime.localDate(of: configuration.end)
        endDate = endLocal
        let start = endLocal.adding(years: -configuration.years)
        startDay = start.dayNumber
        clock = DemoClock(end: configuration.end, firstYear: start.year)
        oldestMinorBirthDay = endLocal.adding(years: -18).dayNumber + 1
        oldestYoungAdultBirthDay = endLocal.adding(years: -23).dayNumber + 1

        let scale = configuration.scale
        var places = SeededRandom(seed: configuration.seed, stream: Stream.places.rawValue)
        var schoolNumbers = Array(0..<max(1, Int((12 * scale).rounded()) + DemoPlaces.districts.count))
        var daycareNumbers = Array(0..<max(1, Int((20 * scale).rounded()) + DemoPlaces.districts.count))
        DemoContext.shuffle(&schoolNumbers, &places)
        DemoContext.shuffle(&daycareNumbers, &places)
        var nextSchool = 0, nextDaycare = 0
        var districts: [DemoDistrict] = []
        for district in DemoPlaces.districts {
            let schoolCount = max(1, Int((12 * scale * district.share).rounded()))
            let daycareCount = max(1, Int((20 * scale * district.share).rounded()))
            let schools = (0..<schoolCount).map { _ in
                defer { nextSchool += 1 }
                return DemoPlaces.schoolName(nextSchool < schoolNumbers.count ? schoolNumbers[nextSchool] : nextSchool)
            }
            let daycares = (0..<daycareCount).map { _ in
                defer { nextDaycare += 1 }
                return DemoPlaces.daycareName(nextDaycare < daycareNumbers.count ? daycareNumbers[nextDaycare] : nextDaycare)
            }
            districts.append(DemoDistrict(name: district.name, shortName: district.shortName, share: district.share,
                                          schools: schools, daycares: daycares))
        }
        self.districts = districts

        let staffing = DemoStaffing(configuration: configuration, districts: districts)
        teams = staffing.teams
        staff = staffing.staff
        teamsByDistrict = staffing.teamsByDistrict
        caseworkersByTeam = staffing.caseworkersByTeam
        outreachByDistrict = staffing.outreachByDistrict
        professionalsByDistrict = staffing.professionalsByDistrict

        let rates = DemoContext.concernRates(configuration: configuration, days: clock.endDay - startDay + 1)
        periodCount = rates.periods
        periodMeans = rates.means
        periodExpNegMeans = rates.expNegMeans
    }

    /// The share of the demo period passed at a local minute: 0 at its start, 1 at the end.
    func progress(ofMinute minute: Int) -> Double {
        let start = startDay * DemoClock.minutesPerDay
        guard clock.endMinute > start else { return 1 }
        return min(1, max(0, Double(minute - start) / Double(clock.endMinute - start)))
    }

    /// Fisher–Yates with the portable bounded draw.
    static func shuffle<T>(_ items: inout [T], _ rng: inout SeededRandom) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, rng.below(i + 1))
        }
    }

    /// The expected number of concerns per child in each 30-day period counted back from the end,
    /// by age band and risk group. The rate is set so the municipality sees `concernsPerYear`
    /// concerns every year, although the data set only holds those who are 0–22 at the end (so the
    /// earlier years have fewer children to spread the concerns over).
    static func concernRates(configuration: DemoConfiguration, days: Int)
        -> (periods: Int, means: [Double], expNegMeans: [Double])
    {
        let periods = (days + periodDays - 1) / periodDays
        let bands = AgeBand.allCases.count, risks = RiskGroup.allCases.count
        var means = [Double](repeating: 0, count: periods * bands * risks)
        var expNegMeans = [Double](repeating: 1, count: means.count)
        let minors = Double(configuration.children), youngAdults = Double(configuration.youngAdults)
        guard minors + youngAdults > 0 else { return (periods, means, expNegMeans) }
        let target = concernsPerYear * configuration.scale
        let step = 1.0 / 120 // years
        for period in 0..<periods {
            // τ: years before the end, at the middle of the period.
            let tau = (Double(period * periodDays) + Double(periodDays) / 2) / 365.25
            var weightedChildren = 0.0
            var ageAtEnd = tau + step / 2
            while ageAtEnd < 23 {
                let density = ageAtEnd < 18 ? minors / 18 : youngAdults / 5
                let ageThen = ageAtEnd - tau
                if ageThen >= 14 / 365.25 {
                    weightedChildren += density * step * AgeBand.of(ageInDays: Int(ageThen * 365.25)).concernWeight
                }
                ageAtEnd += step
            }
            guard weightedChildren > 0 else { continue }
            let perChildYear = target / weightedChildren
            for band in AgeBand.allCases {
                for risk in RiskGroup.allCases {
                    let mean = perChildYear * band.concernWeight * risk.multiplier * Double(periodDays) / 365.25
                    let index = (period * bands + band.rawValue) * risks + risk.rawValue
                    means[index] = mean
                    expNegMeans[index] = portableExp(-mean)
                }
            }
        }
        return (periods, means, expNegMeans)
    }
}
