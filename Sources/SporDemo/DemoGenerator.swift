import Foundation
import SporDomain

/// The deterministic synthetic municipality: teams, staff and families with their journals,
/// all made from `DemoConfiguration.seed`. The same configuration gives the same data on every run
/// and machine; nothing here reads a clock or the system's random source.
public struct DemoGenerator: Sendable {
    /// The password of every demo user (the CLI prints it).
    public static let demoPassword = "spor-demo-2026"

    /// The districts (områder), largest first.
    public static let districts: [String] = DemoPlaces.districts.map(\.name)

    public let configuration: DemoConfiguration
    let context: DemoContext

    public init(_ config: DemoConfiguration) {
        configuration = config
        context = DemoContext(config)
    }

    /// Caseworker teams, one or more per district; the first is the busiest.
    public func teams() -> [DemoTeam] { context.teams }

    /// One user named after each role, plus numbered colleagues.
    public func staff() -> [DemoStaffMember] { context.staff }

    /// The schools and daycares of a district (generated names).
    public func institutions(in district: String) -> (schools: [String], daycares: [String]) {
        guard let place = context.districts.first(where: { $0.name == district }) else { return ([], []) }
        return (place.schools, place.daycares)
    }

    /// Families, made lazily as the sequence is iterated.
    public func families() -> some Sequence<DemoFamily> { DemoFamilySequence(context: context) }
}
