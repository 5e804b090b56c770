import ArgumentParser
import Foundation
import Vapor
import SporDemo
import SporDomain
import SporStore
import SporWeb

struct Demo: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "demo", abstract: "Generate a synthetic municipality (if the data directory is empty) and serve it on 127.0.0.1.")

    @ArgumentParser.Option(help: "Children aged 0–17 (young adults 18–22 come on top).") var children = 7_500
    @ArgumentParser.Option(help: "Years of history.") var years = 10
    @ArgumentParser.Option(help: "Seed: the same seed gives the same municipality.") var seed: UInt64 = 707
    @ArgumentParser.Option(help: "Port to serve on.") var port = 8080
    @ArgumentParser.Flag(help: "Generate the data, then stop instead of serving.") var generateOnly = false
    @ArgumentParser.Option(help: "Generate and serve as if today were this day (YYYY-MM-DD), the time of day running on: for trying days ahead, such as the year's last days and a closed day after them.")
    var today: String?

    func run() async throws {
        let settings = try Launch.settings(demo: true)
        let app = try await Launch.application(settings, hostname: "127.0.0.1", port: port)
        if let today {
            guard let day = LocalDate(iso: today) else { throw ValidationError("--today must be a day, YYYY-MM-DD: \(today)") }
            // The wall clock moved to `day`: every handler reads time from `app.spor.clock`.
            let shift = DanishTime.startOfDay(day).timeIntervalSince(DanishTime.startOfDay(DanishTime.localDate(of: Date())))
            app.spor = SporServices(store: app.spor.store, settings: app.spor.settings, clock: { Date().addingTimeInterval(shift) })
        }
        let clock = app.spor.clock
        do {
            let store = app.spor.store
            if try await store.users().isEmpty {
                let started = Date()
                let summary = try await DemoLoader(store: store, hasher: { try await app.password.async.hash($0) })
                    .load(DemoConfiguration(children: children, years: years, seed: seed, end: clock()))
                try await store.analyze()
                print(String(format: "Generated %d children, %d journal entries and %d staff in %.1f s.",
                             summary.children, summary.entries, summary.staff, Date().timeIntervalSince(started)))
            } else {
                print("The data directory already holds data; serving it as it is.")
            }
            try await printWelcome(store, serving: !generateOnly)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        if generateOnly {
            try await app.asyncShutdown()
            return
        }
        try await Launch.run(app)
    }

    func printWelcome(_ store: Store, serving: Bool) async throws {
        let users = try await store.users()
        let byRole = Dictionary(grouping: users, by: \.role)
        print(serving ? "\nSpor is starting at http://127.0.0.1:\(port)\n" : "")
        print("Demo logins (the password for all: \(DemoGenerator.demoPassword)):")
        for role in [Role.caseworker, .teamLead, .outreach, .professional, .policy, .admin] {
            let count = byRole[role]?.count ?? 0
            let colleagues = count > 1 ? " (colleagues: \(role.rawValue)2 … \(role.rawValue)\(count))" : ""
            print("  \(role.rawValue)\(colleagues)")
        }
        print("Min side, the family's portal (/portal/login): \(DemoLoader.portalYouth) (a young person), \(DemoLoader.portalParent) (a parent)")
        print("")
    }
}

/// Writes a generated municipality through the store.
struct DemoLoader {
    let store: Store
    let hasher: @Sendable (String) async throws -> String

    struct Summary {
        var children = 0
        var entries = 0
        var staff = 0
    }

    func load(_ configuration: DemoConfiguration) async throws -> Summary {
        let generator = DemoGenerator(configuration)
        let now = configuration.end
        var summary = Summary()
        var teamIDs: [String: UUID] = [:]
        for team in generator.teams() {
            try await store.addTeam(TeamRecord(id: team.id, municipality: store.municipality, name: team.name, district: team.district))
            teamIDs[team.name] = team.id
        }
        // One hash for the shared demo password: bcrypt is slow on purpose.
        let hash = try await hasher(DemoGenerator.demoPassword)
        let staff = generator.staff()
        for member in staff {
            try await store.addUser(UserRecord(id: member.id, municipality: store.municipality, username: member.username,
                                               displayName: member.displayName, role: member.role,
                                               team: member.team.flatMap { teamIDs[$0] }, passwordHash: hash, language: "da"), now: now)
        }
        summary.staff = staff.count
        let importer = staff.first { $0.role == .admin }?.id ?? staff[0].id
        let total = configuration.children + configuration.youngAdults
        var batch: [Store.FamilyImport] = []
        var lastReport = Date.distantPast
        func flush() async throws {
            try await store.importFamilies(batch, by: importer, now: now)
            batch.removeAll(keepingCapacity: true)
            if Date().timeIntervalSince(lastReport) > 1 {
                lastReport = Date()
                print("Generating the demo municipality: \(summary.children) of about \(total) children …")
            }
        }
        for family in generator.families() {
            batch.append(Store.FamilyImport(
                children: try family.children.map { (child: $0.child, cpr: try CPR($0.cpr), entries: $0.entries) },
                parents: family.parents, relations: family.relations))
            summary.children += family.children.count
            summary.entries += family.children.reduce(0) { $0 + $1.entries.count }
            if batch.count >= 200 { try await flush() }
        }
        if !batch.isEmpty { try await flush() }
        let expected = try await loadExpected(generator, by: importer, now: now)
        summary.children += expected.children
        summary.entries += expected.entries
        if let caseworker = staff.first(where: { $0.username == "caseworker" }) {
            try await openPortalAccounts(caseworker: caseworker.id, hash: hash, now: now)
        }
        return summary
    }

    /// Usernames of the family's demo accounts on Min side (the password is the demo password).
    static let portalYouth = "ung"
    static let portalParent = "foraelder"

    /// Opens Min side for one of the caseworker's young people who has a plan (12–17), and for a parent with custody of
    /// another of the caseworker's children with a plan — a child under 10 if there is one (too young for an account of
    /// their own, so the young people stay free for trying the portal), otherwise another under 18. Which children
    /// qualify depends on the day the demo is made; this finds both on any day.
    func openPortalAccounts(caseworker: UUID, hash: String, now: Date) async throws {
        let today = DanishTime.localDate(of: now)
        var withPlans: [(child: Child, age: Int)] = []
        // The caseworker's children and their courses in three queries, not two for each child.
        let ids = try await store.children(caseworker: caseworker).map(\.id)
        let timelines = try await store.timelines(children: ids)
        let children = Dictionary(uniqueKeysWithValues: try await store.children(ids: ids).map { ($0.id, $0) })
        for id in ids {
            guard let child = children[id], child.birthDate.age(on: today) < 18 else { continue }
            let state = (timelines[id] ?? Timeline([])).state()
            guard let plan = state.plan, !plan.goals.isEmpty, !state.activeMeasures.isEmpty else { continue }
            withPlans.append((child, child.birthDate.age(on: today)))
        }
        let youth = withPlans.first { (12...17).contains($0.age) }
        if let youth {
            let code = try await store.createFamilyAccount(child: youth.child.id, reader: .child, by: caseworker, now: now)
            _ = try await store.activateFamilyAccount(code: code.code, username: Self.portalYouth, passwordHash: hash, now: now)
        }
        let others = withPlans.filter { $0.child.id != youth?.child.id }
        for candidate in others.filter({ $0.age < 10 }) + others.filter({ $0.age >= 10 }) {
            guard let parent = try await store.relations(child: candidate.child.id).first(where: { $0.relation.hasCustody }) else { continue }
            let code = try await store.createFamilyAccount(child: candidate.child.id, reader: .parent(parent.person.id), by: caseworker, now: now)
            _ = try await store.activateFamilyAccount(code: code.code, username: Self.portalParent, passwordHash: hash, now: now)
            break
        }
    }
}
