import Foundation
import SporDomain
import SporStore

/// The completion of one task (an agreed action, a message from Min side), as its refused form shows it again.
struct TaskCompletionModel {
    let title: LocalizedText
    let childName: String
    let kind: TaskForms.Kind
    let child: UUID
    /// The meeting of an agreed action; the message itself.
    let trigger: UUID
    let action: UUID?
    let user: UserRecord
    let returnTo: String
}
