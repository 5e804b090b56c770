import Foundation
import SporDomain

/// A generated member of staff. The CLI turns each into a user with `DemoGenerator.demoPassword`.
public struct DemoStaffMember: Sendable, Hashable {
    public let id: UUID
    /// `caseworker`, `teamlead`, `outreach`, `professional`, `policy`, `admin` for the first of each
    /// role; `caseworker2`, `caseworker3`, … for colleagues.
    public let username: String
    /// A generated name (common Danish first name and surname), never a real person's.
    public let displayName: String
    public let role: Role
    /// The name of the `DemoTeam` a caseworker or team lead belongs to; nil for other roles.
    public let team: String?

    public init(id: UUID, username: String, displayName: String, role: Role, team: String?) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.team = team
    }
}

/// A caseworker team (e.g. "Team Grenaa") serving one district.
public struct DemoTeam: Sendable, Hashable {
    public let id: UUID
    public let name: String
    /// e.g. "Område Grenaa".
    public let district: String

    public init(id: UUID, name: String, district: String) {
        self.id = id
        self.name = name
        self.district = district
    }
}
