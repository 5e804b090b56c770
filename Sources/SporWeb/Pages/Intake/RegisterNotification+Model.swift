import Foundation
import SporDomain
import SporStore

/// *Registrér underretning*: what the form offers (the channels a notification received outside Spor can have, the
/// professions of a professional notifier) and where the user came from.
struct RegisterNotificationModel {
    let channels: [NotificationChannel]
    let professions: [ConcernSource]
    /// A checked local path the user lands on after saving.
    let returnTo: String?

    static func query(store: Store, user: UserRecord, now: Date, returnTo: String?) async throws -> RegisterNotificationModel {
        RegisterNotificationModel(channels: IntakeController.registrableChannels, professions: IntakeController.professions,
                                  returnTo: LanguageController.localPath(returnTo))
    }
}
