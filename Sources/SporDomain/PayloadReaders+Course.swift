import Foundation

extension EntryPayload {
    /// Hand-written readers for the kinds of the course after the intake (see `readDirectly`); nil: read by Codable.
    static func readCourseDirectly(kind: EntryKind, _ value: JSONValue) throws(PayloadObject.Unexpected) -> EntryPayload? {
        switch kind {
        default:
            return nil
        }
    }
}
