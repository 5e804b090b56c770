import ArgumentParser
import Foundation
import SporDemo
import SporDomain
import SporStore

/// National scale (issue 26, item 5): many synthetic municipalities streamed into one database — PostgreSQL for the
/// country's 1.15 million children — each through the store's import path (every entry checked by the journal's rules,
/// chained, the derived tables kept), its families a batch of 200 at a time, so memory stays that of one batch
/// whatever the number of municipalities. On PostgreSQL the journal's rows of a batch go by COPY (`Store.insert`).
///
/// The first municipality is Norddjurs (707) with the demo's logins; the others get real municipality codes (then
/// made-up ones, 1001 on), their staff's usernames prefixed by the code ("101-caseworker"). CPR numbers are given out
/// afresh across all of them (unique in the database, consistent with birth date and sex).
struct Generate: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "generate", abstract: "Stream many synthetic municipalities into an empty database (national scale), with a progress bar on stderr.")

    @ArgumentParser.Option(help: "How many municipalities.") var municipalities = 20
    @ArgumentParser.Option(help: "Children aged 0–17 in each (young adults 18–22 come on top).") var childrenPer = 2_000
    @ArgumentParser.Option(help: "Years of history.") var years = 10
    @ArgumentParser.Option(help: "Seed: municipality k is generated with seed + k.") var seed: UInt64 = 707

    func validate() throws {
        guard municipalities >= 1 else { throw ValidationError("--municipalities must be at least 1") }
        guard childrenPer >= 1 else { throw ValidationError("--children-per must be at least 1") }
    }

    func run() async throws {
        try await Launch.withApplication { app in
            let base = app.spor.store
            let targets = (0..<municipalities).map(Generate.municipality)
            for municipality in targets where try await !base.scoped(to: municipality.code).users().isEmpty {
                throw ValidationError("\(municipality.name) (\(municipality.code)) already holds data: spor generate fills an empty database")
            }
            let hash = try await app.password.async.hash(DemoGenerator.demoPassword)
            let end = app.spor.clock()
            var progress = Progress(municipalities: municipalities, childrenPer: childrenPer)
            var cprs = CPRNumbers()
            let started = Date()
            for (index, municipality) in targets.enumerated() {
                try await base.ensureMunicipality(municipality)
                let store = base.scoped(to: municipality.code)
                let configuration = DemoConfiguration(children: childrenPer, years: years, seed: seed &+ UInt64(index),
                                                      municipality: municipality, end: end)
                try await Generate.load(configuration, into: store, prefix: index == 0 ? "" : "\(municipality.code)-", hash: hash,
                                        cprs: &cprs, progress: &progress)
                progress.municipalityDone()
            }
            progress.finish()
            try await base.analyze()
            print(String(format: "Generated %d municipalities: %d children and %d journal entries in %.1f s.",
                         municipalities, progress.children, progress.entries, Date().timeIntervalSince(started)))
        }
    }

    /// One municipality: its teams and staff, its families a batch at a time, its expected children.
    static func load(_ configuration: DemoConfiguration, into store: Store, prefix: String, hash: String,
                     cprs: inout CPRNumbers, progress: inout Progress) async throws {
        let generator = DemoGenerator(configuration)
        let now = configuration.end
        var teamIDs: [String: UUID] = [:]
        for team in generator.teams() {
            try await store.addTeam(TeamRecord(id: team.id, municipality: store.municipality, name: team.name, district: team.district))
            teamIDs[team.name] = team.id
        }
        let staff = generator.staff()
        for member in staff {
            try await store.addUser(UserRecord(id: member.id, municipality: store.municipality, username: prefix + member.username,
                                               displayName: member.displayName, role: member.role,
                                               team: member.team.flatMap { teamIDs[$0] }, passwordHash: hash, language: "da"), now: now)
        }
        let importer = staff.first { $0.role == .admin }?.id ?? staff[0].id
        var batch: [Store.FamilyImport] = []
        var batchChildren = 0, batchEntries = 0
        func flush() async throws {
            try await store.importFamilies(batch, by: importer, now: now)
            batch.removeAll(keepingCapacity: true)
            progress.add(children: batchChildren, entries: batchEntries)
            (batchChildren, batchEntries) = (0, 0)
        }
        for family in generator.families() {
            batch.append(Store.FamilyImport(
                children: try family.children.map { (child: $0.child, cpr: try cprs.make(birth: $0.child.birthDate, sex: $0.child.sex),
                                                     entries: $0.entries) },
                parents: family.parents, relations: family.relations))
            batchChildren += family.children.count
            batchEntries += family.children.reduce(0) { $0 + $1.entries.count }
            if batch.count >= 200 { try await flush() }
        }
        for item in generator.expectedChildren() {
            if item.cpr != nil {
                batch.append(Store.FamilyImport(
                    children: [(child: item.child, cpr: try cprs.make(birth: item.child.birthDate, sex: item.child.sex), entries: item.entries)],
                    parents: item.parents.map(\.person),
                    relations: item.parents.map { Relation(child: item.child.id, person: $0.person.id, kind: $0.kind, hasCustody: true) }))
                batchChildren += 1
                batchEntries += item.entries.count
                if batch.count >= 200 { try await flush() }
            } else {
                try await store.importExpected([Store.ExpectedImport(child: item.child, parents: item.parents.map { .init(person: $0.person, kind: $0.kind) },
                                                                     entries: item.entries)], by: importer, now: now)
                progress.add(children: 1, entries: item.entries.count)
            }
        }
        if !batch.isEmpty { try await flush() }
    }

    /// The k-th municipality: Norddjurs first, then real codes, then made-up ones.
    static func municipality(_ index: Int) -> Municipality {
        if index == 0 { return .norddjurs }
        let real = Generate.danish
        if index - 1 < real.count { return Municipality(code: real[index - 1].0, name: real[index - 1].1) }
        let code = 1_000 + index
        return Municipality(code: code, name: "Kommune \(code)")
    }

    static let danish: [(Int, String)] = [
        (101, "Københavns Kommune"), (751, "Aarhus Kommune"), (851, "Aalborg Kommune"), (461, "Odense Kommune"),
        (147, "Frederiksberg Kommune"), (561, "Esbjerg Kommune"), (730, "Randers Kommune"), (621, "Kolding Kommune"),
        (791, "Viborg Kommune"), (740, "Silkeborg Kommune"), (615, "Horsens Kommune"), (630, "Vejle Kommune"),
        (657, "Herning Kommune"), (259, "Køge Kommune"), (265, "Roskilde Kommune"), (157, "Gentofte Kommune"),
        (159, "Gladsaxe Kommune"), (173, "Lyngby-Taarbæk Kommune"), (183, "Ishøj Kommune"), (706, "Syddjurs Kommune"),
        (710, "Favrskov Kommune"), (727, "Odder Kommune"), (746, "Skanderborg Kommune"), (756, "Ikast-Brande Kommune"),
        (779, "Skive Kommune"), (787, "Thisted Kommune"), (810, "Brønderslev Kommune"), (813, "Frederikshavn Kommune"),
    ]
}

/// CPR numbers given out across every municipality generated: for each birth date and sex the serials in a fixed
/// order (the century digits the birth year allows, then the serial, the last digit's parity the sex), numbers for
/// birth dates before 2007-10-01 failing the modulus-11 check as the demo's do. One counter per birth date and sex.
struct CPRNumbers {
    private var next: [Int: Int] = [:]
    static let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    static let moduloCheckEnds = LocalDate(year: 2007, month: 10, day: 1)!

    mutating func make(birth: LocalDate, sex: LegalSex) throws -> CPR {
        let key = birth.dayNumber * 2 + (sex == .male ? 1 : 0)
        let yy = birth.year % 100
        let centuries = (0...9).filter { CPR.year(twoDigit: yy, seventhDigit: $0) == birth.year }
        var index = next[key, default: 0]
        while index < centuries.count * 500 {
            let century = centuries[index / 500], rest = index % 500
            let digits = [birth.day / 10, birth.day % 10, birth.month / 10, birth.month % 10, yy / 10, yy % 10,
                          century, rest / 50, (rest / 5) % 10, (rest % 5) * 2 + (sex == .male ? 1 : 0)]
            index += 1
            let passes = zip(digits, Self.weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0
            if birth < Self.moduloCheckEnds && passes { continue }
            next[key] = index
            return try CPR(digits.map(String.init).joined())
        }
        throw ValidationError("no CPR number left for \(birth.iso) (\(sex.rawValue))")
    }
}

/// A progress bar on stderr, redrawn at most five times a second.
struct Progress {
    let municipalities: Int
    let total: Int
    var done = 0
    var children = 0
    var entries = 0
    let started = Date()
    var drawn = Date.distantPast

    init(municipalities: Int, childrenPer: Int) {
        self.municipalities = municipalities
        // About 20 % young adults on top, and the expected children.
        self.total = municipalities * Int(Double(childrenPer) * 1.2)
    }

    mutating func add(children: Int, entries: Int) {
        self.children += children
        self.entries += entries
        if Date().timeIntervalSince(drawn) >= 0.2 { draw() }
    }

    mutating func municipalityDone() {
        done += 1
        draw()
    }

    mutating func draw() {
        drawn = Date()
        let share = min(1, Double(children) / Double(max(1, total)))
        let width = 30
        let filled = Int(share * Double(width))
        let elapsed = max(0.001, drawn.timeIntervalSince(started))
        let line = String(format: "\r[%@%@] %3.0f%%  municipality %d of %d · %d children · %d entries · %.0f children/s ",
                          String(repeating: "#", count: filled), String(repeating: ".", count: width - filled), share * 100,
                          min(done + 1, municipalities), municipalities, children, entries, Double(children) / elapsed)
        FileHandle.standardError.write(Data(line.utf8))
    }

    mutating func finish() {
        draw()
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
