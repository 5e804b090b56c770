import SporDomain

// The mapping from a status report to the renderers' document model: one layout for the print page,
// the DOCX and the Markdown.

extension StatusReportDraft {
    /// The report laid out like the 2025 status note: opening sections, then each strategic track
    /// with its text, its initiatives' status and next steps, and its indicators; then initiatives
    /// on no track and the closing sections.
    public func textDocument(sections: [ReportSection], language: Language = .da) -> TextDocument {
        let words = ReportText(language: language)
        var blocks: [TextDocument.Block] = [.heading(level: 1, text: title)]

        func add(_ section: ReportSection, level: Int) {
            blocks.append(.heading(level: level, text: section.title))
            blocks += words.paragraphs(section.body).map { .paragraph($0) }
        }

        for section in sections where section.placement == .opening { add(section, level: 2) }
        switch indicatorCoverage {
        case .complete: break
        case .partial(let missing):
            blocks.append(.paragraph(words.t(ReportText.missingData, String(missing.count), String(year))))
        case .none:
            blocks.append(.paragraph(words.t(ReportText.noIndicatorValues, String(year))))
        }

        for track in tracks {
            let heading = "\(track.number). \(track.title)"
            blocks.append(.heading(level: 2, text: heading))
            for section in sections where section.placement == .track(track.trackID) {
                if section.title == heading {
                    blocks += words.paragraphs(section.body).map { .paragraph($0) }
                } else {
                    add(section, level: 3)
                }
            }
            blocks.append(.heading(level: 3, text: words.t(ReportText.initiatives)))
            blocks.append(track.initiatives.isEmpty ? .paragraph(words.t(ReportText.noInitiatives)) : words.initiativeTable(track.initiatives))
            blocks.append(.heading(level: 3, text: words.t(ReportText.indicators)))
            blocks.append(track.indicators.isEmpty ? .paragraph(words.t(ReportText.noIndicators)) : words.indicatorTable(track.indicators))
        }
        if !otherInitiatives.isEmpty {
            blocks.append(.heading(level: 2, text: words.t(ReportText.otherInitiatives)))
            blocks.append(words.initiativeTable(otherInitiatives))
        }
        if let participation, !participation.isEmpty {
            blocks.append(.heading(level: 2, text: words.t(ReportText.participation)))
            blocks.append(words.participationTable(participation, year: year))
        }
        for section in sections where section.placement == .closing { add(section, level: 2) }
        return TextDocument(title: title, language: language.rawValue, blocks: blocks)
    }
}

/// The report's own words, in the reader's language (`LocalizedText`, as the pages' catalog), and its numbers and dates
/// in the one Danish format (`DanishFormat`): the municipality's report writes Danish numbers in either language.
struct ReportText {
    let language: Language

    func t(_ text: LocalizedText, _ values: String...) -> String {
        values.enumerated().reduce(text(language)) { $0.replacingOccurrences(of: "{\($1.offset)}", with: $1.element) }
    }

    static let missingData = LocalizedText(da: "Der mangler data for {0} af rapportens indikatorer i {1}.",
                                           en: "Data are missing for {0} of the report's indicators in {1}.")
    static let noIndicatorValues = LocalizedText(da: "Der er ingen indikatorværdier for {0}. Rapporten viser kun initiativernes status.",
                                                 en: "There are no indicator values for {0}. The report shows only the initiatives' status.")
    static let initiatives = LocalizedText(da: "Initiativer", en: "Initiatives")
    static let noInitiatives = LocalizedText(da: "Ingen initiativer er knyttet til sporet.", en: "No initiatives belong to the track.")
    static let indicators = LocalizedText(da: "Indikatorer", en: "Indicators")
    static let noIndicators = LocalizedText(da: "Ingen indikatorer er knyttet til sporet.", en: "No indicators belong to the track.")
    static let otherInitiatives = LocalizedText(da: "Øvrige initiativer", en: "Other initiatives")
    static let initiativeHeader = [LocalizedText(da: "Initiativ", en: "Initiative"), LocalizedText(da: "Status", en: "Status"),
                                   LocalizedText(da: "Seneste status", en: "Latest status"), LocalizedText(da: "Næste skridt", en: "Next steps")]
    static let noStatusUpdate = LocalizedText(da: "Ingen statusopdatering", en: "No status update")
    static let indicatorHeader = [LocalizedText(da: "Indikator", en: "Indicator"), LocalizedText(da: "Mål", en: "Target"),
                                  LocalizedText(da: "Værdi", en: "Value"), LocalizedText(da: "Udvikling", en: "Trend")]
    static let goal = LocalizedText(da: "mål", en: "goal")
    static let noData = LocalizedText(da: "Ingen data", en: "No data")
    static let rising = LocalizedText(da: "Stigende", en: "Rising")
    static let falling = LocalizedText(da: "Faldende", en: "Falling")
    static let days = LocalizedText(da: "dage", en: "days")
    static let perChildYear = LocalizedText(da: "pr. barneår", en: "per child-year")
    static let perThousandChildren = LocalizedText(da: "pr. 1.000 børn", en: "per 1,000 children")

    static let participation = LocalizedText(da: "Deltagelse pr. initiativ", en: "Participation per initiative")
    static let participationHeader = [LocalizedText(da: "Initiativ", en: "Initiative"), LocalizedText(da: "Halvår", en: "Half-year"),
                                      LocalizedText(da: "Børn", en: "Children"), LocalizedText(da: "Afsluttet med", en: "Ended with"),
                                      LocalizedText(da: "Deltager stadig", en: "Still taking part")]
    static let halfYear = LocalizedText(da: "{0}. halvår {1}", en: "H{0} {1}")

    static func endReason(_ reason: EndReason) -> LocalizedText {
        switch reason {
        case .goalsReached: LocalizedText(da: "Målene er nået", en: "Goals reached")
        case .homecoming: LocalizedText(da: "Hjemgivelse", en: "Homecoming")
        case .replaced: LocalizedText(da: "Erstattet af en anden indsats", en: "Replaced by another measure")
        case .declined: LocalizedText(da: "Familien ønsker ikke at fortsætte", en: "The family declined to continue")
        case .ageLimit: LocalizedText(da: "Aldersgrænsen er nået", en: "Age limit reached")
        case .movedAway: LocalizedText(da: "Fraflyttet kommunen", en: "Moved away")
        case .other: LocalizedText(da: "Andet", en: "Other")
        }
    }

    /// The tracker's participation rows of the year, every count under 5 as "<5".
    func participationTable(_ lines: [StatusReportDraft.ParticipationLine], year: Int) -> TextDocument.Block {
        .table(
            header: ReportText.participationHeader.map { t($0) },
            rows: lines.map { line in
                [
                    line.name,
                    t(ReportText.halfYear, String(line.half), String(year)),
                    Suppression.show(line.children),
                    line.ended.isEmpty ? "–" : line.ended.map { "\(t(ReportText.endReason($0.reason))): \(Suppression.show($0.count))" }
                        .joined(separator: "\n"),
                    Suppression.show(line.ongoing, none: "–"),
                ]
            }
        )
    }

    func paragraphs(_ body: String) -> [String] {
        body.split(separator: "\n\n").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }

    func initiativeTable(_ lines: [StatusReportDraft.InitiativeLine]) -> TextDocument.Block {
        .table(
            header: ReportText.initiativeHeader.map { t($0) },
            rows: lines.map { line in
                [
                    line.name,
                    t(line.status.name) + (line.statusDate.map { " (\(ReportText.date($0)))" } ?? ""),
                    line.statusText ?? t(ReportText.noStatusUpdate),
                    line.nextSteps.joined(separator: "\n"),
                ]
            }
        )
    }

    func indicatorTable(_ lines: [StatusReportDraft.IndicatorLine]) -> TextDocument.Block {
        .table(
            header: ReportText.indicatorHeader.map { t($0) },
            rows: lines.map { line in
                let name = (line.name ?? line.indicatorID.rawValue)
                    + (line.goals.isEmpty ? "" : " (\(t(ReportText.goal)) " + line.goals.map(\.rawValue).joined(separator: ", ") + ")")
                switch line.reading {
                case .noData:
                    return [name, "", t(ReportText.noData), ""]
                case .suppressed(let target):
                    return [name, target.map { self.target($0, unit: .count) } ?? "", "<\(Suppression.threshold)", ""]
                case .value(let value):
                    return [
                        name, value.target.map { target($0, unit: value.unit) } ?? "", number(value.value, unit: value.unit),
                        value.trend.map { t($0.name) } ?? "",
                    ]
                }
            }
        )
    }

    func target(_ target: IndicatorTarget, unit: IndicatorUnit) -> String {
        switch target {
        case .atLeast(let bound): "≥ " + number(bound, unit: unit)
        case .atMost(let bound): "≤ " + number(bound, unit: unit)
        case .rising: t(ReportText.rising)
        case .falling: t(ReportText.falling)
        }
    }

    func number(_ value: Double, unit: IndicatorUnit) -> String {
        switch unit {
        case .share: ReportText.decimal(value * 100) + " %"
        case .count: String(Int(value.rounded()))
        case .days: ReportText.decimal(value) + " " + t(ReportText.days)
        case .perChildYear: ReportText.decimal(value, places: 2) + " " + t(ReportText.perChildYear)
        case .perThousandChildren: ReportText.decimal(value) + " " + t(ReportText.perThousandChildren)
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
