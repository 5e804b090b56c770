import Crypto
import Foundation

/// A time-based one-time password (RFC 6238 over RFC 4226): HMAC-SHA1, six digits, a new code every
/// 30 seconds. The second step of a staff login. Pure: every function takes the time it works on.
public struct TOTP: Sendable, Hashable {
    public static let period: Int64 = 30
    public static let digits = 6
    /// Codes of one step either side of now are taken, for a phone clock a little off.
    public static let allowedDrift: Int64 = 1
    /// 160 bits, the length RFC 4226 recommends.
    public static let secretLength = 20

    public let secret: [UInt8]

    public init(secret: [UInt8]) {
        self.secret = secret
    }

    /// Reads a secret written in base32 (spaces and case do not matter).
    public init?(base32: String) {
        guard let bytes = Base32.decode(base32), !bytes.isEmpty else { return nil }
        self.secret = bytes
    }

    /// A new random secret.
    public static func random() -> TOTP {
        var generator = SystemRandomNumberGenerator()
        return TOTP(secret: (0..<secretLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    public var base32: String { Base32.encode(secret) }

    /// The number of whole periods since 1970: the moving factor T of RFC 6238.
    public static func step(at now: Date) -> Int64 {
        Int64((now.timeIntervalSince1970 / Double(period)).rounded(.down))
    }

    public func code(step: Int64, digits: Int = TOTP.digits) -> String {
        let counter = withUnsafeBytes(of: UInt64(bitPattern: step).bigEndian) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: counter, using: SymmetricKey(data: secret)))
        // Dynamic truncation, RFC 4226 § 5.3.
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    public func code(at now: Date, digits: Int = TOTP.digits) -> String {
        code(step: TOTP.step(at: now), digits: digits)
    }

    /// The step whose code `typed` is, within the allowed drift of `now`; nil when it is none of them.
    /// Spaces in what was typed are ignored. The caller refuses a step already used.
    public func step(matching typed: String, at now: Date) -> Int64? {
        let digits = typed.filter { !$0.isWhitespace }
        guard digits.count == TOTP.digits, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let current = TOTP.step(at: now)
        var matched: Int64?
        for step in (current - TOTP.allowedDrift)...(current + TOTP.allowedDrift) where TOTP.equal(code(step: step), digits) {
            matched = matched ?? step
        }
        return matched
    }

    /// The `otpauth://` address an authenticator app reads (Key Uri Format).
    public func uri(issuer: String, account: String) -> String {
        let label = TOTP.escape("\(issuer):\(account)")
        return "otpauth://totp/\(label)?secret=\(base32)&issuer=\(TOTP.escape(issuer))&algorithm=SHA1&digits=\(TOTP.digits)&period=\(TOTP.period)"
    }

    private static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// Compares in time that does not depend on where the texts differ.
    private static func equal(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
