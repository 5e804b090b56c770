import Foundation
import Vapor
import SporDomain
import SporStore

/// What the form "Tilmelding til tilbud" offers: the open offers, the children the user may pick from their own list,
/// and the child, when the form was opened from the child's page. Children are otherwise named by CPR number, as the
/// network meeting names them: an outreach counsellor has no children list.
struct EnrolmentModel {
    /// Open offers (no referral, no decision), by name.
    let offers: [Offer]
    /// The children on the user's own list (a caseworker's own, a team lead's team's): what they may pick.
    let pickable: [ChildListItem]
    /// The child the form was opened for (from its page): the form then names no other.
    var child: Child? = nil
    /// The child's parents, one of whom may take part with it (only for a child the form was opened for).
    var parents: [Person] = []

    /// The relations whose person may take part as the child's parent.
    static let parentKinds: Set<Relation.Kind> = [.mother, .father, .parent, .stepParent, .fosterParent]

    /// How many CPR rows the form has for children not on the list (a group of eight fits).
    static let cprRows = 8

    /// The offers one enrols in here: open (no referral, no decision), no placement, no leisure offer (those are the
    /// family's own to take up, shown on Min side), by name.
    static func enrollable(_ catalogue: OfferCatalogue) -> [Offer] {
        catalogue.offers.filter { $0.access == .open && $0.placementKind == nil && $0.leisure == nil }.sorted { $0.name < $1.name }
    }

    static func query(store: Store, user: UserRecord, now: Date, childID: UUID? = nil) async throws -> EnrolmentModel {
        let offers = enrollable(try await store.offerCatalogue())
        var child: Child?
        if let childID { child = try await MeetingModel.managedChild(store: store, user: user, id: childID, now: now) }
        var pickable: [ChildListItem] = []
        if child == nil {
            switch user.role {
            case .caseworker: pickable = try await store.children(caseworker: user.id)
            case .teamLead: if let team = user.team { pickable = try await store.children(team: team) }
            default: break
            }
        }
        var parents: [Person] = []
        if let child {
            parents = try await store.relations(child: child.id).filter { parentKinds.contains($0.relation.kind) }.map(\.person)
        }
        return EnrolmentModel(offers: offers, pickable: pickable, child: child, parents: parents)
    }
}

/// A group of participants enrolled together in an open offer: its members' starts as the journal holds them, and
/// whether each has ended. Shown only to whoever enrolled it or may manage every member's case.
struct ParticipationGroupModel {
    struct Member {
        let child: Child
        let start: Entry
        /// What came of it, once ended.
        let ended: MeasureEnd?
        /// The parent who takes part with the child, by name.
        var parent: String? = nil
    }

    let id: UUID
    let offer: Offer?
    let members: [Member]

    var started: LocalDate? { members.map { DanishTime.localDate(of: $0.start.occurredAt) }.min() }
    var active: [Member] { members.filter { $0.ended == nil } }

    /// The group `id`; one the user may not see, or that does not exist, is not found (404) alike.
    static func query(store: Store, user: UserRecord, now: Date, id: UUID) async throws -> ParticipationGroupModel {
        let starts = try await store.groupStarts(id)
        guard !starts.isEmpty else { throw Abort(.notFound) }
        if !starts.allSatisfy({ $0.author == user.id }) {
            for start in starts { _ = try await MeetingModel.managedChild(store: store, user: user, id: start.child, now: now) }
        }
        let children = Dictionary(try await store.children(ids: starts.map(\.child)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let timelines = try await store.timelines(children: Array(Set(starts.map(\.child))))
        // As the course now reads: a voided start is no longer a member, a voided end no longer ends it.
        var ends: [UUID: MeasureEnd] = [:]
        var voided: Set<UUID> = []
        for timeline in timelines.values {
            for item in timeline.items {
                if item.effective == nil { voided.insert(item.entry.id) }
                if case .measureEnded(let end)? = item.effective { ends[end.measure] = end }
            }
        }
        let offerID: String? = starts.first.flatMap { if case .measureStarted(let s) = $0.payload { s.offer } else { nil } }
        let catalogue = try await store.offerCatalogue()
        let offer = offerID.flatMap { catalogue[$0] }
        var parents: [UUID: String] = [:]
        for start in starts {
            if case .measureStarted(let s) = start.payload, s.parent != nil {
                for (person, _) in try await store.relations(child: start.child) { parents[person.id] = person.fullName }
            }
        }
        let members = starts.filter { !voided.contains($0.id) }.compactMap { start in
            children[start.child].map { (child: Child) -> Member in
                let parent: String? = if case .measureStarted(let s) = start.payload, let id = s.parent { parents[id] } else { nil }
                return Member(child: child, start: start, ended: ends[start.id], parent: parent)
            }
        }
            .sorted { $0.child.fullName < $1.child.fullName }
        return ParticipationGroupModel(id: id, offer: offer, members: members)
    }
}
