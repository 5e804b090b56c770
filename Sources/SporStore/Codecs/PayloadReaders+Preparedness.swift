import Foundation
import SporDomain

extension EntryPayload {
    /// The hand-written reader of a preparedness step on a notification about abuse (see `readDirectly`); nil: another kind.
    static func readPreparednessDirectly(kind: EntryKind, _ value: JSONValue) throws(PayloadObject.Unexpected) -> EntryPayload? {
        guard kind == .preparednessStep else { return nil }
        let step = try PayloadObject(value)
        return .preparednessStep(PreparednessStep(
            notification: try step.uuid("notification"), step: try step.case("step"), parentsSuspected: try step.boolIfPresent("parentsSuspected"),
            conversation: try step.uuidIfPresent("conversation"), police: try step.caseIfPresent("police"),
            childrensHouse: try step.caseIfPresent("childrensHouse"), reason: try step.stringIfPresent("reason"), note: try step.stringIfPresent("note")))
    }
}
