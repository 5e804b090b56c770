import SporDomain
import SporStore

/// What a route lets a user do. Every route declares one.
enum Permission: String, CaseIterable, Sendable {
    case viewOwnChildren
    case viewTeam
    case openChild
    case writeEntry
    case registerChild
    case intake
    case worklist
    case recordNetworkMeeting
    /// Consultations (sparring) and early-help notes.
    case consult
    /// The agreed actions one owns, for those without a case worklist.
    case ownActions
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
    case administer
    case manageOwnAccount
}

/// The one authorization table: role × permission. Scope (own / team) is decided by `Access`.
enum Policy {
    static func allows(_ role: Role, _ permission: Permission) -> Bool {
        switch permission {
        case .manageOwnAccount: true
        case .viewOwnChildren: role == .caseworker
        case .viewTeam, .viewAccessLog, .reviewBreakGlass: role == .teamLead
        case .openChild, .writeEntry, .registerChild, .intake, .worklist, .breakGlass, .exportChild, .viewOwnChildrenByApi: role == .caseworker || role == .teamLead
        case .searchChildren, .recordNetworkMeeting, .consult: role == .caseworker || role == .teamLead || role == .outreach
        case .ownActions: role == .outreach || role == .professional
        case .outreachHome: role == .outreach
        case .professionalHome: role == .professional
        case .viewPolicy: role == .policy || role == .teamLead
        case .managePolicy: role == .policy
        case .administer: role == .admin
        }
    }

    /// Where a role starts after logging in.
    static func home(_ role: Role) -> String {
        switch role {
        case .caseworker: "/children"
        case .teamLead: "/team"
        case .outreach: "/outreach"
        case .professional: "/professional"
        case .policy: "/policy"
        case .admin: "/admin"
        }
    }
}

/// Which children a user may open: a caseworker their own and their team's; a team lead their team's.
/// A child with no caseworker yet belongs to the team of its district. Outside that, a stated reason
/// (break-the-glass) opens the child for a while.
enum Access {
    static func mayOpen(_ user: UserRecord, userTeam: TeamRecord?, summary: ChildSummary?, child: Child, hasGrant: Bool) -> Bool {
        guard Policy.allows(user.role, .openChild) else { return false }
        if hasGrant { return true }
        if let caseworker = summary?.caseworker {
            if caseworker == user.id { return true }
            return summary?.team != nil && summary?.team == user.team
        }
        return userTeam?.district == child.district
    }
}
