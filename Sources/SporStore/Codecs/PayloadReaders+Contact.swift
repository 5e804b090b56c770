import Foundation
import SporDomain

extension EntryPayload {
    /// Hand-written readers of a placed child's contact plans and visits (see `readDirectly`); nil: another kind.
    static func readContactDirectly(kind: EntryKind, _ value: JSONValue) throws(PayloadObject.Unexpected) -> EntryPayload? {
        switch kind {
        case .contactPlan:
            let plan = try PayloadObject(value)
            return .contactPlan(ContactPlan(
                placement: try plan.uuid("placement"), supersedes: try plan.uuidIfPresent("supersedes"), person: try plan.uuidIfPresent("person"),
                otherName: try plan.stringIfPresent("otherName"), visits: try plan.int("visits"), period: try plan.case("period"),
                supervised: try plan.boolIfPresent("supervised"), from: try plan.date("from"), note: try plan.stringIfPresent("note")))
        case .contactVisit:
            let visit = try PayloadObject(value)
            return .contactVisit(ContactVisit(
                plan: try visit.uuid("plan"), day: try visit.date("day"), cancelledBy: try visit.caseIfPresent("cancelledBy"),
                reason: try visit.stringIfPresent("reason"), note: try visit.stringIfPresent("note")))
        default:
            return nil
        }
    }
}
