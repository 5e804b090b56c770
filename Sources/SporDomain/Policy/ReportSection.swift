/// An editable text section of a status report: a title and its body, placed before the tracks,
/// with one track, or after the tracks.
public struct ReportSection: Sendable, Hashable, Codable {
    public enum Placement: Sendable, Hashable, Codable {
        case opening
        case track(TrackID)
        case closing
    }

    public let title: String
    public var body: String
    public var placement: Placement

    /// The title must not be empty; the body may be, for staff to write.
    public init(title: String, body: String, placement: Placement = .opening) throws(PolicyError) {
        guard !title.isBlank else { throw PolicyError(.sectionTitleMissing, field: "title") }
        self.title = title
        self.body = body
        self.placement = placement
    }

    private enum CodingKeys: String, CodingKey { case title, body, placement }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            title: c.decode(String.self, forKey: .title),
            body: c.decode(String.self, forKey: .body),
            placement: c.decode(Placement.self, forKey: .placement)
        )
    }
}

/// The fixed texts a status report opens and closes with, with "{år}" standing for the report's year.
public struct StatusReportTemplate: Sendable, Hashable, Codable {
    public struct Text: Sendable, Hashable, Codable {
        public var title: String
        public var body: String

        public init(title: String, body: String) {
            self.title = title
            self.body = body
        }
    }

    /// The report's title.
    public var title: String
    public var opening: [Text]
    public var closing: [Text]

    public init(title: String, opening: [Text], closing: [Text]) {
        self.title = title
        self.opening = opening
        self.closing = closing
    }

    static func fill(_ text: String, year: Int) -> String {
        text.replacing("{år}", with: String(year))
    }
}
