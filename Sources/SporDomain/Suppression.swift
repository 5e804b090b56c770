/// Small-number suppression, as in Danish official statistics: a cell counting fewer than 5
/// children is shown as "<5", so no aggregate identifies a child.
public enum Suppression {
    public static let threshold = 5

    public static func show(_ count: Int) -> String {
        count < threshold ? "<\(threshold)" : String(count)
    }
}
