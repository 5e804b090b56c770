import Foundation
import SporDomain

/// The investigation opened from the preparedness checklist: the assessment step's own form, with the kind (a § 20
/// investigation) and the notification about abuse chosen — only a notification of this child is offered.
extension CourseStepModel {
    static func offered(step: CourseStep, kind: String?, notification: String?, model: CourseStepModel) -> [String: String] {
        guard step == .assessment else { return [:] }
        var values: [String: String] = [:]
        if let kind, [EntryKind.investigation.rawValue, EntryKind.focusedAssessment.rawValue].contains(kind) { values["kind"] = kind }
        if let notification, model.notifications.contains(where: { $0.id.uuidString == notification }) { values["notification"] = notification }
        return values
    }
}
