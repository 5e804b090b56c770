import Foundation
import SporDomain
import SporStore

/// What a route lets a user do. Every route declares one.
enum Permission: String, CaseIterable, Sendable {
    case viewOwnChildren
    case viewTeam
    case openChild
    case writeEntry
    case registerChild
    /// An expected child (issue 23, item 1): a caseworker, a team lead, or an outreach counsellor who meets the family.
    case registerExpectedChild
    case intake
    case worklist
    case recordNetworkMeeting
    /// Consultations (sparring) and early-help notes.
    case consult
    /// The agreed actions one owns, for those without a case worklist.
    case ownActions
    /// Completing a task one owns or handles (an agreed action); who may complete which task is `TaskController`'s check.
    case completeTask
    case breakGlass
    case reviewBreakGlass
    case exportChild
    case viewOwnChildrenByApi
    case searchChildren
    case viewAccessLog
    case outreachHome
    case professionalHome
    case viewPolicy
    /// The policy tracker and the status report: policy staff, who reach no person.
    case managePolicy
    /// The municipality's preparedness plan against abuse: policy staff, and the administrator who keeps the configuration.
    case managePreparednessPlan
    case administer
    /// The rule book (`/api/v1/rules`): the deadline rules and what about them is unverified — no case content. Those who
    /// work the deadlines, and the administrator who keeps the configuration.
    case readRules
    case manageOwnAccount
}

/// The one authorization table: role × permission (named so that "policy" means the municipality's policy only). Scope
/// (own / team) is decided by `Access`.
enum Authorization {
    static func allows(_ role: Role, _ permission: Permission) -> Bool {
        switch permission {
        case .manageOwnAccount: true
        case .viewOwnChildren: role == .caseworker
        case .viewTeam, .viewAccessLog, .reviewBreakGlass: role == .teamLead
        case .openChild, .writeEntry, .registerChild, .intake, .worklist, .breakGlass, .exportChild, .viewOwnChildrenByApi: role == .caseworker || role == .teamLead
        case .searchChildren, .recordNetworkMeeting, .consult: role == .caseworker || role == .teamLead || role == .outreach
        case .ownActions: role == .outreach || role == .professional
        case .completeTask: role == .caseworker || role == .teamLead || role == .outreach || role == .professional
        case .outreachHome: role == .outreach
        case .registerExpectedChild: role == .caseworker || role == .teamLead || role == .outreach
        case .professionalHome: role == .professional
        case .viewPolicy: role == .policy || role == .teamLead
        case .managePolicy: role == .policy
        case .managePreparednessPlan: role == .policy || role == .admin
        case .administer: role == .admin
        case .readRules: role == .caseworker || role == .teamLead || role == .admin
        }
    }

    /// Where a role starts after logging in.
    static func home(_ role: Role) -> SiteURL {
        switch role {
        // The day starts on the work tray.
        case .caseworker, .teamLead: .tray
        case .outreach: .outreach
        case .professional: .professional
        case .policy: .policy
        case .admin: .admin
        }
    }
}

extension Array where Element == UserRecord {
    /// Whom a child of `team` can be given to: the team's active caseworkers and leads, by name.
    func assignable(in team: UUID?) -> [UserRecord] {
        filter { ($0.role == .caseworker || $0.role == .teamLead) && $0.team == team && $0.isActive }
            .sorted { $0.displayName < $1.displayName }
    }
}

/// Which children a user may open: a caseworker their own and their team's; a team lead their team's.
/// A child with no caseworker yet belongs to the team of its district. Outside that, a stated reason
/// (break-the-glass) opens the child for a while: to read it and write notes, never to take or close the case.
enum Access {
    /// Why a user may open a child.
    enum Grounds: Sendable, Hashable {
        /// Their own case, their team's, or a child without a caseworker in their team's district.
        case ownTeam
        /// A stated reason (break-the-glass), for a few hours.
        case statedReason
    }

    /// What a request does with a child.
    enum Purpose: Sendable, Hashable {
        /// The child page, its journal and access log, by page or API.
        case reading
        /// A journal note: what a caseworker who stepped in must be able to leave behind.
        case writingNotes
        /// Everything else: the course's steps, assignment, closing, corrections, the family's access, the export.
        case managingCase
    }

    static func grounds(_ user: UserRecord, userTeam: TeamRecord?, summary: ChildSummary?, child: Child, hasGrant: Bool) -> Grounds? {
        grounds(user, userTeam: userTeam, caseworker: summary?.caseworker, caseworkerTeam: summary?.team, district: child.district, hasGrant: hasGrant)
    }

    /// The same decision from a list's row.
    static func grounds(_ user: UserRecord, userTeam: TeamRecord?, item: ChildListItem, hasGrant: Bool) -> Grounds? {
        grounds(user, userTeam: userTeam, caseworker: item.caseworker, caseworkerTeam: item.team, district: item.district, hasGrant: hasGrant)
    }

    private static func grounds(_ user: UserRecord, userTeam: TeamRecord?, caseworker: UUID?, caseworkerTeam: UUID?, district: String,
                                hasGrant: Bool) -> Grounds? {
        guard Authorization.allows(user.role, .openChild) else { return nil }
        if let caseworker {
            if caseworker == user.id { return .ownTeam }
            if caseworkerTeam != nil && caseworkerTeam == user.team { return .ownTeam }
        } else if userTeam?.district == district {
            return .ownTeam
        }
        return hasGrant ? .statedReason : nil
    }

    static func mayOpen(_ user: UserRecord, userTeam: TeamRecord?, summary: ChildSummary?, child: Child, hasGrant: Bool) -> Bool {
        grounds(user, userTeam: userTeam, summary: summary, child: child, hasGrant: hasGrant) != nil
    }
}

extension Access.Grounds {
    func permits(_ purpose: Access.Purpose) -> Bool {
        switch self {
        case .ownTeam: true
        case .statedReason: purpose != .managingCase
        }
    }
}
