import Foundation
import SQLKit
import SporDomain

/// Aggregates over the summary table, for pages that must never show a person.
public struct OpenCaseFigures: Sendable, Hashable {
    public let total: Int
    public let byLevel: [ConcernLevel: Int]
    public let byDistrict: [String: Int]
}

extension Store {
    public func openCaseFigures() async throws -> OpenCaseFigures {
        let rows = try await sql.select()
            .column(SQLColumn("district", table: "c")).column(SQLColumn("concern_level", table: "s"))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "s"))
            .where(SQLColumn("is_open", table: "s"), .equal, SQLBind(true))
            .where(SQLColumn("municipality", table: "s"), .equal, SQLBind(municipality))
            .groupBy(SQLColumn("district", table: "c")).groupBy(SQLColumn("concern_level", table: "s"))
            .all()
        var total = 0
        var byLevel: [ConcernLevel: Int] = [:]
        var byDistrict: [String: Int] = [:]
        for row in rows {
            let count = try row.decode(column: "n", as: Int.self)
            total += count
            if let level = try row.decode(column: "concern_level", as: Int?.self).flatMap(ConcernLevel.init(rawValue:)) {
                byLevel[level, default: 0] += count
            }
            byDistrict[try row.decode(column: "district", as: String.self), default: 0] += count
        }
        return OpenCaseFigures(total: total, byLevel: byLevel, byDistrict: byDistrict)
    }
}
