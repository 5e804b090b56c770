import Foundation
import SporDomain
import SporStore

/// Who opened, wrote or exported a child, newest first: what the team lead reviews.
struct AccessLogModel {
    let child: Child
    let log: [AuditRecord]

    /// The log of a child `user` may open (the same check as the child page).
    static func query(store: Store, user: UserRecord, childID: UUID, now: Date, offers: OfferCatalogue,
                      immediateHelp: ImmediateHelpDefinition) async throws -> AccessLogModel {
        let page = try await ChildPageModel.query(store: store, user: user, childID: childID, now: now, purpose: .reading,
                                                  offers: offers, immediateHelp: immediateHelp)
        return AccessLogModel(child: page.child, log: try await store.accessLog(child: childID))
    }
}
