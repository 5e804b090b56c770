import Foundation
import SporDomain
import SporStore

/// What the portal's pages show, read from the signed-in account's own child: never a child named in the request.
struct PortalModel: Sendable {
    let account: FamilyAccountRecord
    let child: Child
    let age: Int
    let view: FamilyView
    let caseworkerName: String?
    let offers: OfferCatalogue
    /// The parent's own name, for a parent's account.
    let parentName: String?
    /// Decision letters and plans sent to this reader (issue 22).
    var letters: [FamilyLetter] = []

    /// `immediateHelp` and `offers` are the municipality's configuration.
    static func query(store: Store, account: FamilyAccountRecord, now: Date, immediateHelp: ImmediateHelpDefinition,
                      offers: OfferCatalogue) async throws -> PortalModel {
        // The account names its child; no request parameter can name another.
        guard let child = try await store.child(id: account.child) else { throw PortalChildMissing() }
        let timeline = try await store.timeline(child: child.id)
        let view = FamilyView(timeline: timeline, state: timeline.state(immediateHelp: immediateHelp), reader: account.reader, author: account.id)
        var caseworkerName: String?
        if let caseworker = view.caseworker { caseworkerName = try await store.user(id: caseworker)?.displayName }
        var parentName: String?
        if case .parent(let person) = account.reader {
            parentName = try await store.relations(child: child.id).first { $0.person.id == person }?.person.fullName
        }
        return PortalModel(account: account, child: child, age: child.birthDate.age(on: DanishTime.localDate(of: now)), view: view,
                           caseworkerName: caseworkerName, offers: offers, parentName: parentName,
                           letters: FamilyView.letters(timeline, reader: account.reader))
    }

    var isChild: Bool { account.reader == .child }

    /// The page's title: "Min plan", or "Tobias' plan" for a parent.
    var title: LocalizedText {
        isChild ? Strings.myPlanTitle : LocalizedText(da: Strings.parentPlanTitle(.da, PortalView.genitive(child.givenName, .da)),
                                                      en: Strings.parentPlanTitle(.en, PortalView.genitive(child.givenName, .en)))
    }
}

/// The account's child is not in the store (answered as not found).
struct PortalChildMissing: Error {}
