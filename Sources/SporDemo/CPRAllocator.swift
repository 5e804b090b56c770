import SporDomain

/// Hands out CPR numbers: unique in the data set, consistent with birth date and sex, and for
/// birth dates before 2007-10-01 (when numbers without the modulus-11 check began to be issued)
/// failing that check, so they are unlikely to be anyone's real number.
///
/// For each birth date and sex the serials are visited in a fixed pseudo-random order (an affine
/// permutation of all serials the century rule allows), so the n-th child born that day always
/// gets the same number and two children never share one.
struct CPRAllocator: Sendable {
    private let seed: UInt64
    private var visited: [Int: Int] = [:]
    static let moduloCheckEnds = LocalDate(year: 2007, month: 10, day: 1)!
    static let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]

    init(seed: UInt64) { self.seed = seed }

    /// The CPR office's century table: which 7th digits belong to a birth year.
    static func centuryDigits(year: Int) -> [Int] {
        let yy = year % 100
        return (0...9).filter { digit in
            switch digit {
            case 0...3: return 1900 + yy == year
            case 4, 9: return (yy <= 36 ? 2000 + yy : 1900 + yy) == year
            default: return (yy <= 57 ? 2000 + yy : 1800 + yy) == year
            }
        }
    }

    static func passesModulus11(_ digits: [Int]) -> Bool {
        var sum = 0
        for (digit, weight) in zip(digits, weights) { sum += digit * weight }
        return sum % 11 == 0
    }

    mutating func make(birth: LocalDate, sex: LegalSex) -> String {
        let centuries = CPRAllocator.centuryDigits(year: birth.year)
        precondition(!centuries.isEmpty, "no CPR century digit for \(birth.year)")
        let space = centuries.count * 500 // 7th digit × 8th × 9th × five last digits of the right parity
        let key = birth.dayNumber * 2 + (sex == .male ? 1 : 0)
        var mixer = SplitMix64(seed: SeededRandom.derive(seed, DemoContext.Stream.cpr.rawValue, UInt64(bitPattern: Int64(key))))
        var multiplier = Int(mixer.next() % UInt64(space - 1)) + 1
        while gcd(multiplier, space) != 1 { multiplier = multiplier % (space - 1) + 1 }
        let offset = Int(mixer.next() % UInt64(space))
        let mustFail = birth < CPRAllocator.moduloCheckEnds
        let datePart = [birth.day / 10, birth.day % 10, birth.month / 10, birth.month % 10,
                        (birth.year % 100) / 10, birth.year % 10]
        var position = visited[key] ?? 0
        while true {
            precondition(position < space, "no CPR serials left for \(birth) \(sex)")
            let serial = (multiplier * position + offset) % space
            position += 1
            let rest = serial % 500
            let digits = datePart + [centuries[serial / 500], rest / 50, (rest / 5) % 10,
                                     (rest % 5) * 2 + (sex == .male ? 1 : 0)]
            if mustFail && CPRAllocator.passesModulus11(digits) { continue }
            visited[key] = position
            return digits.map(String.init).joined()
        }
    }

    private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
