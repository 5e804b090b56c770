import Foundation
import Vapor
import SporStore

/// The tamper check run by the server on a schedule (`SPOR_VERIFY_EVERY` seconds; hourly by default, 0 turns it off),
/// and its last result, which `/admin/verify` shows. What is kept and logged is ids only: a chain's table, a row's place
/// in it and its id.
public final class ChainVerification: @unchecked Sendable {
    /// Seconds between two checks; nil when the server does not run them.
    public let every: Int?
    private let lock = NSLock()
    private var last: VerifyResult?

    public init(every: Int?) {
        self.every = every.flatMap { $0 > 0 ? $0 : nil }
    }

    public var lastResult: VerifyResult? { lock.withLock { last } }

    func record(_ result: VerifyResult) { lock.withLock { last = result } }

    /// `SPOR_VERIFY_EVERY`: seconds; unset means hourly, 0 never.
    public static func interval(fromEnvironment environment: [String: String]) throws -> Int? {
        guard let text = environment["SPOR_VERIFY_EVERY"], !text.isEmpty else { return 3_600 }
        guard let seconds = Int(text), seconds >= 0 else {
            throw Abort(.internalServerError, reason: "SPOR_VERIFY_EVERY must be a whole number of seconds (0 turns the check off)")
        }
        return seconds == 0 ? nil : seconds
    }

    /// Walks the chains once (one snapshot: right while writes go on), keeps the result and logs it.
    @discardableResult
    public static func run(_ store: Store, into verification: ChainVerification, now: Date, logger: Logger) async -> VerifyResult {
        let result: VerifyResult
        do {
            let reports = try await store.verifyChains()
            result = VerifyResult(at: now, chains: reports.map(VerifyResult.Chain.init))
        } catch {
            logger.error("Tamper check: could not be run: \(String(describing: type(of: error)))")
            result = VerifyResult(at: now, chains: [], failed: true)
        }
        verification.record(result)
        for chain in result.chains {
            switch chain.state {
            case .intact: logger.info("Tamper check: \(chain.table) intact (\(chain.rows) rows)")
            case .broken(let seq, let id):
                logger.critical("Tamper check: \(chain.table) BROKEN at row \(seq)\(id.map { " (id \($0.uuidString.lowercased()))" } ?? "")")
            case .unanchored: logger.warning("Tamper check: \(chain.table) intact but not checked against a checkpoint")
            }
        }
        return result
    }
}

/// One run of the tamper check.
public struct VerifyResult: Sendable, Hashable {
    public let at: Date
    public let chains: [Chain]
    /// The check could not be run (the database did not answer).
    public var failed = false

    public var isIntact: Bool { !failed && chains.allSatisfy { $0.state == .intact } }

    public struct Chain: Sendable, Hashable {
        public let table: String
        public let rows: Int
        public let state: State

        public enum State: Sendable, Hashable {
            case intact
            /// The first row that does not fit: its place in the chain (0: the checkpoint file) and its id where known.
            case broken(seq: Int64, id: UUID?)
            /// Intact, but there is no checkpoint outside the database to vouch for its end.
            case unanchored
        }

        public init(table: String, rows: Int, state: State) {
            self.table = table
            self.rows = rows
            self.state = state
        }

        init(_ report: ChainReport) {
            table = report.table
            rows = report.rows
            if let firstBreak = report.firstBreak {
                state = .broken(seq: firstBreak.seq, id: firstBreak.id)
            } else {
                state = report.isIntact ? .intact : .unanchored
            }
        }
    }
}

/// Runs the check `every` seconds once the server has booted (the first a minute after, or sooner for a shorter
/// interval); stopped when the application shuts down.
public final class ChainVerifySchedule: LifecycleHandler, Sendable {
    private let repeating = RepeatingTask()

    public init() {}

    public func didBootAsync(_ application: Application) async throws {
        let verification = application.chainVerification
        guard let every = verification.every else { return }
        let store = application.spor.store
        let clock = application.spor.clock
        let logger = application.logger
        repeating.start(after: .seconds(min(60, every)), every: .seconds(every)) {
            await ChainVerification.run(store, into: verification, now: clock(), logger: logger)
        }
    }

    public func shutdownAsync(_ application: Application) async {
        await repeating.stop()
    }
}

extension Application {
    private struct ChainVerificationKey: StorageKey { typealias Value = ChainVerification }

    /// The scheduled tamper check and its last result; without one set, a check that does not run.
    public var chainVerification: ChainVerification {
        get {
            if let known = storage[ChainVerificationKey.self] { return known }
            let off = ChainVerification(every: nil)
            storage[ChainVerificationKey.self] = off
            return off
        }
        set { storage[ChainVerificationKey.self] = newValue }
    }
}
