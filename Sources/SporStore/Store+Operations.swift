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

    /// A child's indicator state joined to its row in `children` (`c`): the same child, of the same municipality.
    static let indicatorStateOfChild = SQLBinaryExpression(
        SQLBinaryExpression(SQLColumn("child_id", table: "s"), .equal, SQLColumn("id", table: "c")), .and,
        SQLBinaryExpression(SQLColumn("municipality", table: "s"), .equal, SQLColumn("municipality", table: "c")))
}
