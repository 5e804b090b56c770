import SQLKit

/// SQLite's one writer, shared by every copy of a store (`Store.scoped(to:)` included): one write transaction at a
/// time, and the writes that queue while one runs are committed together (group commit).
///
/// A caller's write is a job; the jobs waiting when the writer is free are run in one transaction, each in a savepoint
/// of its own, so that one job's error undoes that job alone and is thrown to its caller. A job's caller is answered
/// only after the transaction has committed (or failed: then every job of it fails). One commit, one move of the chain
/// checkpoint and one wake-up of the writer serve the whole batch, which is what lets eight writers — or sixteen
/// readers each writing the audit row of their view — go faster than one.
///
/// Queuing here instead of in SQLite's busy handler also keeps a read-then-write transaction from failing on lock
/// upgrade.
actor WriteGate {
    struct Job: Sendable {
        /// The caller's body: runs inside the batch's transaction, its chain extensions noted in `chains`.
        let run: @Sendable (any SQLDatabase) async throws -> Void
        let chains: ChainWrite
        let done: CheckedContinuation<Void, any Error>
    }

    /// The most jobs one transaction takes; the rest wait for the next.
    static let batchLimit = 64

    private var pending: [Job] = []
    private var draining = false
    /// The most jobs one transaction has taken so far (for tests and benchmarks: whether writes were grouped at all).
    private(set) var largestBatch = 0

    /// Runs `run` in the next batch and returns once that batch has committed; throws the job's own error, or the
    /// batch's when the transaction as a whole failed.
    func submit(chains: ChainWrite, commit: @escaping @Sendable ([Job]) async -> Void,
                _ run: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            pending.append(Job(run: run, chains: chains, done: done))
            guard !draining else { return }
            draining = true
            Task { await self.drain(commit) }
        }
    }

    /// Commits batch after batch until no job waits.
    private func drain(_ commit: @Sendable ([Job]) async -> Void) async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.batchLimit))
            pending.removeFirst(batch.count)
            largestBatch = max(largestBatch, batch.count)
            await commit(batch)
        }
        draining = false
    }
}
