/// A draft of the yearly status to the committee on a policy, shaped like the 2025 status note: per
/// strategic track, the initiatives' status and next steps beside the track's indicators, with
/// editable text sections around them.
public struct StatusReportDraft: Sendable, Hashable, Codable {
    public var year: Int
    public var policyID: PolicyID
    public var title: String
    public var tracks: [TrackStatus]
    /// Initiatives placed on no track of this policy.
    public var otherInitiatives: [InitiativeLine]
    public var indicatorCoverage: IndicatorCoverage
    /// The texts the draft starts with; staff edit them and save versions (`StatusReport`).
    public var sections: [ReportSection]
    /// Who took part in the initiatives' offers in the report's year, per half-year (issue 23, item 4), as the tracker
    /// counts it. Saved with the draft, so a saved report keeps the numbers it was saved with; nil in a report saved
    /// before participation was printed.
    public var participation: [ParticipationLine]? = nil

    /// An initiative's half-year of the report's year: the children who began taking part and what came of it.
    /// Counts are the true ones; every reader shows a count under 5 as "<5" (`Suppression.show`).
    public struct ParticipationLine: Sendable, Hashable, Codable {
        public var initiativeID: InitiativeID
        public var name: String
        /// 1 (January–June) or 2 (July–December).
        public var half: Int
        public var children: Int
        /// How the participations begun in the half-year ended, in the order of `EndReason.allCases`.
        public var ended: [EndedCount]
        public var ongoing: Int
    }

    public struct EndedCount: Sendable, Hashable, Codable {
        public var reason: EndReason
        public var count: Int
    }

    /// One strategic track's part of the report.
    public struct TrackStatus: Sendable, Hashable, Codable {
        public var trackID: TrackID
        public var number: Int
        public var title: String
        public var statement: String
        public var initiatives: [InitiativeLine]
        public var indicators: [IndicatorLine]
    }

    /// An initiative's status at the end of the year.
    public struct InitiativeLine: Sendable, Hashable, Codable {
        public var initiativeID: InitiativeID
        public var name: String
        public var owner: String?
        public var status: InitiativeStatus
        /// The latest update's text; nil when the initiative has had none by the year's end.
        public var statusText: String?
        public var statusDate: LocalDate?
        /// Whether the latest update is from the report's year.
        public var updatedInYear: Bool
        public var nextSteps: [String]
        /// Where the status comes from: the update's source or round, or the initiative's first description.
        public var source: String?
    }

    /// An indicator's reading for the year, with the goals it measures.
    public struct IndicatorLine: Sendable, Hashable, Codable {
        public var indicatorID: IndicatorID
        /// The provider's name for it; nil to show the id.
        public var name: String?
        public var goals: [GoalID]
        public var reading: IndicatorReading
    }

    /// How many of the report's indicators have data for the year.
    public enum IndicatorCoverage: Sendable, Hashable, Codable {
        case complete
        case partial(missing: [IndicatorID])
        /// No indicator has data: the report shows initiatives only.
        case none
    }
}

extension StatusReportDraft {
    /// Drafts the status for `year` on one policy (by default the 2021 policy, as the committee's
    /// yearly status is). Throws `noDataForYear` when the year has neither an indicator value nor a
    /// status update, so an empty report is never drafted by mistake.
    public static func draft(
        year: Int,
        policy policyID: PolicyID = PolicyContent.policy2021,
        content: PolicyContent,
        indicators: any IndicatorValueProvider,
        participation: [InitiativeID: [InitiativeParticipation.Row]] = [:],
        template: StatusReportTemplate = .standard
    ) throws(PolicyError) -> StatusReportDraft {
        guard let policy = content.policy(policyID) else { throw PolicyError(.policyUnknown, field: "policy") }
        let yearPeriod = PolicyPeriod.year(year)
        let reported = content.initiatives.filter { initiative in
            guard initiative.start.map({ $0 <= yearPeriod.end }) ?? true,
                  let status = initiative.status(on: yearPeriod.end) else { return false }
            // Left out only when stopped before the year began.
            return status != .stopped || initiative.status(on: yearPeriod.start.adding(days: -1)) != .stopped
        }

        func line(_ initiative: Initiative) -> InitiativeLine {
            let update = initiative.latestUpdate(onOrBefore: yearPeriod.end)
            return InitiativeLine(
                initiativeID: initiative.id,
                name: initiative.name,
                owner: initiative.owner,
                status: initiative.status(on: yearPeriod.end) ?? initiative.status,
                statusText: update?.text,
                statusDate: update?.date,
                updatedInYear: update.map { yearPeriod.contains($0.date) } ?? false,
                nextSteps: initiative.nextSteps(on: yearPeriod.end),
                source: update.map { $0.source ?? $0.round?.rawValue } ?? initiative.source
            )
        }

        var placed = Set<InitiativeID>()
        let tracks = policy.tracks.map { track in
            let serving = reported.filter { initiative in
                initiative.track == track.id || initiative.goals.contains { goal in track.goals.contains { $0.id == goal } }
            }
            placed.formUnion(serving.map(\.id))
            let indicators = track.allIndicators.map { id in
                IndicatorLine(
                    indicatorID: id,
                    name: indicators.name(of: id),
                    goals: track.goals.filter { $0.indicators.contains(id) }.map(\.id),
                    reading: indicators.reading(of: id, in: year)
                )
            }
            return TrackStatus(
                trackID: track.id, number: track.number, title: track.title, statement: track.statement,
                initiatives: serving.map(line), indicators: indicators
            )
        }
        let others = reported.filter { !placed.contains($0.id) }.map(line)

        let allIndicators = tracks.flatMap(\.indicators)
        let missing = allIndicators.filter { !$0.reading.hasData }.map(\.indicatorID)
        let coverage: IndicatorCoverage =
            missing.isEmpty ? .complete : missing.count == allIndicators.count ? .none : .partial(missing: missing)
        let anyUpdate = reported.contains { initiative in initiative.updates.contains { yearPeriod.contains($0.date) } }
        if coverage == .none && !anyUpdate { throw PolicyError(.noDataForYear, field: "year") }

        var sections: [ReportSection] = []
        for text in template.opening {
            sections.append(try ReportSection(
                title: StatusReportTemplate.fill(text.title, year: year),
                body: StatusReportTemplate.fill(text.body, year: year), placement: .opening))
        }
        for track in tracks {
            // The year's own update texts, as the 2025 note tells each track's status in sentences.
            let texts = track.initiatives.filter(\.updatedInYear).compactMap(\.statusText)
            sections.append(try ReportSection(
                title: "\(track.number). \(track.title)", body: texts.joined(separator: " "), placement: .track(track.trackID)))
        }
        for text in template.closing {
            sections.append(try ReportSection(
                title: StatusReportTemplate.fill(text.title, year: year),
                body: StatusReportTemplate.fill(text.body, year: year), placement: .closing))
        }

        // The tracker's rows of the report's year, in the order the initiatives are listed.
        let participationLines = content.initiatives.flatMap { initiative in
            (participation[initiative.id] ?? []).filter { $0.half.year == year }.map { row in
                ParticipationLine(
                    initiativeID: initiative.id, name: initiative.name, half: row.half.half, children: row.children,
                    ended: EndReason.allCases.compactMap { reason in row.ended[reason].map { EndedCount(reason: reason, count: $0) } },
                    ongoing: row.ongoing)
            }
        }

        return StatusReportDraft(
            year: year, policyID: policyID, title: StatusReportTemplate.fill(template.title, year: year),
            tracks: tracks, otherInitiatives: others, indicatorCoverage: coverage, sections: sections,
            participation: participationLines
        )
    }
}
