import Foundation

/// One indicator of the policy, as a value: its id, its written definition in Danish and English (numerator,
/// denominator, exclusions, when it is counted), the goal it serves, its unit and target — and the code that counts it
/// in a child's course. The definition page and the computation read the same value (DOMAIN.md, "The policy,
/// measured": "one written definition … that the code and the report both show").
public struct IndicatorDefinition: Sendable, Identifiable {
    /// As in DOMAIN.md's table, e.g. "immediate-help-share".
    public let id: String
    public let titleDa: String
    public let titleEn: String
    /// The title in every language.
    public var title: LocalizedText { LocalizedText(da: titleDa, en: titleEn) }
    public var definition: LocalizedText { LocalizedText(da: definitionDa, en: definitionEn) }
    public var numerator: LocalizedText { LocalizedText(da: numeratorDa, en: numeratorEn) }
    public var denominator: LocalizedText { LocalizedText(da: denominatorDa, en: denominatorEn) }
    public var exclusions: LocalizedText? { exclusionsDa.map { LocalizedText(da: $0, en: exclusionsEn ?? $0) } }
    public var source: LocalizedText { LocalizedText(da: sourceDa, en: sourceEn) }
    /// The definition in plain words, one or two sentences.
    public let definitionDa: String
    public let definitionEn: String
    /// What is counted …
    public let numeratorDa: String
    public let numeratorEn: String
    /// … against what. For a count the denominator is what is counted.
    public let denominatorDa: String
    public let denominatorEn: String
    /// What is left out, and why.
    public let exclusionsDa: String?
    public let exclusionsEn: String?
    /// The strategy's goals it measures (seed 002, "Godt fra start"), e.g. ["2.1"]; empty when it measures the 2021
    /// policy or the law rather than a numbered goal.
    public let goals: [String]
    /// Where it comes from: the goal's words, the policy's heading or the law.
    public let sourceDa: String
    public let sourceEn: String
    public let unit: Unit
    /// The policy's target; a municipality's own replaces it (`MunicipalSettings.applyingTargets`).
    public internal(set) var target: Target
    /// Which period an observation falls in, and which age it is broken down by.
    public let counting: Counting
    /// Series beside the headline (whose id is ""), each with its own numerator and denominator: one per deadline
    /// rule, the decisions with a stated reason beside those where the child was heard, …
    public let series: [Series]

    /// The numerator and denominator as code over one child's course.
    let observe: @Sendable (IndicatorCourse) -> [IndicatorObservation]

    init(id: String, titleDa: String, titleEn: String, definitionDa: String, definitionEn: String, numeratorDa: String,
         numeratorEn: String, denominatorDa: String, denominatorEn: String, exclusionsDa: String? = nil, exclusionsEn: String? = nil,
         goals: [String], sourceDa: String, sourceEn: String, unit: Unit, target: Target, counting: Counting, series: [Series] = [],
         observe: @escaping @Sendable (IndicatorCourse) -> [IndicatorObservation]) {
        self.id = id
        self.titleDa = titleDa
        self.titleEn = titleEn
        self.definitionDa = definitionDa
        self.definitionEn = definitionEn
        self.numeratorDa = numeratorDa
        self.numeratorEn = numeratorEn
        self.denominatorDa = denominatorDa
        self.denominatorEn = denominatorEn
        self.exclusionsDa = exclusionsDa
        self.exclusionsEn = exclusionsEn
        self.goals = goals
        self.sourceDa = sourceDa
        self.sourceEn = sourceEn
        self.unit = unit
        self.target = target
        self.counting = counting
        self.series = series
        self.observe = observe
    }

    /// What an indicator's value is, and how it is read from a tally.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        /// numerator / denominator, shown as a percentage.
        case share
        /// The number of children (the numerator); per 1,000 children with a population from outside the journal.
        case count
        /// numerator per child-year, the denominator being days (`IndicatorSettings.daysPerChildYear`).
        case perChildYear
        /// numerator / denominator, the denominator being children: a mean per child.
        case meanPerChild
        /// Days: the median of the values, with the 90th percentile beside it.
        case medianDays
    }

    /// What the policy wants of the value.
    public enum Target: Sendable, Hashable, Codable {
        /// At least this value (a share as 0–1: 0.7 is 70 %).
        case atLeast(Double)
        case atMost(Double)
        /// Up on the period before.
        case rising
        /// Down on the period before.
        case falling
    }

    /// How observations fall in periods and age bands.
    public enum Counting: String, Sendable, Hashable, Codable, CaseIterable {
        /// An event counts in the period it happened in, with the child's age that day.
        case event
        /// A state counts in a period when it held at the end of its last day, with the child's age that day.
        case periodEnd
        /// The numerator counts events in the period they happened; the denominator counts the days in the period
        /// that a case was open, each day with the child's age that day.
        case eventsPerOpenDay
    }

    /// A series beside the headline.
    public struct Series: Sendable, Hashable, Codable, Identifiable {
        public let id: String
        public let titleDa: String
        public let titleEn: String
        public var title: LocalizedText { LocalizedText(da: titleDa, en: titleEn) }

        public init(id: String, titleDa: String, titleEn: String) {
            self.id = id
            self.titleDa = titleDa
            self.titleEn = titleEn
        }
    }

    /// The value of `tally` in this indicator's unit; nil when nothing was counted. For `medianDays` the median (the 90th
    /// percentile is `tally.percentile(90)`); for `count` the number of children.
    public func value(of tally: IndicatorTally, settings: IndicatorSettings = .standard) -> Double? {
        switch unit {
        case .share, .meanPerChild: tally.share
        case .count: tally.denominator > 0 ? Double(tally.numerator) : nil
        case .perChildYear: tally.perChildYear(daysPerYear: settings.daysPerChildYear)
        case .medianDays: tally.median
        }
    }
}

extension IndicatorDefinition.Counting {
    /// When a case is counted, in every language.
    public var description: LocalizedText { LocalizedText(da: descriptionDa, en: descriptionEn) }

    public var descriptionDa: String {
        switch self {
        case .event: "Tælles i den periode, hændelsen skete; alder på dagen."
        case .periodEnd: "Tælles på periodens sidste dag (ved dagens udgang); alder den dag."
        case .eventsPerOpenDay: "Hændelser tælles i den periode, de skete; nævneren er dage med åben sag i perioden, hver dag med barnets alder den dag."
        }
    }

    public var descriptionEn: String {
        switch self {
        case .event: "Counted in the period the event happened; age on that day."
        case .periodEnd: "Counted on the last day of the period (at its end); age on that day."
        case .eventsPerOpenDay: "Events count in the period they happened; the denominator is days of open case in the period, each with the child's age that day."
        }
    }
}
