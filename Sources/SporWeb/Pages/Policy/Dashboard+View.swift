import Foundation
import Plot
import SporDomain
import SporStore

/// The dashboard: the period's form, the CSV link, and a card per indicator.
enum DashboardView {
    static func body(_ model: DashboardModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let period = model.period.description
        let fields = FormFields(context, idPrefix: "period", refusal: refusal, ids: ["period": "period"])
        return .group(
            .h1(.plain(context.t(Strings.dashboardTitle))),
            .p(.plain(context.t(Strings.dashboardIntro))),
            .form(.id("period-form"), .class("filter"), .action(SiteURL.policy.path), .method(.get),
                fields.text("period", Strings.periodLabel, fallback: period),
                .button(.type(.submit), .plain(context.t(Strings.filterApply))),
                .a(.id("indicators-csv"), .href(SiteURL.indicatorsCSV.path(query: [("period", period)])), .plain(context.t(Strings.exportCsv)))),
            .div(.class("indicator-grid"),
                .forEach(model.cards) { card($0, period: model.period, context) })
        )
    }

    static func card(_ card: DashboardModel.Card, period: IndicatorPeriod, _ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let definition = card.definition
        return .section(.class("indicator-card"), .id("indicator-\(definition.id)"),
            .h2(.plain(context.t(definition.title))),
            .p(.class("big-figure"), .span(.class("figure"), .plain(IndicatorText.value(card.readout, definition, language)))),
            .p(.class("meta"), .plain("\(context.t(Strings.indicatorTarget)): \(IndicatorText.target(definition, language)) · \(context.t(Strings.goalsServed)): \(definition.goals.joined(separator: ", "))")),
            chart(card.trend, definition: definition, context),
            .table(.class("list figures"),
                Components.columnHeaders([Strings.columnDistrict, Strings.indicatorValue], context),
                .tbody(.forEach(card.districts) { row in
                    .tr(.th(.attribute(named: "scope", value: "row"), .plain(row.district)),
                        .td(.plain(IndicatorText.value(row.readout, definition, language))))
                })),
            .p(.a(.href(SiteURL.indicator(.value(definition.id)).path(query: [("period", period.description)])), .plain(context.t(Strings.definitionLink)))))
    }

    /// A server-drawn line of the yearly values with the target as a dashed line; the values are also in
    /// the chart's text alternative. Its elements have end tags, so no path-like quote is spelled here.
    static func chart(_ points: [(year: Int, value: Double?)], definition: IndicatorDefinition, _ context: PageContext) -> Node<HTML.BodyContext> {
        let width = 280.0, height = 90.0, pad = 8.0
        let values = points.compactMap(\.value)
        var top = values.max() ?? 1
        var targetValue: Double?
        switch definition.target {
        case .atLeast(let v), .atMost(let v): targetValue = v
        default: break
        }
        if let targetValue { top = max(top, targetValue) }
        top = top <= 0 ? 1 : top * 1.1
        let x = { (i: Int) in pad + Double(i) * (width - 2 * pad) / Double(max(1, points.count - 1)) }
        let y = { (v: Double) in height - pad - v / top * (height - 2 * pad) }
        var path = ""
        for (i, point) in points.enumerated() {
            guard let v = point.value else { continue }
            path += (path.isEmpty ? "M" : " L") + String(format: "%.1f %.1f", x(i), y(v))
        }
        let described = points.map { point -> String in
            let shown = point.value.map { IndicatorText.value(IndicatorReadout.value($0, ninetiethPercentile: nil), definition, context.language) }
            return "\(point.year): \(shown ?? "–")"
        }.joined(separator: ", ")
        let label = escapeAttribute("\(context.t(Strings.trendLabel)): \(described)")
        var svg = "<svg class=\"trend\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\">"
        svg += "<line x1=\"\(pad)\" y1=\"\(height - pad)\" x2=\"\(width - pad)\" y2=\"\(height - pad)\" stroke=\"#8a949e\" stroke-width=\"1\"></line>"
        if let targetValue {
            svg += String(format: "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b3261e\" stroke-dasharray=\"4 3\" stroke-width=\"1.5\"></line>",
                          pad, y(targetValue), width - pad, y(targetValue))
        }
        if !path.isEmpty { svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"#0b5e7e\" stroke-width=\"2\"></path>" }
        for (i, point) in points.enumerated() {
            if let v = point.value { svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#0b5e7e\"></circle>", x(i), y(v)) }
        }
        svg += "<text x=\"\(pad)\" y=\"\(height - 1)\" font-size=\"8\" fill=\"#4a545e\">\(points.first?.year ?? 0)</text>"
        svg += "<text x=\"\(width - pad - 18)\" y=\"\(height - 1)\" font-size=\"8\" fill=\"#4a545e\">\(points.last?.year ?? 0)</text></svg>"
        return .raw(svg)
    }
}
