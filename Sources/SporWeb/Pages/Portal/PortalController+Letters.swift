import Foundation
import Vapor
import SporDomain
import SporStore

extension PortalController {
    /// A letter's file for the signed-in family: only a decision letter or plan of the account's own child, addressed to
    /// this reader (anything else is not found); audited with ids only.
    @Sendable static func letterFile(_ request: Request) async throws -> Response {
        let account = try request.requireFamily()
        guard let entryID = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let hash = request.parameters.get("sha256") ?? ""
        let timeline = try await request.store.timeline(child: account.child)
        guard let letter = FamilyView.letters(timeline, reader: account.reader).first(where: { $0.entry == entryID }),
              let file = letter.files.first(where: { $0.sha256 == hash }), let files = request.store.files else { throw Abort(.notFound) }
        let data = try files.get(file.sha256)
        try await request.store.audit(.downloadLetter, user: account.id, child: account.child, entry: entryID, now: request.now)
        return LettersController.fileResponse(data, file)
    }
}
