import ArgumentParser
import Foundation
import SporStore

/// The benchmarks' own commands (bench/indicators, bench/run), kept out of the `spor` that is deployed. They work on a
/// database that `spor` made, found as `spor` finds it (SPOR_DATA_DIR, or PostgreSQL at SPOR_DATABASE_URL).
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spor-bench",
        abstract: "Spor's benchmark tools: a larger municipality made of copies, and the cost of one write.",
        subcommands: [Replicate.self, Append.self])

    /// Spor's files are their owner's alone, as `spor` makes them.
    static func main() async {
        umask(0o077)
        SporStore.Executor.installEventLoops()
        await main(nil)
    }

    /// Runs `body` with the store opened as `spor` opens it (the CPR and chain keys, the migrations, SQLite's connection
    /// setting), and closes it afterwards, also when `body` throws.
    static func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        let configuration = StoreConfiguration.fromEnvironment(ProcessInfo.processInfo.environment)
        let runtime = try StoreRuntime(configuration: configuration,
                                       protector: try CPRProtector.load(keyFile: configuration.keyFile, createIfMissing: true),
                                       chain: try configuration.chainAnchor(createIfMissing: true))
        do {
            try await runtime.migrate()
            try await runtime.prepareConnections()
            let result = try await body(runtime.store)
            await runtime.shutdown()
            return result
        } catch {
            await runtime.shutdown()
            throw error
        }
    }

}

extension Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
