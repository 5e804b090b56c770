import Foundation
import SporDomain

/// One household: 1–4 siblings and the 1–2 parents they live with.
public struct DemoFamily: Sendable, Hashable {
    public let children: [DemoChild]
    public let parents: [Person]
    /// Every child to every parent (mother, father or parent), with custody.
    public let relations: [Relation]

    public init(children: [DemoChild], parents: [Person], relations: [Relation]) {
        self.children = children
        self.parents = parents
        self.relations = relations
    }
}

/// A child or young person with the course the journal holds about them.
public struct DemoChild: Sendable, Hashable {
    public let child: Child
    /// `DDMMYYSSSS`: accepted by `SporDomain.CPR`, with the child's birth date and sex; unique in the
    /// data set. For birth dates before 2007-10-01 the serial fails the modulus-11 check on purpose,
    /// so a generated number is less likely to be a real person's.
    public let cpr: String
    /// The child's journal in the order it was recorded (`recordedAt`, then `occurredAt`): appending
    /// them one by one in this order passes `JournalRules.validate`.
    public let entries: [Entry]

    public init(child: Child, cpr: String, entries: [Entry]) {
        self.child = child
        self.cpr = cpr
        self.entries = entries
    }
}
