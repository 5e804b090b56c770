import Foundation
import SporDomain
import SporStore

/// The child's household page (issue 24, item 2): the adults related to the child and whether the child lives with each,
/// and the siblings (full, half or linked by hand) with whether they live together — the form to record residence, and
/// the form to link a child of the municipality as a sibling.
struct HouseholdModel {
    let child: Child
    let people: [(person: Person, relation: Relation)]
    /// The siblings the reader may open, and those told without a name.
    let siblings: [HouseholdSibling]
    let hiddenSiblings: [HouseholdSibling]

    /// From the child page's data, loaded for `.managingCase`: plain values only.
    static func query(page: ChildPageModel) -> HouseholdModel {
        HouseholdModel(child: page.child, people: page.household, siblings: page.siblings, hiddenSiblings: page.hiddenSiblings)
    }

    /// The field that records whether the child lives with `person`.
    static func livesWithField(_ person: UUID) -> String { "livesWith-\(person.uuidString)" }
}
