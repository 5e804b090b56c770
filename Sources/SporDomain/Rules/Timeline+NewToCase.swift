import Foundation

/// Whether `author` is new to the case of `timeline` at `before` (Barnets Lov § 137: a notification on a
/// child who already receives help is reassessed with at least one person new to the case).
///
/// New means: wrote no entry in the course (corrections and voided entries included: writing them was
/// taking part) that happened before `before`, and was not assigned as its caseworker before it (a
/// caseworker need not have written anything to know the case). For § 137, `before` is when the
/// notification was received, so what the new person writes while reassessing does not count against them.
public func isNewToCase(author: UUID, before: Date, in timeline: Timeline) -> Bool {
    let wrote = timeline.entries.contains { $0.author == author && $0.occurredAt < before }
    let assigned = timeline.items.contains { item in
        guard item.entry.occurredAt < before, case .caseworkerAssigned(let assignment) = item.effective else {
            return false
        }
        return assignment.caseworker == author
    }
    return !wrote && !assigned
}
