import Foundation
import SporDomain
import SporDocuments

/// How an indicator's value and target read on the dashboard, its definition page and the status report.
enum IndicatorText {
    static func value(_ readout: IndicatorReadout, _ definition: IndicatorDefinition, _ language: Language) -> String {
        switch readout {
        case .noData: return Strings.indicatorNoData(language)
        case .suppressed: return "<\(Suppression.threshold)"
        case .value(let value, let p90):
            let main: String = switch definition.unit {
            case .share, .meanPerChild: definition.unit == .share ? "\(Format.number(value * 100, language)) %" : Format.number(value, language)
            case .count: Format.number(value, language)
            case .perChildYear: Format.number(value, language)
            case .medianDays: "\(Format.number(value, language)) \(Strings.days(language))"
            }
            return p90.map { "\(main) (90 %: \(Format.number($0, language)))" } ?? main
        }
    }

    static func target(_ definition: IndicatorDefinition, _ language: Language) -> String {
        let show = { (v: Double) in definition.unit == .share ? "\(Format.number(v * 100, language)) %" : Format.number(v, language) }
        switch definition.target {
        case .atLeast(let v): return "≥ \(show(v))"
        case .atMost(let v): return "≤ \(show(v))"
        case .rising: return Strings.targetRising(language)
        case .falling: return Strings.targetFalling(language)
        }
    }
}
