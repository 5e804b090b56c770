import Foundation

/// SplitMix64 (Steele, Lea, Flood 2014): turns one 64-bit seed into well-mixed words.
/// Used to seed `SeededRandom` and to derive independent streams from a seed and an index.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman, Vigna 2018). The same seed gives the same words on every run and machine.
///
/// The helpers below (bounded integers, doubles, picks) are written out here rather than taken from
/// the standard library, whose `random(in:using:)` algorithms are not promised to stay the same
/// between Swift releases.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 } // the one state xoshiro cannot leave
    }

    /// An independent stream for one purpose (`stream`) and one item (`index`) under `seed`.
    public init(seed: UInt64, stream: UInt64, index: UInt64 = 0) {
        self.init(seed: SeededRandom.derive(seed, stream, index))
    }

    static func derive(_ seed: UInt64, _ stream: UInt64, _ index: UInt64) -> UInt64 {
        var first = SplitMix64(seed: seed)
        var second = SplitMix64(seed: first.next() ^ stream)
        var third = SplitMix64(seed: second.next() ^ index)
        return third.next()
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in `0..<bound` (Lemire's multiply-and-reject, no modulo bias).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        let n = UInt64(bound)
        var (high, low) = next().multipliedFullWidth(by: n)
        if low < n {
            let threshold = (0 &- n) % n
            while low < threshold { (high, low) = next().multipliedFullWidth(by: n) }
        }
        return Int(high)
    }

    /// Uniform in the closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1), 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index into `weights`, chosen in proportion to its weight.
    public mutating func weighted(_ weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights { total += weight }
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// A version 4 (random) UUID made from this stream: never `UUID()`, so the data set repeats.
    public mutating func uuid() -> UUID {
        let a = next(), b = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// A Poisson-distributed count with mean `mean`, given `exp(-mean)` (inversion; small means only).
    mutating func poisson(mean: Double, expNegMean: Double) -> Int {
        let u = unit()
        var k = 0
        var p = expNegMean
        var cumulative = p
        while u >= cumulative && k < 50 {
            k += 1
            p *= mean / Double(k)
            cumulative += p
        }
        return k
    }
}

/// `exp(x)` from additions, multiplications and divisions only, so it rounds the same on every
/// machine (a platform's libm may differ in the last bit, which could flip a random draw).
func portableExp(_ x: Double) -> Double {
    let reduced = x / 1024
    var term = 1.0
    var sum = 1.0
    for k in 1...14 {
        term *= reduced / Double(k)
        sum += term
    }
    for _ in 0..<10 { sum *= sum }
    return sum
}
