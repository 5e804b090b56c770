/// A span of whole days, both ends included.
public struct PolicyPeriod: Sendable, Hashable, Codable {
    public let start: LocalDate
    public let end: LocalDate

    public init(start: LocalDate, end: LocalDate) throws(PolicyError) {
        guard start <= end else { throw PolicyError(.periodInvalid, field: "end") }
        self.start = start
        self.end = end
    }

    public func contains(_ day: LocalDate) -> Bool { start <= day && day <= end }

    /// The years a policy period, round or report can be about: the policy dates from 2021 and looks a generation ahead.
    public static let years = 2000...2100

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(start: c.decode(LocalDate.self, forKey: .start), end: c.decode(LocalDate.self, forKey: .end))
    }

    /// 1 January to 31 December.
    public static func year(_ year: Int) -> PolicyPeriod {
        try! PolicyPeriod(start: LocalDate(year: year, month: 1, day: 1)!, end: LocalDate(year: year, month: 12, day: 31)!)
    }
}

/// A half-yearly follow-up round (opfølgning hvert halve år, as the strategy sets out): each owner
/// of an initiative being followed up is asked for a status on it by the deadline.
public struct FollowUpRound: Sendable, Hashable, Codable, Identifiable {
    public var id: FollowUpRoundID
    /// E.g. "1. halvår 2026".
    public var name: String
    /// The half-year the status is about.
    public var period: PolicyPeriod
    /// The last day to answer; may fall after the period.
    public var deadline: LocalDate

    public init(id: FollowUpRoundID, name: String, period: PolicyPeriod, deadline: LocalDate) throws(PolicyError) {
        guard !id.rawValue.isBlank else { throw PolicyError(.textMissing, field: "id") }
        guard !name.isBlank else { throw PolicyError(.textMissing, field: "name") }
        guard deadline >= period.start else { throw PolicyError(.periodInvalid, field: "deadline") }
        self.id = id
        self.name = name
        self.period = period
        self.deadline = deadline
    }

    private enum CodingKeys: String, CodingKey { case id, name, period, deadline }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: c.decode(FollowUpRoundID.self, forKey: .id), name: c.decode(String.self, forKey: .name),
            period: c.decode(PolicyPeriod.self, forKey: .period), deadline: c.decode(LocalDate.self, forKey: .deadline)
        )
    }

    /// The round for the first (1) or second (2) half of `year`: id "2026-1", name "1. halvår 2026".
    public static func halfYear(_ half: Int, of year: Int, deadline: LocalDate) throws(PolicyError) -> FollowUpRound {
        guard half == 1 || half == 2 else { throw PolicyError(.periodInvalid, field: "half") }
        guard PolicyPeriod.years.contains(year), PolicyPeriod.years.contains(deadline.year),
              let start = LocalDate(year: year, month: half == 1 ? 1 : 7, day: 1),
              let end = LocalDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31) else {
            throw PolicyError(.periodInvalid, field: "year")
        }
        let period = try PolicyPeriod(start: start, end: end)
        return try FollowUpRound(id: FollowUpRoundID(rawValue: "\(year)-\(half)"), name: "\(half). halvår \(year)", period: period, deadline: deadline)
    }

    /// Initiatives the round asks about: running or being anchored when the period starts, and
    /// started by its end where a start is known.
    public func initiativesAsked(in content: PolicyContent) -> [Initiative] {
        let dayBefore = period.start.adding(days: -1)
        return content.initiatives.filter { initiative in
            (initiative.status(on: dayBefore)?.isFollowedUp ?? false) && (initiative.start.map { $0 <= period.end } ?? true)
        }
    }

    /// An update answers the round when it names the round or is dated from the period's start to
    /// the deadline (or the period's end, if later).
    public func isAnswered(by update: StatusUpdate) -> Bool {
        if update.round == id { return true }
        return period.start <= update.date && update.date <= max(deadline, period.end)
    }

    /// The asked initiatives that have no update answering the round yet.
    public func initiativesMissingUpdate(in content: PolicyContent) -> [Initiative] {
        initiativesAsked(in: content).filter { initiative in !initiative.updates.contains(where: isAnswered(by:)) }
    }

    /// The asked initiatives grouped by owner, in order of first appearance; those without an
    /// owner come under `nil`, for the administration to place.
    public func requests(in content: PolicyContent) -> [FollowUpRequest] {
        var requests: [FollowUpRequest] = []
        for initiative in initiativesAsked(in: content) {
            if let index = requests.firstIndex(where: { $0.owner == initiative.owner }) {
                requests[index].initiatives.append(initiative.id)
            } else {
                requests.append(FollowUpRequest(owner: initiative.owner, initiatives: [initiative.id]))
            }
        }
        return requests
    }
}

/// One owner's part of a round: the initiatives they are asked to give a status on.
public struct FollowUpRequest: Sendable, Hashable, Codable {
    /// The owning role or unit; nil when the initiative has no owner yet.
    public var owner: String?
    public var initiatives: [InitiativeID]
}
