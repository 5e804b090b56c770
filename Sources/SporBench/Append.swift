import ArgumentParser
import Foundation
import SporDomain
import SporStore

/// bench/run: what one write to the journal costs, the derived tables and indicator cells included.
struct Append: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append a journal note to each of the children with the longest journals (or children spread over the municipality), and time each append.")

    enum Pick: String, ExpressibleByArgument, CaseIterable {
        /// Where a write costs the most: every append recounts the child's whole course.
        case longest
        /// Children taken evenly over the municipality (every n-th by id): a typical write.
        case spread
    }

    @Option(help: "How many children (one note each).") var count = 200
    @Option(help: "How many writers append at once, each to its own share of the children (journal writes per second).")
    var writers = 1
    @Option(help: "Which children: the longest journals, or spread evenly over the municipality (longest, spread).")
    var children: Pick = .longest

    func run() async throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1.") }
        guard writers > 0 else { throw ValidationError("--writers must be at least 1.") }
        try await Bench.withStore { store in
            var lengths: [UUID: Int] = [:]
            for entry in try await store.readRecords().entries { lengths[entry.child, default: 0] += 1 }
            let longest: [UUID]
            switch children {
            case .longest:
                longest = lengths.sorted { ($0.value, $1.key.uuidString) > ($1.value, $0.key.uuidString) }.prefix(count).map(\.key)
            case .spread:
                let all = lengths.keys.sorted { $0.uuidString < $1.uuidString }
                let step = max(1, all.count / count)
                longest = stride(from: 0, to: all.count, by: step).prefix(count).map { all[$0] }
            }
            let entries = longest.reduce(0) { $0 + lengths[$1, default: 0] }

            let clock = ContinuousClock()
            let allStarted = clock.now
            let shares = (0..<writers).map { writer in stride(from: writer, to: longest.count, by: writers).map { longest[$0] } }
            var times: [Duration] = try await withThrowingTaskGroup(of: [Duration].self) { group in
                for share in shares {
                    group.addTask {
                        var times: [Duration] = []
                        for child in share {
                            let caseworker = try await store.summary(child: child)?.caseworker
                            let now = Date()
                            let note = Entry(municipality: store.municipality, child: child, payload: .journalNote(JournalNote(text: "Benchmark")),
                                             occurredAt: now, recordedAt: now, author: caseworker ?? UUID())
                            let started = clock.now
                            _ = try await store.append(note, now: now)
                            times.append(clock.now - started)
                        }
                        return times
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let wall = clock.now - allStarted
            times.sort()
            let ms = { (d: Duration) in String(format: "%.1f", d.inSeconds * 1_000) }
            let which = children == .longest ? "the children with the longest journals" : "children spread over the municipality"
            print("Appended \(times.count) journal notes to \(which) (\(entries / max(1, longest.count)) entries each on average): median \(ms(times[times.count / 2])) ms, "
                  + "p99 \(ms(times[min(times.count - 1, times.count * 99 / 100)])) ms, slowest \(ms(times.last!)) ms; "
                  + "\(writers) writer\(writers == 1 ? "" : "s"), \(String(format: "%.0f", Double(times.count) / wall.inSeconds)) writes/s.")
        }
    }
}
