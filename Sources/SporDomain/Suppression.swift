/// Small-number suppression, as in Danish official statistics: a cell counting fewer than 5
/// children is shown as "<5", so no aggregate identifies a child.
public enum Suppression {
    public static let threshold = 5

    public static func show(_ count: Int) -> String {
        count < threshold ? "<\(threshold)" : String(count)
    }

    /// A count whose zero tells of no child (no one still taking part in a half-year long past): `none` for zero, any
    /// other count as `show` — where "<5" for a zero would read as if some still were.
    public static func show(_ count: Int, none: String) -> String {
        count == 0 ? none : show(count)
    }
}
