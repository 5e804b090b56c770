import Foundation
import SQLKit
import SporDomain

/// A deadline marked *ikke relevant*, as the team lead reads it: which child, which deadline, why, who and when.
public struct NotRelevantMark: Sendable, Hashable {
    public let child: UUID
    public let childName: String
    /// The entry that marked it.
    public let entry: UUID
    public let mark: DeadlineNotRelevant
    public let author: UUID
    public let occurredAt: Date
}

extension Store {
    /// The deadlines marked not relevant on the children a team lead of `team` may open without a stated reason
    /// (`openable(by:)`), newest first. Read from the courses as they now read: a voided mark is not shown, a corrected
    /// one as corrected.
    public func notRelevantMarks(team: TeamRecord) async throws -> [NotRelevantMark] {
        let rows = try await sql.select()
            .distinct()
            .column(SQLColumn("child_id", table: "e")).column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("e")))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.inner,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("child_id", table: "e"))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "e"))
            .where(SQLColumn("municipality", table: "e"), .equal, SQLBind(municipality))
            .where(SQLColumn("kind", table: "e"), .equal, SQLBind(EntryKind.deadlineNotRelevant.rawValue))
            .where { Store.openable(by: team, $0) }
            .all()
        var names: [UUID: String] = [:]
        for row in rows {
            names[try row.decode(column: "child_id", as: UUID.self)] =
                "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))"
        }
        guard !names.isEmpty else { return [] }
        let timelines = try await timelines(children: Array(names.keys))
        var marks: [NotRelevantMark] = []
        for (child, timeline) in timelines {
            for item in timeline.items {
                guard case .deadlineNotRelevant(let mark)? = item.effective else { continue }
                marks.append(NotRelevantMark(child: child, childName: names[child] ?? "", entry: item.entry.id, mark: mark,
                                             author: item.entry.author, occurredAt: item.entry.occurredAt))
            }
        }
        return marks.sorted { $0.occurredAt > $1.occurredAt }
    }
}
