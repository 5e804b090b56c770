import Foundation
import SporDomain

/// Teams and staff of the demo municipality, sized from the number of children.
///
/// The first user of each role has the role's name as username (`caseworker`, `teamlead`, …); the
/// rest are numbered (`caseworker2`, …). `caseworker` and `teamlead` are in the first team of the
/// largest district, the busiest team.
struct DemoStaffing {
    private(set) var teams: [DemoTeam] = []
    private(set) var staff: [DemoStaffMember] = []
    private(set) var teamsByDistrict: [[Int]] = []
    private(set) var caseworkersByTeam: [[UUID]] = []
    private(set) var outreachByDistrict: [[UUID]] = []
    private(set) var professionalsByDistrict: [[[UUID]]] = []

    private var rng: SeededRandom
    private var usedNames = Set<String>()
    private var countByRole: [Role: Int] = [:]

    init(configuration: DemoConfiguration, districts: [DemoDistrict]) {
        rng = SeededRandom(seed: configuration.seed, stream: DemoContext.Stream.staff.rawValue)
        let scale = configuration.scale
        let openCases = DemoContext.openAssignedCasesPer7500 * scale

        var caseworkerMembers: [DemoStaffMember] = []
        var leadMembers: [DemoStaffMember] = []
        for district in districts {
            let caseworkers = max(1, Int((openCases * district.share / DemoContext.casesPerCaseworker).rounded()))
            let teamCount = (caseworkers + DemoContext.maximumTeamSize - 1) / DemoContext.maximumTeamSize
            var indices: [Int] = []
            for t in 0..<teamCount {
                let name = teamCount == 1 ? "Team \(district.shortName)" : "Team \(district.shortName) \(t + 1)"
                indices.append(teams.count)
                teams.append(DemoTeam(id: rng.uuid(), name: name, district: district.name))
                // The first teams take the remainder, so the first is (one of) the largest.
                let size = caseworkers / teamCount + (t < caseworkers % teamCount ? 1 : 0)
                var members: [UUID] = []
                for _ in 0..<size {
                    let member = make(.caseworker, team: name)
                    caseworkerMembers.append(member)
                    members.append(member.id)
                }
                caseworkersByTeam.append(members)
                leadMembers.append(make(.teamLead, team: name))
            }
            teamsByDistrict.append(indices)
        }

        var outreachMembers: [DemoStaffMember] = []
        var professionalMembers: [DemoStaffMember] = []
        for district in districts {
            let outreach = max(1, Int((8 * scale * district.share).rounded()))
            var ids: [UUID] = []
            for _ in 0..<outreach {
                let member = make(.outreach, team: nil)
                outreachMembers.append(member)
                ids.append(member.id)
            }
            outreachByDistrict.append(ids)
            var byProfession: [[UUID]] = []
            for perScale in DemoContext.professionalsPer7500 {
                let count = max(1, Int((perScale * scale * district.share).rounded()))
                var ids: [UUID] = []
                for _ in 0..<count {
                    let member = make(.professional, team: nil)
                    professionalMembers.append(member)
                    ids.append(member.id)
                }
                byProfession.append(ids)
            }
            professionalsByDistrict.append(byProfession)
        }
        let policy = (0..<2).map { _ in make(.policy, team: nil) }
        let admin = [make(.admin, team: nil)]
        staff = caseworkerMembers + leadMembers + outreachMembers + professionalMembers + policy + admin
    }

    private mutating func make(_ role: Role, team: String?) -> DemoStaffMember {
        let number = (countByRole[role] ?? 0) + 1
        countByRole[role] = number
        let username = number == 1 ? role.rawValue : "\(role.rawValue)\(number)"
        var displayName: String
        var attempts = 0
        repeat {
            let female = rng.chance(0.6)
            let given = DemoNames.adult(&rng, female: female)
            // Large data sets run out of two-part names; a middle name makes more.
            let middle = attempts >= 10 ? " " + DemoNames.adult(&rng, female: female) : ""
            displayName = "\(given)\(middle) \(rng.pick(DemoNames.surnames))"
            attempts += 1
        } while usedNames.contains(displayName)
        usedNames.insert(displayName)
        return DemoStaffMember(id: rng.uuid(), username: username, displayName: displayName, role: role, team: team)
    }
}
