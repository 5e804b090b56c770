import Foundation
import SporDemo
import SporDomain
import SporStore

/// The demo's expected children (issue 23, item 1): the born ones as children with their journal from before birth, the
/// ones still expected at the end without a CPR number. A CPR number the families already hold is skipped (the child is
/// then left out), so the families' data never changes.
extension DemoLoader {
    func loadExpected(_ generator: DemoGenerator, by importer: UUID, now: Date) async throws -> (children: Int, entries: Int) {
        var born: [Store.FamilyImport] = []
        var expected: [Store.ExpectedImport] = []
        var entries = 0
        for item in generator.expectedChildren() {
            if let number = item.cpr {
                let cpr = try CPR(number)
                if try await store.child(cpr: cpr) != nil { continue }
                born.append(Store.FamilyImport(children: [(child: item.child, cpr: cpr, entries: item.entries)],
                                               parents: item.parents.map(\.person),
                                               relations: item.parents.map { Relation(child: item.child.id, person: $0.person.id, kind: $0.kind,
                                                                                      hasCustody: true) }))
            } else {
                expected.append(Store.ExpectedImport(child: item.child, parents: item.parents.map { .init(person: $0.person, kind: $0.kind) },
                                                     entries: item.entries))
            }
            entries += item.entries.count
        }
        try await store.importFamilies(born, by: importer, now: now)
        try await store.importExpected(expected, by: importer, now: now)
        return (born.count + expected.count, entries)
    }
}
