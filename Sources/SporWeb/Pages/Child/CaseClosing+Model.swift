import Foundation
import SporDomain
import SporStore

/// What closing a child's case leaves behind, shown before she closes it: the deadlines and tasks still open, the
/// measures and placement still running (each with the step that ends it), and the family's open accounts on Min side.
struct CaseClosingModel {
    /// A measure or placement still running, by its offer's name.
    struct Running: Sendable, Hashable {
        let entry: UUID
        let name: String
        let since: Date
        let isPlacement: Bool
        /// The kind of home, for a placement.
        let placementKind: PlacementKind?

        /// The course step that ends it.
        var endStep: CourseStep { isPlacement ? .placementEnd : .measureEnd }
    }

    /// An open deadline or task: its rule's title, what it is about (an agreed action's words), when it is due.
    struct Deadline: Sendable, Hashable {
        let title: LocalizedText
        let detail: String?
        let due: Date
    }

    /// A family account not closed, with the name of whom it is for (nil: the child).
    struct Account: Sendable {
        let record: FamilyAccountRecord
        let holder: String?
    }

    let child: Child
    let isOpen: Bool
    let running: [Running]
    let deadlines: [Deadline]
    let accounts: [Account]

    /// The case cannot be closed while a measure or placement runs (`JournalRules`, `caseHasRunningMeasures`).
    var isBlocked: Bool { !running.isEmpty }

    /// The closing page of the child `page` shows (loaded for `.managingCase`).
    static func query(store: Store, page: ChildPageModel, now: Date) async throws -> CaseClosingModel {
        let accounts = try await store.familyAccounts(child: page.child.id).filter { $0.revokedAt == nil }
        return CaseClosingModel(page: page, accounts: accounts)
    }

    init(child: Child, isOpen: Bool, running: [Running], deadlines: [Deadline], accounts: [Account]) {
        self.child = child
        self.isOpen = isOpen
        self.running = running
        self.deadlines = deadlines
        self.accounts = accounts
    }

    /// The page from the child page's model and the child's family accounts not closed.
    init(page: ChildPageModel, accounts: [FamilyAccountRecord]) {
        let state = page.state
        child = page.child
        isOpen = page.summary?.isOpen == true
        running = state.activeMeasures.map { measure in
            Running(entry: measure.entry, name: page.offers[measure.offer]?.name ?? measure.offer, since: measure.since,
                    isPlacement: measure.isPlacement, placementKind: state.activePlacement?.entry == measure.entry ? state.activePlacement?.kind : nil)
        }
        deadlines = page.obligations.map { obligation in
            let rule = page.ruleBook[obligation.rule]
            let action = obligation.action.flatMap { ChildPageView.agreedAction($0, meeting: obligation.trigger, in: page.timeline) }
            return Deadline(title: rule?.title ?? LocalizedText(da: obligation.rule, en: obligation.rule), detail: action?.what,
                            due: obligation.due)
        }
        self.accounts = accounts.map { account in
            switch account.reader {
            case .child: Account(record: account, holder: nil)
            case .parent(let person): Account(record: account, holder: page.people.first { $0.person.id == person }?.person.fullName ?? "—")
            }
        }
    }
}
