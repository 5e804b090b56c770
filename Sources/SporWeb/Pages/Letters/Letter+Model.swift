import Foundation
import Vapor
import SporDomain
import SporStore

/// A finalised letter as it was sent: its entry, the text and files it holds, and when it was handed over.
struct LetterModel {
    let page: ChildPageModel
    let entry: Entry
    let letter: Letter
    let handovers: [Entry]
    /// The letters that replaced this one (a correction writes a new letter; this one stays).
    let author: String?

    /// The letter `entryID` of the child of `page`; anything else is not found.
    init(page: ChildPageModel, entryID: UUID) throws {
        guard let entry = page.timeline.entries.first(where: { $0.id == entryID }), case .letter(let letter) = entry.payload else {
            throw Abort(.notFound)
        }
        self.page = page
        self.entry = entry
        self.letter = letter
        self.handovers = page.timeline.entries.filter {
            if case .letterHandedOver(let handover) = $0.payload { return handover.letter == entryID }
            return false
        }
        self.author = page.staff[entry.author]?.displayName
    }

    init(page: ChildPageModel, entry: Entry, letter: Letter, handovers: [Entry], author: String?) {
        self.page = page
        self.entry = entry
        self.letter = letter
        self.handovers = handovers
        self.author = author
    }
}
