import Foundation
import SporDomain

/// What the synthetic municipality looks like. The defaults give a municipality of Norddjurs' size
/// (DOMAIN.md, "Magnitudes"); every count scales with `children`.
public struct DemoConfiguration: Sendable {
    /// Children aged 0–17 at `end`. About 20 % more young adults (18–22) come on top.
    public var children: Int
    /// Years of journal before `end`.
    public var years: Int
    public var seed: UInt64
    public var municipality: Municipality
    /// The "now" of the demo: no entry occurs or is recorded after it. Passed in, never read from a clock.
    public var end: Date

    public init(children: Int = 7_500, years: Int = 10, seed: UInt64 = 707,
                municipality: Municipality = .norddjurs, end: Date) {
        precondition(children >= 0, "children must not be negative")
        precondition(years >= 1, "at least one year of journal")
        self.children = children
        self.years = years
        self.seed = seed
        self.municipality = municipality
        self.end = end
    }

    /// Young adults (18–22) on top of `children`.
    public var youngAdults: Int { Int((Double(children) * 0.2).rounded()) }

    /// `children` relative to Norddjurs' 7,500.
    var scale: Double { Double(children) / 7_500 }
}
