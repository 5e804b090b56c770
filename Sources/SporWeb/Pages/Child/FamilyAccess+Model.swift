import Foundation
import SporDomain
import SporStore

/// The child's family-access page: the accounts made for the child and the parents with custody, whom one can still
/// be made for, and a one-time code just made (shown once).
struct FamilyAccessModel {
    let child: Child
    let people: [(person: Person, relation: Relation)]
    let accounts: [FamilyAccountRecord]
    /// The child's age today, and the age from which the child is a party with an account of their own.
    let age: Int
    let partyAge: Int
    /// The code just made, and for whom.
    var code: (reader: FamilyReader, code: ActivationCode)? = nil

    /// The family accounts of a child `page` shows (loaded for `.managingCase`).
    static func query(store: Store, page: ChildPageModel, now: Date, partyAge: Int,
                      code: (reader: FamilyReader, code: ActivationCode)? = nil) async throws -> FamilyAccessModel {
        FamilyAccessModel(child: page.child, people: page.people, accounts: try await store.familyAccounts(child: page.child.id),
                          age: page.child.birthDate.age(on: DanishTime.localDate(of: now)), partyAge: partyAge, code: code)
    }

    /// Whom an account is for, by name.
    func name(_ reader: FamilyReader, _ childLabel: String) -> String {
        switch reader {
        case .child: "\(child.fullName) (\(childLabel))"
        case .parent(let person): people.first { $0.person.id == person }?.person.fullName ?? "—"
        }
    }

    /// Whom a new account can be made for: the child from the party age, and each parent with custody, while they
    /// have no open account.
    var readersWithoutAccount: [FamilyReader] {
        let open = Set(accounts.filter { $0.revokedAt == nil }.map(\.reader))
        return (age >= partyAge && !open.contains(.child) ? [.child] : [])
            + people.filter { $0.relation.hasCustody && !open.contains(.parent($0.person.id)) }.map { .parent($0.person.id) }
    }
}
