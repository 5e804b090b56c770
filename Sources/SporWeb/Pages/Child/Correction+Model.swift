import Foundation
import Vapor
import SporDomain
import SporStore

/// The page to correct one entry: the child's page data and the entry as the timeline reads it now.
struct CorrectionModel {
    let page: ChildPageModel
    let item: Timeline.Item
    /// For an entry a course step records: that step's form, opened with the entry's values, to amend it.
    let step: CourseStepModel?

    /// The entry `entryID` of the child, once `user` may manage the child's case; an entry the child has not is not found
    /// (and outside one's cases, its existence is not told either: the access check comes first).
    static func query(store: Store, user: UserRecord, childID: UUID, entryID: UUID, now: Date, offers: OfferCatalogue,
                      immediateHelp: ImmediateHelpDefinition) async throws -> CorrectionModel {
        let page = try await ChildPageModel.query(store: store, user: user, childID: childID, now: now, purpose: .managingCase,
                                                  offers: offers, immediateHelp: immediateHelp)
        return try CorrectionModel(page: page, entryID: entryID)
    }

    init(page: ChildPageModel, item: Timeline.Item) {
        self.page = page
        self.item = item
        self.step = CourseStepModel.amending(item, page: page)
    }

    /// The entry `entryID` in a loaded page.
    init(page: ChildPageModel, entryID: UUID) throws {
        guard let item = page.timeline.items.first(where: { $0.entry.id == entryID }) else { throw Abort(.notFound) }
        self.init(page: page, item: item)
    }

    /// The name of the correction's form (a refusal of it comes back to this page).
    var formName: String { CorrectionModel.formName(item.entry.id) }
    static func formName(_ entry: UUID) -> String { "correct-\(entry.uuidString)" }
    /// The name of the form that voids an entry a step's form amends (a refusal of it comes back to this page too).
    var voidFormName: String { "\(formName)-void" }
}
