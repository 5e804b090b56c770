import Foundation
import SporDomain
import SporStore

/// The work tray (*Arbejdsbakke*): everything that asks something of the signed-in person, in one place — new
/// notifications to assess, legal deadlines, agreed actions, messages from Min side, and (for those who assign) the
/// children without a caseworker — grouped *Overskredet* / *I dag* / *Denne uge* / *Senere*, the backlog apart.
struct TrayModel {
    /// What a piece of work is.
    enum Kind: String, CaseIterable, Sendable {
        /// A new notification to assess within 24 hours (§ 136).
        case notification
        /// Any other legal deadline.
        case deadline
        /// An action agreed at a network meeting.
        case agreedAction
        /// A message a child or parent sent from Min side.
        case portalMessage

        init(_ rule: DeadlineRule) {
            if rule.id == DeadlineRule.urgencyAssessment.id {
                self = .notification
            } else if rule.trigger.scope == .eachAgreedAction {
                self = .agreedAction
            } else if rule.discharge.kind == .taskCompleted {
                self = .portalMessage
            } else {
                self = .deadline
            }
        }
    }

    struct Item {
        let obligation: OpenObligation
        let rule: DeadlineRule
        let kind: Kind
        let group: TrayGroup
        let isBacklog: Bool
        /// Whose it is: a person's name; nil for the team's, while the child has no caseworker.
        let assigneeName: String?
        let assigneeID: UUID?

        /// Abuse and danger first, then the soonest.
        static func precedes(_ a: Item, _ b: Item) -> Bool {
            a.obligation.isPriority != b.obligation.isPriority ? a.obligation.isPriority : a.obligation.due < b.obligation.due
        }
    }

    /// One team member's load, side by side for the team lead.
    struct MemberLoad {
        let member: UserRecord
        let open: Int
        let overdue: Int
        let backlog: Int
    }

    /// What the tray is cut to; every value read from the query is checked against what the tray offers.
    struct Filter {
        var kind: Kind?
        var rule: String?
        var child: UUID?
        var member: UUID?

        init(kind: Kind? = nil, rule: String? = nil, child: UUID? = nil, member: UUID? = nil) {
            self.kind = kind
            self.rule = rule
            self.child = child
            self.member = member
        }

        /// The filter from what a query sent: a value the tray does not offer is left out.
        init(kind: String?, rule: String?, child: String?, member: String?) {
            self.init(kind: kind.flatMap(Kind.init(rawValue:)),
                      rule: rule.flatMap { id in RuleBook.barnetsLov.rules.contains { $0.id == id } ? id : nil },
                      child: child.flatMap(UUID.init(uuidString:)),
                      member: member.flatMap(UUID.init(uuidString:)))
        }

        var isActive: Bool { kind != nil || rule != nil || child != nil || member != nil }

        func admits(_ item: Item) -> Bool {
            (kind == nil || item.kind == kind) && (rule == nil || item.rule.id == rule)
                && (child == nil || item.obligation.child == child) && (member == nil || item.assigneeID == member)
        }
    }

    let user: UserRecord
    let team: TeamRecord?
    /// The team receives its district's intake: the children without a caseworker are its to assign.
    let receivesIntake: Bool
    let now: Date
    let filter: Filter
    /// Today's and coming work, the filter applied, abuse and danger first within each group.
    let items: [Item]
    /// Deadlines that fell due before the caseworker took the case, or long ago: apart, with their count.
    let backlog: [Item]
    /// Every item before the filter: the filter's choices are read from it.
    let all: [Item]
    let unassigned: [UnassignedChild]
    /// The cases the user took in the last `newCaseDays` days.
    let newCases: [NewCase]
    static let newCaseDays = 14
    /// Whom a child can be given to: the team's active caseworkers and leads.
    let assignable: [UserRecord]
    let loads: [MemberLoad]
    let settings: WorkSettings
    /// Absence the schools reported in the last `absenceDays` days about the district's children (the intake team's).
    var absences: [AbsenceReport] = []
    static let absenceDays = 30

    var isLead: Bool { user.role == .teamLead }

    func items(in group: TrayGroup) -> [Item] { items.filter { $0.group == group } }

    /// The tray's data from plain values: what the store holds for `user` at `now`.
    /// `ruleBook` is the municipality's in force today, from the configuration cache (a deadline's title names its number).
    static func query(store: Store, user: UserRecord, now: Date, settings: WorkSettings, ruleBook book: RuleBook,
                      filter: Filter) async throws -> TrayModel {
        let teams = try await store.teams()
        let team = teams.first { $0.id == user.team }
        let receivesIntake = team.map { Store.receivesIntake($0, among: teams) } ?? false
        let staff = try await store.users()
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.displayName) })
        let rules = Dictionary(uniqueKeysWithValues: book.rules.map { ($0.id, $0) })

        var obligations: [OpenObligation] = []
        if let team { obligations = try await store.openObligations(team: team.id, district: team.district, receivesIntake: receivesIntake) }
        let seen = Set(obligations.map(\.id))
        obligations += try await store.openObligations(assignee: user.id).filter { !seen.contains($0.id) }

        let all: [Item] = obligations.compactMap { obligation in
            guard let rule = rules[obligation.rule] else { return nil }
            let owner: UUID? = switch obligation.assignee {
            case .caseworker(let id), .user(let id): id
            case .districtTeam: nil
            }
            // A caseworker sees their own and the team's unowned work; the lead the whole team's.
            guard user.role == .teamLead || owner == nil || owner == user.id else { return nil }
            return Item(obligation: obligation, rule: rule, kind: Kind(rule), group: TrayGroup(due: obligation.due, now: now),
                        isBacklog: obligation.isBacklog(now: now, afterDays: settings.backlogAfterDays),
                        assigneeName: owner.flatMap { names[$0] }, assigneeID: owner)
        }.sorted(by: Item.precedes)

        let assignable = staff.assignable(in: user.team)
        var unassigned: [UnassignedChild] = []
        if receivesIntake, let team {
            unassigned = try await store.unassignedChildren(district: team.district, minimumLevel: settings.unassignedConcernLevel.rawValue)
            if let child = filter.child { unassigned = unassigned.filter { $0.child == child } }
        }
        let loads: [MemberLoad] = user.role != .teamLead ? [] : assignable.map { member in
            let theirs = all.filter { $0.assigneeID == member.id }
            return MemberLoad(member: member, open: theirs.filter { !$0.isBacklog }.count,
                              overdue: theirs.filter { !$0.isBacklog && $0.group == .overdue }.count,
                              backlog: theirs.filter(\.isBacklog).count)
        }
        let newCases = filter.isActive ? [] : try await store.newCases(caseworker: user.id,
                                                                      since: now.addingTimeInterval(-Double(newCaseDays) * 86_400))
        let admitted = all.filter(filter.admits)
        var absences: [AbsenceReport] = []
        if receivesIntake, let team, filter.kind == nil, filter.rule == nil, filter.member == nil {
            absences = try await store.absenceReports(district: team.district, since: now.addingTimeInterval(-Double(absenceDays) * 86_400))
                .filter { filter.child == nil || $0.child == filter.child }
        }
        return TrayModel(user: user, team: team, receivesIntake: receivesIntake, now: now, filter: filter,
                         items: admitted.filter { !$0.isBacklog }, backlog: admitted.filter(\.isBacklog), all: all,
                         unassigned: filter.kind == nil && filter.rule == nil && filter.member == nil ? unassigned : [], newCases: newCases,
                         assignable: assignable, loads: loads, settings: settings, absences: absences)
    }
}
