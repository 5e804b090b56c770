import Foundation

/// One thing an indicator counts in one child's course, before it is placed on the periods of the grid.
struct IndicatorObservation: Sendable, Hashable {
    /// Where in time it is counted.
    enum Span: Sendable, Hashable {
        /// An event: counted in the period holding the day, with the child's age on that day.
        case day(LocalDate)
        /// A state that held from `from` until `until` (nil: it still holds): counted in every period whose end it
        /// spans (`from` < end ≤ `until`) — "on the last day of P" — with the child's age on the period's last day.
        case stock(from: Date, until: Date?)
        /// Days `from` up to, not including, `to`: the denominator counts the days in each period, split by the
        /// child's age on each day; the numerator is not used.
        case days(from: LocalDate, to: LocalDate)
    }

    /// "" for the indicator's headline; otherwise one of its series (a rule's id, "stated-reason", …).
    var series: String = ""
    var span: Span
    var numerator: Int
    var denominator: Int
    /// For a median: the value this observation adds.
    var value: Int? = nil
    /// Counted only in periods of this kind: a goal's latest rating in a month need not be its latest in the year.
    var only: IndicatorPeriod.Kind? = nil

    static func event(_ day: LocalDate, counts: Bool, series: String = "") -> IndicatorObservation {
        IndicatorObservation(series: series, span: .day(day), numerator: counts ? 1 : 0, denominator: 1)
    }

    static func stock(from: Date, until: Date?, counts: Bool) -> IndicatorObservation {
        IndicatorObservation(span: .stock(from: from, until: until), numerator: counts ? 1 : 0, denominator: 1)
    }
}
