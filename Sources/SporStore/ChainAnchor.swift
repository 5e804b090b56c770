import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds the journal's and the audit log's hash chains to something outside the database, so that someone who can
/// write to the database — and not read Spor's files — cannot rebuild a chain unseen:
///
/// - the chain key: rows are hashed with HMAC-SHA256 under it, so a chain re-hashed after a row was removed or
///   altered does not fit;
/// - the checkpoint file: each chain's last row known to Spor (its place and hash), signed with the same key. A chain
///   that no longer reaches that row, or reaches it with another hash, has lost rows at its end or been rebuilt.
///
/// The key file is made like the CPR key (`SPOR_KEY_FILE`): 32 random bytes, base64, mode 0600.
public struct ChainAnchor: Sendable {
    let hashKey: SymmetricKey
    private let signingKey: SymmetricKey
    public let checkpointFile: String

    public init(key: SymmetricKey, checkpointFile: String) {
        hashKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("spor-chain-hash".utf8), outputByteCount: 32)
        signingKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("spor-chain-checkpoint".utf8), outputByteCount: 32)
        self.checkpointFile = checkpointFile
    }

    /// Reads the chain key from `keyFile` (making it when `createIfMissing` is set and it is missing).
    public static func load(keyFile: String, checkpointFile: String, createIfMissing: Bool) throws -> ChainAnchor {
        let key = try KeyFile.read(keyFile, createIfMissing: createIfMissing, variable: "SPOR_CHAIN_KEY_FILE")
        let folder = (checkpointFile as NSString).deletingLastPathComponent
        if createIfMissing, !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        return ChainAnchor(key: key, checkpointFile: checkpointFile)
    }

    /// The keyed link: HMAC-SHA256 of the previous row's hash and this row's canonical contents.
    func hash(previous: String, contents: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data("\(previous)|\(contents)".utf8), using: hashKey)).hexString
    }
}

/// Each chain's last row known to Spor when the checkpoint was written.
public struct ChainCheckpoint: Sendable, Hashable {
    public struct Mark: Sendable, Hashable {
        public var seq: Int64
        public var hash: String
        /// The first row hashed with the chain key; nil while the chain holds only rows from before keys.
        public var keyedFrom: Int64?
    }

    public var marks: [String: Mark]

    subscript(chain: HashChain) -> Mark? {
        get { marks[chain.table] }
        set { marks[chain.table] = newValue }
    }

    static let header = "spor-chain-checkpoint 1"

    /// One line a chain, in a fixed order, each `table seq hash keyedFrom` (`-` for none).
    var body: String {
        ([ChainCheckpoint.header] + marks.keys.sorted().map { table in
            let mark = marks[table]!
            return "\(table) \(mark.seq) \(mark.hash) \(mark.keyedFrom.map(String.init) ?? "-")"
        }).joined(separator: "\n") + "\n"
    }

    static func parse(_ body: Substring) -> ChainCheckpoint? {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return nil }
        lines.removeLast()
        guard lines.first == Substring(header) else { return nil }
        var marks: [String: Mark] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count == 4, HashChain(rawValue: String(fields[0])) != nil, marks[String(fields[0])] == nil,
                  let seq = Int64(fields[1]), seq > 0, fields[2].count == 64, fields[2].allSatisfy(\.isHexDigit) else { return nil }
            let keyedFrom: Int64?
            if fields[3] == "-" { keyedFrom = nil } else if let value = Int64(fields[3]), value > 0 { keyedFrom = value } else { return nil }
            marks[String(fields[0])] = Mark(seq: seq, hash: String(fields[2]), keyedFrom: keyedFrom)
        }
        return ChainCheckpoint(marks: marks)
    }
}

extension ChainAnchor {
    /// What the checkpoint file holds.
    enum CheckpointRead: Sendable {
        case missing
        /// Present, but not a checkpoint signed with this chain key.
        case unusable(String)
        case signed(ChainCheckpoint)

        var checkpoint: ChainCheckpoint? {
            if case .signed(let checkpoint) = self { checkpoint } else { nil }
        }
    }

    func readCheckpoint() -> CheckpointRead {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: checkpointFile))
        } catch {
            return FileManager.default.fileExists(atPath: checkpointFile) ? .unusable("cannot be read (\(error.localizedDescription))") : .missing
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let macLine = text.range(of: "hmac ", options: .backwards), macLine.lowerBound > text.startIndex,
              text[text.index(before: macLine.lowerBound)] == "\n" else {
            return .unusable("is not a signed checkpoint")
        }
        let body = text[..<macLine.lowerBound]
        let mac = text[macLine.upperBound...].trimmingCharacters(in: .newlines)
        guard mac == signature(of: String(body)) else {
            return .unusable("is not signed with the chain key (altered, or written under another key)")
        }
        guard let checkpoint = ChainCheckpoint.parse(body) else { return .unusable("is signed but cannot be read") }
        return .signed(checkpoint)
    }

    private func signature(of body: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: signingKey)).hexString
    }

    /// Replaces the checkpoint file at once: written to a file of its own (mode 0600) and renamed over the old one.
    /// Call only while holding `withCheckpointLock`.
    func writeCheckpoint(_ checkpoint: ChainCheckpoint) throws {
        let body = checkpoint.body
        let data = Data((body + "hmac " + signature(of: body) + "\n").utf8)
        let temporary = checkpointFile + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.configuration("could not write \(temporary) (errno \(errno))") }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == data.count, rename(temporary, checkpointFile) == 0 else {
            unlink(temporary)
            throw StoreError.configuration("could not replace \(checkpointFile) (errno \(errno))")
        }
    }

    /// Runs `body` while no other writer of this checkpoint — in this process or another (several servers on one
    /// PostgreSQL, or a command beside the server) — is between reading it and replacing it. `body` must not wait.
    func withCheckpointLock<T>(_ body: () throws -> T) throws -> T {
        let lockFile = checkpointFile + ".lock"
        let descriptor = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.configuration("could not open \(lockFile) (errno \(errno))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError.configuration("could not lock \(lockFile) (errno \(errno))") }
        }
        return try body()
    }

    /// Moves the checkpoint on to what a committed write added to the chains: only forward, and only from a mark the
    /// write's rows are known to follow. The rows before the write are tied to the mark by their hash (read from the
    /// database when the mark is older than the write's first row, which happens when another writer committed in
    /// between and has not yet moved the checkpoint).
    ///
    /// A checkpoint that cannot be used, or whose mark the chain does not reach, is left as it is: it is the evidence
    /// `spor audit verify` reports. A chain without a mark gets one only when its first rows or its first keyed rows
    /// are in this write; otherwise `spor audit checkpoint` makes it after checking the chain.
    ///
    /// Failures are not thrown: the write has committed, and its caller must not take it for undone.
    func advance(_ written: [HashChain: ChainWrite.Extension],
                 rowHash: @Sendable (HashChain, Int64) async throws -> String?) async {
        var confirmed: [HashChain: (seq: Int64, hash: String?)] = [:]
        for _ in 0..<4 {
            // The rows whose hash must be read before the checkpoint can move on; none when done.
            let outcome = try? withCheckpointLock { () -> [HashChain: Int64] in
                var checkpoint: ChainCheckpoint
                switch readCheckpoint() {
                case .unusable: return [:]
                case .missing: checkpoint = ChainCheckpoint(marks: [:])
                case .signed(let signed): checkpoint = signed
                }
                var unconfirmed: [HashChain: Int64] = [:]
                var changed = false
                for (chain, write) in written {
                    guard let mark = checkpoint[chain] else {
                        if write.before.seq == 0 || write.switchedToKey {
                            checkpoint[chain] = write.mark
                            changed = true
                        }
                        continue
                    }
                    guard mark.seq < write.last.seq else { continue }
                    // A chain keyed after the mark was written must be keyed after the mark's row.
                    guard mark.keyedFrom == write.keyedFrom || (mark.keyedFrom == nil && (write.keyedFrom ?? 0) > mark.seq) else { continue }
                    let reached: Bool
                    if mark.seq == write.before.seq {
                        reached = mark.hash == write.before.hash
                    } else if let known = confirmed[chain], known.seq == mark.seq {
                        reached = known.hash == mark.hash
                    } else {
                        unconfirmed[chain] = mark.seq
                        continue
                    }
                    if reached {
                        checkpoint[chain] = write.mark
                        changed = true
                    }
                }
                guard unconfirmed.isEmpty else { return unconfirmed }
                if changed { try writeCheckpoint(checkpoint) }
                return [:]
            }
            guard let unconfirmed = outcome, !unconfirmed.isEmpty else { return }
            for (chain, seq) in unconfirmed {
                confirmed[chain] = (seq, try? await rowHash(chain, seq))
            }
        }
    }
}

/// A 256-bit key kept in a file of its own, base64, mode 0600.
enum KeyFile {
    static func read(_ path: String, createIfMissing create: Bool, variable: String) throws -> SymmetricKey {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw StoreError.configuration("no key file at \(path) (set \(variable))") }
            let key = SymmetricKey(size: .bits256)
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            }
            let text = key.withUnsafeBytes { Data($0).base64EncodedString() }
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.configuration("could not write the key file at \(path)")
            }
        }
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text), bytes.count == 32 else {
            throw StoreError.configuration("the key file at \(path) does not hold a base64 256-bit key")
        }
        return SymmetricKey(data: bytes)
    }
}
