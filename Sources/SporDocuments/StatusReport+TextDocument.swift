import SporDomain

// The mapping from a status report to the renderers' document model: one layout for the print page,
// the DOCX and the Markdown.

extension StatusReportDraft {
    /// The report laid out like the 2025 status note: opening sections, then each strategic track
    /// with its text, its initiatives' status and next steps, and its indicators; then initiatives
    /// on no track and the closing sections.
    public func textDocument(sections: [ReportSection]) -> TextDocument {
        var blocks: [TextDocument.Block] = [.heading(level: 1, text: title)]

        func add(_ section: ReportSection, level: Int) {
            blocks.append(.heading(level: level, text: section.title))
            blocks += ReportText.paragraphs(section.body).map { .paragraph($0) }
        }

        for section in sections where section.placement == .opening { add(section, level: 2) }
        switch indicatorCoverage {
        case .complete: break
        case .partial(let missing):
            blocks.append(.paragraph("Der mangler data for \(missing.count) af rapportens indikatorer i \(year)."))
        case .none:
            blocks.append(.paragraph("Der er ingen indikatorværdier for \(year). Rapporten viser kun initiativernes status."))
        }

        for track in tracks {
            let heading = "\(track.number). \(track.title)"
            blocks.append(.heading(level: 2, text: heading))
            for section in sections where section.placement == .track(track.trackID) {
                if section.title == heading {
                    blocks += ReportText.paragraphs(section.body).map { .paragraph($0) }
                } else {
                    add(section, level: 3)
                }
            }
            blocks.append(.heading(level: 3, text: "Initiativer"))
            blocks.append(track.initiatives.isEmpty ? .paragraph("Ingen initiativer er knyttet til sporet.") : ReportText.initiativeTable(track.initiatives))
            blocks.append(.heading(level: 3, text: "Indikatorer"))
            blocks.append(track.indicators.isEmpty ? .paragraph("Ingen indikatorer er knyttet til sporet.") : ReportText.indicatorTable(track.indicators))
        }
        if !otherInitiatives.isEmpty {
            blocks.append(.heading(level: 2, text: "Øvrige initiativer"))
            blocks.append(ReportText.initiativeTable(otherInitiatives))
        }
        for section in sections where section.placement == .closing { add(section, level: 2) }
        return TextDocument(title: title, language: "da", blocks: blocks)
    }
}

/// Danish labels and number formats for the report.
enum ReportText {
    static func paragraphs(_ body: String) -> [String] {
        body.split(separator: "\n\n").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }

    static func initiativeTable(_ lines: [StatusReportDraft.InitiativeLine]) -> TextDocument.Block {
        .table(
            header: ["Initiativ", "Status", "Seneste status", "Næste skridt"],
            rows: lines.map { line in
                [
                    line.name,
                    status(line.status) + (line.statusDate.map { " (\(date($0)))" } ?? ""),
                    line.statusText ?? "Ingen statusopdatering",
                    line.nextSteps.joined(separator: "\n"),
                ]
            }
        )
    }

    static func indicatorTable(_ lines: [StatusReportDraft.IndicatorLine]) -> TextDocument.Block {
        .table(
            header: ["Indikator", "Mål", "Værdi", "Udvikling"],
            rows: lines.map { line in
                let name = (line.name ?? line.indicatorID.rawValue)
                    + (line.goals.isEmpty ? "" : " (mål " + line.goals.map(\.rawValue).joined(separator: ", ") + ")")
                switch line.reading {
                case .noData:
                    return [name, "", "Ingen data", ""]
                case .suppressed(let target):
                    return [name, target.map { self.target($0, unit: .count) } ?? "", "<\(Suppression.threshold)", ""]
                case .value(let value):
                    return [
                        name, value.target.map { target($0, unit: value.unit) } ?? "", number(value.value, unit: value.unit),
                        value.trend.map(trend) ?? "",
                    ]
                }
            }
        )
    }

    static func status(_ status: InitiativeStatus) -> String {
        switch status {
        case .planned: "Planlagt"
        case .running: "Igangværende"
        case .beingAnchored: "Under forankring"
        case .anchored: "Forankret"
        case .stopped: "Stoppet"
        }
    }

    static func trend(_ trend: IndicatorTrend) -> String {
        switch trend {
        case .rising: "Stigende"
        case .steady: "Uændret"
        case .falling: "Faldende"
        }
    }

    static func target(_ target: IndicatorTarget, unit: IndicatorUnit) -> String {
        switch target {
        case .atLeast(let bound): "≥ " + number(bound, unit: unit)
        case .atMost(let bound): "≤ " + number(bound, unit: unit)
        case .rising: "Stigende"
        case .falling: "Faldende"
        }
    }

    static func number(_ value: Double, unit: IndicatorUnit) -> String {
        switch unit {
        case .share: decimal(value * 100) + " %"
        case .count: String(Int(value.rounded()))
        case .days: decimal(value) + " dage"
        case .perChildYear: decimal(value, places: 2) + " pr. barneår"
        case .perThousandChildren: decimal(value) + " pr. 1.000 børn"
        }
    }

    static func decimal(_ value: Double, places: Int = 1) -> String { DanishFormat.decimal(value, places: places) }

    static func date(_ day: LocalDate) -> String { DanishFormat.date(day) }
}

extension Substring {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
