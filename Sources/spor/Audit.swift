import ArgumentParser
import Foundation
import Vapor
import SporStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(commandName: "audit", abstract: "Check the audit trail.",
                                                                   subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            abstract: "Walk the hash chains of the journal and the audit log and name the first row of each that does not fit.")

        func run() async throws {
            let app = try await Launch.application(Launch.settings(demo: false), hostname: "127.0.0.1", port: 0)
            let reports: [ChainReport]
            do {
                reports = try await app.spor.store.verifyChains()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
            for report in reports { print(report) }
            if reports.contains(where: { !$0.isIntact }) { throw ExitCode(1) }
        }
    }
}

struct KeysCommand: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(commandName: "keys", abstract: "Manage the key that seals CPR numbers.",
                                                                   subcommands: [Rotate.self])

    struct Rotate: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            abstract: "Seal every CPR number with a new key; the old key file is kept beside it as .old.")

        func run() async throws {
            let settings = Launch.settings(demo: false)
            let app = try await Launch.application(settings, hostname: "127.0.0.1", port: 0)
            do {
                let count = try await app.spor.store.rotateKey(keyFile: settings.store.keyFile)
                print("Sealed \(count) CPR numbers with a new key in \(settings.store.keyFile).")
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }
    }
}
