import Crypto
import Foundation
import XCTest
import SporDomain
@testable import SporStore

/// What keying the chains and moving the checkpoint on costs an append. A measurement, not a check: it runs only with
/// `SPOR_MEASURE_APPEND=1` and prints its numbers.
final class ChainCostTests: XCTestCase {
    func testAppendWithAndWithoutTheChainAnchor() async throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["SPOR_MEASURE_APPEND"] == "1", "a measurement; set SPOR_MEASURE_APPEND=1")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spor-cost-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let anchor = try ChainAnchor.load(keyFile: "\(folder)/spor-chain.key", checkpointFile: "\(folder)/spor-chain.checkpoint", createIfMissing: true)
        let plainDatabase = try await TestDatabase.make()
        let keyedDatabase = try await TestDatabase.make()
        let keyed = Store(kind: keyedDatabase.kind, protector: keyedDatabase.store.protector, chain: anchor) { [runtime = keyedDatabase.runtime] in
            runtime.databases.database(logger: .init(label: "test"), on: runtime.databases.eventLoopGroup.any())!
        }
        let stores = [plainDatabase.store, keyed]
        let author = Fixture.user("rådgiver1", role: .caseworker)
        var children: [UUID] = []
        for store in stores {
            try await store.addUser(author, now: Fixture.now)
            let child = Fixture.child(Fixture.cpr())
            try await store.register(child, cpr: Fixture.cpr(), by: author.id, now: Fixture.now)
            children.append(child.id)
        }
        var times: [[Double]] = [[], []]
        let clock = ContinuousClock()
        for round in 0..<400 {
            for index in (round.isMultiple(of: 2) ? [0, 1] : [1, 0]) {
                let note = Entry(municipality: Fixture.municipality, child: children[index], payload: .journalNote(JournalNote(text: "Notat \(round)")),
                                 occurredAt: Fixture.now.addingTimeInterval(Double(-round)), recordedAt: Fixture.now, author: author.id)
                let started = clock.now
                try await stores[index].append(note, now: Fixture.now)
                let elapsed = clock.now - started
                times[index].append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            }
        }
        let reports = try await keyed.verifyChains()
        XCTAssertEqual(reports.map(\.isIntact), [true, true], "\(reports)")
        try await plainDatabase.close()
        try await keyedDatabase.close()

        let median = { (values: [Double]) in values.sorted()[values.count / 2] }
        let p90 = { (values: [Double]) in values.sorted()[values.count * 9 / 10] }
        print(String(format: "append on %@, 400 alternating appends to one child each: without the anchor median %.2f ms (p90 %.2f), "
                     + "keyed with the checkpoint median %.2f ms (p90 %.2f)",
                     keyedDatabase.kind.rawValue, median(times[0]), p90(times[0]), median(times[1]), p90(times[1])))

        // The checkpoint's step alone, as an append makes it, on a checkpoint of its own.
        let alone = try ChainAnchor.load(keyFile: "\(folder)/spor-chain.key", checkpointFile: "\(folder)/alone.checkpoint", createIfMissing: false)
        var written: [HashChain: ChainWrite.Extension] = [:]
        let count = 2_000
        let started = clock.now
        for seq in Int64(1)...Int64(count) {
            let previous = written[.audit]?.last ?? .init(seq: 0, hash: HashChain.genesis)
            let last = HashChain.Link(seq: seq, hash: anchor.hash(previous: previous.hash, contents: "row \(seq)"))
            written = [.audit: .init(before: previous, last: last, keyedFrom: 1, switchedToKey: seq == 1)]
            await alone.advance(written) { _, _ in nil }
        }
        let each = (clock.now - started) / count
        print(String(format: "checkpoint moved on %d times: %.1f µs each", count,
                     Double(each.components.attoseconds) / 1e12 + Double(each.components.seconds) * 1e6))
        XCTAssertEqual(alone.readCheckpoint().checkpoint?[.audit]?.seq, Int64(count))
    }
}
