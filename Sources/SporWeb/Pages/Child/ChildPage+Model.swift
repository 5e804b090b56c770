import Foundation
import Vapor
import SporDomain
import SporStore

/// Everything the child page shows, loaded once per request.
struct ChildPageModel {
    let user: UserRecord
    let child: Child
    let summary: ChildSummary?
    let timeline: Timeline
    let staff: [UUID: UserRecord]
    let assignable: [UserRecord]
    let obligations: [OpenObligation]
    let people: [(person: Person, relation: Relation)]
    let filter: TimelineFilter
    let offers: OfferCatalogue
    /// The course as it reads now (the fold), computed once per page.
    let state: CaseState
    /// Why the user may open the child: a stated reason lets them read and write notes only.
    let grounds: Access.Grounds
    /// The child's siblings in Spor (`Store.householdSiblings`), those the reader may open (`Access.grounds`, as for any
    /// list), by birth date.
    var siblings: [HouseholdSibling] = []
    /// Siblings the reader may not open: told as siblings, never named.
    var hiddenSiblings: [HouseholdSibling] = []
    /// The rule book under the municipality's settings (`MunicipalSettings`): the deadlines' titles name its numbers
    /// ("inden 5 hverdage" when the municipality answers sooner than the law's 6).
    var ruleBook: RuleBook = .barnetsLov

    /// Who notified is read by those handling the child, not by a reader with a stated reason.
    var showsNotifier: Bool { grounds == .ownTeam }

    /// A payload as this reader may see it.
    func shown(_ payload: EntryPayload) -> EntryPayload { showsNotifier ? payload : payload.withoutNotifier }

    /// The child page's data for the request's user and the `childID` of its path, with the timeline's filter from its
    /// query and the municipality's offers and course rules (what the course steps, the tray and the intake call).
    static func load(_ request: Request, for purpose: Access.Purpose) async throws -> ChildPageModel {
        let configuration = request.spor.configuration
        var model = try await query(store: request.store, user: try request.requireUser(), childID: try ChildrenController.childID(request),
                                    now: request.now, purpose: purpose, filter: TimelineFilter(request), offers: configuration.offers,
                                    immediateHelp: configuration.courseRules.immediateHelp)
        model.ruleBook = configuration.ruleBook
        return model
    }

    /// The child page's data, once `user` may open the child for `purpose`. Outside their cases they are offered to
    /// state a reason (`ChildOutOfScope`); with only a stated reason, anything but reading and notes is refused.
    static func query(store: Store, user: UserRecord, childID id: UUID, now: Date, purpose: Access.Purpose,
                      filter: TimelineFilter = TimelineFilter(), offers: OfferCatalogue,
                      immediateHelp: ImmediateHelpDefinition) async throws -> ChildPageModel {
        guard let child = try await store.child(id: id) else { throw Abort(.notFound) }
        let summary = try await store.summary(child: id)
        let team = try await store.teams().first { $0.id == user.team }
        let hasGrant = try await store.hasActiveGrant(user: user.id, child: id, now: now)
        guard let grounds = Access.grounds(user, userTeam: team, summary: summary, child: child, hasGrant: hasGrant) else {
            throw ChildOutOfScope(child: id, mayBreakGlass: Authorization.allows(user.role, .breakGlass))
        }
        guard grounds.permits(purpose) else { throw StatedReasonDoesNotReach() }
        let timeline = try await store.timeline(child: id)
        let staffList = try await store.users()
        let staff = Dictionary(uniqueKeysWithValues: staffList.map { ($0.id, $0) })
        // The team's staff still at work (and whoever holds the case now, so the form shows them).
        let assignable = staffList.assignable(in: user.team)
            + staffList.filter { $0.id == summary?.caseworker && !($0.team == user.team && $0.isActive) }
        var model = ChildPageModel(user: user, child: child, summary: summary, timeline: timeline, staff: staff, assignable: assignable,
                                   obligations: try await store.openObligations(child: id), people: try await store.relations(child: id),
                                   filter: filter, offers: offers, state: timeline.state(immediateHelp: immediateHelp), grounds: grounds)
        // A sibling is seen on the same grounds as in any list; the reader's break-glass grants are read once, not per sibling.
        let siblings = try await store.householdSiblings(of: id)
        let outside = siblings.filter { Access.grounds(user, userTeam: team, item: $0.item, hasGrant: false) == nil }
        let granted = outside.isEmpty ? [] : try await store.childrenWithActiveGrant(user: user.id, now: now)
        for sibling in siblings {
            let seen = !outside.contains { $0.item.id == sibling.item.id } || granted.contains(sibling.item.id)
            if seen { model.siblings.append(sibling) } else { model.hiddenSiblings.append(sibling) }
        }
        return model
    }
}

extension ChildPageModel {
    /// The number in a rule's due time under the municipality's settings (the 24 hours of § 136, the 6 working days of the
    /// receipt), as the steps' labels write it.
    func dueNumber(_ rule: DeadlineRule) -> String {
        switch ruleBook[rule.id]?.due ?? rule.due {
        case .endOfWorkingDay(let days): String(days)
        case .realHours(let hours): String(hours)
        default: ""
        }
    }
}

/// The child is outside the user's cases. A role that may break the glass is offered to state a reason.
struct ChildOutOfScope: Error {
    let child: UUID
    let mayBreakGlass: Bool
}

/// The user opened the child with a stated reason, which lets them read and write notes, not act on the case.
struct StatedReasonDoesNotReach: Error {}

/// Which entries the timeline shows: a kind, a period, turning points only, and the year of the page (`?year=2025`).
/// Read from the page's query.
struct TimelineFilter: Sendable {
    var kind: EntryKind?
    var from: LocalDate?
    var to: LocalDate?
    var significantOnly = false
    /// The year asked for; nil shows the current year, or the newest with entries.
    var year: Int?

    init(kind: EntryKind? = nil, from: LocalDate? = nil, to: LocalDate? = nil, significantOnly: Bool = false, year: Int? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.significantOnly = significantOnly
        self.year = year
    }

    init(_ request: Request) {
        kind = (try? request.query.get(String.self, at: "kind")).flatMap(EntryKind.init(rawValue:))
        from = (try? request.query.get(String.self, at: "from")).flatMap(LocalDate.init(iso:))
        to = (try? request.query.get(String.self, at: "to")).flatMap(LocalDate.init(iso:))
        significantOnly = (try? request.query.get(String.self, at: "significant")) == "1"
        year = (try? request.query.get(String.self, at: "year")).flatMap(Int.init).flatMap { (1900...2200).contains($0) ? $0 : nil }
    }

    var isActive: Bool { kind != nil || from != nil || to != nil || significantOnly }

    /// A kind or a period is a search of the whole journal; otherwise the page shows one year.
    var isSearch: Bool { kind != nil || from != nil || to != nil }

    /// The query that shows this filter again (`extra` added, e.g. the year or print).
    func query(_ extra: [(String, String)] = []) -> [(String, String)] {
        [("kind", kind?.rawValue ?? ""), ("from", from?.iso ?? ""), ("to", to?.iso ?? ""), ("significant", significantOnly ? "1" : "")] + extra
    }

    func includes(_ item: Timeline.Item) -> Bool {
        let kind = item.entry.kind
        if let wanted = self.kind, wanted != kind { return false }
        if significantOnly && !kind.isSignificant { return false }
        let day = DanishTime.localDate(of: item.entry.occurredAt)
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}
