import Foundation
import Vapor
import SporDomain
import SporStore

/// *Underretning om ufødt barn*: the expected child, and what the form offers (as the intake form: the channels a
/// notification received outside Spor can have, the professions of a professional notifier).
struct NotificationBeforeBirthModel {
    let child: Child
    let channels: [NotificationChannel]
    let professions: [ConcernSource]

    /// The expected child `id` the user may manage; someone else's, one already born, or none is not found alike.
    static func query(store: Store, user: UserRecord, now: Date, childID: UUID) async throws -> NotificationBeforeBirthModel {
        let child = try await MeetingModel.managedChild(store: store, user: user, id: childID, now: now)
        guard child.isExpected else { throw Abort(.notFound) }
        return NotificationBeforeBirthModel(child: child, channels: IntakeController.registrableChannels, professions: IntakeController.professions)
    }
}
