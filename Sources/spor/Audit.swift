import ArgumentParser
import Foundation
import Vapor
import SporStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(commandName: "audit", abstract: "Check the audit trail.",
                                                                   subcommands: [Verify.self, Checkpoint.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "verify", abstract: "Walk the hash chains of the journal and the audit log and name the first row of each that does not fit.")

        func run() async throws {
            let reports = try await Launch.withApplication { app in try await app.spor.store.verifyChains() }
            for report in reports { print(report) }
            if reports.contains(where: { !$0.isIntact }) { throw ExitCode(1) }
        }
    }

    struct Checkpoint: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "checkpoint",
            abstract: "Walk the hash chains and, if they fit, write the signed checkpoint of their ends outside the database (SPOR_CHAIN_CHECKPOINT_FILE).",
            discussion: """
                For a store whose chains have no checkpoint: rows written before chains were keyed, or a lost file. \
                Refuses while a chain does not fit, and while a checkpoint exists that the chains do not reach or that is \
                not signed with the chain key: that file is the evidence; move it aside only once you know why.
                """)

        func run() async throws {
            let reports = try await Launch.withApplication { app in try await app.spor.store.checkpointChains() }
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
            commandName: "rotate", abstract: "Seal every CPR number with a new key; the old key file is kept beside it as .old.")

        func run() async throws {
            let settings = try Launch.settings(demo: false)
            try await Launch.withApplication(settings) { app in
                let count = try await app.spor.store.rotateKey(keyFile: settings.store.keyFile)
                print("Sealed \(count) CPR numbers with a new key in \(settings.store.keyFile).")
            }
        }
    }
}
