import Foundation
import SQLKit

extension Store {
    /// How many of the municipality's children are due for an indicator recount at `now` (never counted, or their
    /// `refresh_at` has passed): the indicator cells' lag behind time, for `/metrics`. What `refreshIndicators` would
    /// recount, counted without recounting.
    public func indicatorRefreshPending(now: Date) async throws -> Int {
        let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "pending")
            .from(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")))
            .join(SQLAlias(SQLIdentifier("indicator_state"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: Store.indicatorStateOfChild)
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
            .where { group in
                group.where(SQLColumn("child_id", table: "s"), .is, SQLLiteral.null)
                    .orWhere(SQLColumn("refresh_at", table: "s"), .lessThanOrEqual, SQLBind(now.epochMilliseconds))
            }
            .first()
        return try row?.decode(column: "pending", as: Int.self) ?? 0
    }

    /// `indicatorRefreshPending` of every municipality in the database and the store's own, by code (none due: 0) — for
    /// `/metrics`, which belongs to the server rather than to one municipality. One query, grouped.
    public func indicatorRefreshPendingByMunicipality(now: Date) async throws -> [Int: Int] {
        var pending: [Int: Int] = [municipality: 0]
        for row in try await sql.select().column("code").from("municipalities").all() {
            pending[try row.decode(column: "code", as: Int.self)] = 0
        }
        let rows = try await sql.select().column(SQLColumn("municipality", table: "c"), as: "municipality")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "pending")
            .from(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")))
            .join(SQLAlias(SQLIdentifier("indicator_state"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: Store.indicatorStateOfChild)
            .where { group in
                group.where(SQLColumn("child_id", table: "s"), .is, SQLLiteral.null)
                    .orWhere(SQLColumn("refresh_at", table: "s"), .lessThanOrEqual, SQLBind(now.epochMilliseconds))
            }
            .groupBy(SQLColumn("municipality", table: "c"))
            .all()
        for row in rows {
            pending[try row.decode(column: "municipality", as: Int.self)] = try row.decode(column: "pending", as: Int.self)
        }
        return pending
    }

    /// A child's indicator state joined to its row in `children` (`c`): the same child, of the same municipality.
    static let indicatorStateOfChild = SQLBinaryExpression(
        SQLBinaryExpression(SQLColumn("child_id", table: "s"), .equal, SQLColumn("id", table: "c")), .and,
        SQLBinaryExpression(SQLColumn("municipality", table: "s"), .equal, SQLColumn("municipality", table: "c")))
}
