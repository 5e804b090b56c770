import Foundation
import SporDomain
import SporStore

/// The page to attach a document that came in to a child's journal: whose journal, and the day the form offers.
struct AttachmentUploadModel: Sendable {
    let childID: UUID
    let childName: String
    /// Offered as the day the document is dated (most come in the day they are attached).
    let today: LocalDate

    /// The form's name on its page (a refusal of it comes back here).
    static let form = "attachment"

    /// The page for the child `childID`, once `user` may manage the child's case (the steps of a course need the case).
    static func query(store: Store, user: UserRecord, childID: UUID, now: Date, offers: OfferCatalogue,
                      immediateHelp: ImmediateHelpDefinition) async throws -> AttachmentUploadModel {
        AttachmentUploadModel(page: try await ChildPageModel.query(store: store, user: user, childID: childID, now: now, purpose: .managingCase,
                                                                   offers: offers, immediateHelp: immediateHelp), now: now)
    }

    init(page: ChildPageModel, now: Date) {
        self.init(childID: page.child.id, childName: page.child.fullName, today: DanishTime.localDate(of: now))
    }

    init(childID: UUID, childName: String, today: LocalDate) {
        self.childID = childID
        self.childName = childName
        self.today = today
    }
}
