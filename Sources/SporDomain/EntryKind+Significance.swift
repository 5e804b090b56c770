import Foundation

extension EntryKind {
    /// Whether the kind is one of the course's turning points — what a reader scanning a long course wants
    /// to see: worries and meetings, notifications and assessments, investigations, decisions, measures,
    /// plans, follow-ups, placements, transitions, a new caseworker, a closure. Notes, receipts, feedback to
    /// a notifier and corrections are not (they stay in the full timeline).
    public var isSignificant: Bool {
        switch self {
        case .journalNote, .receiptSent, .notifierFeedback, .correction, .consultation:
            false
        default:
            true
        }
    }
}
