/// A saved state of a status report's text sections. Versions are never changed; each save adds one.
public struct StatusReportVersion: Sendable, Hashable, Codable {
    /// 1, 2, 3, … in the order saved.
    public let number: Int
    public let sections: [ReportSection]
    public let savedOn: LocalDate

    public init(number: Int, sections: [ReportSection], savedOn: LocalDate) {
        self.number = number
        self.sections = sections
        self.savedOn = savedOn
    }
}

/// A year's status report: the draft built from the tracker and indicators, and the versions of its
/// text sections as staff edit them.
public struct StatusReport: Sendable, Hashable, Codable {
    public let draft: StatusReportDraft
    public private(set) var versions: [StatusReportVersion]

    /// Starts a report whose version 1 holds the draft's own sections.
    public init(draft: StatusReportDraft, on day: LocalDate) {
        self.draft = draft
        self.versions = [StatusReportVersion(number: 1, sections: draft.sections, savedOn: day)]
    }

    /// Versions must be numbered 1, 2, 3, … in order.
    public init(draft: StatusReportDraft, versions: [StatusReportVersion]) throws(PolicyError) {
        guard !versions.isEmpty, versions.map(\.number) == Array(1...versions.count) else {
            throw PolicyError(.versionOutOfOrder, field: "version")
        }
        self.draft = draft
        self.versions = versions
    }

    public var year: Int { draft.year }
    public var latest: StatusReportVersion { versions[versions.count - 1] }

    public func version(_ number: Int) -> StatusReportVersion? {
        versions.indices.contains(number - 1) ? versions[number - 1] : nil
    }

    /// Saves edited sections as the next version and returns it.
    @discardableResult
    public mutating func save(_ sections: [ReportSection], on day: LocalDate) -> StatusReportVersion {
        let version = StatusReportVersion(number: versions.count + 1, sections: sections, savedOn: day)
        versions.append(version)
        return version
    }

    /// Saves sections from a form's titles and bodies, keeping each section's placement from the
    /// latest version by position. An empty title is refused with the field `section-N-title` (from 1).
    @discardableResult
    public mutating func save(
        titles: [String], bodies: [String], on day: LocalDate
    ) throws(PolicyError) -> StatusReportVersion {
        guard titles.count == bodies.count else { throw PolicyError(.textMissing, field: "sections") }
        let placements = latest.sections.map(\.placement)
        var sections: [ReportSection] = []
        for (index, (title, body)) in zip(titles, bodies).enumerated() {
            let placement = index < placements.count ? placements[index] : .closing
            do {
                sections.append(try ReportSection(title: title, body: body, placement: placement))
            } catch {
                throw PolicyError(error.code, field: "section-\(index + 1)-title")
            }
        }
        return save(sections, on: day)
    }

    private enum CodingKeys: String, CodingKey { case draft, versions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(draft: c.decode(StatusReportDraft.self, forKey: .draft), versions: c.decode([StatusReportVersion].self, forKey: .versions))
    }
}
