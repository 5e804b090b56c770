import Foundation
import Vapor
import SporDomain
import SporStore
import SporDocuments

/// Data-subject access (indsigt): everything about one child, as the JSON download and the readable page show it.
struct ExportModel {
    struct Export: Content {
        struct Identity: Codable {
            let id: UUID
            let cpr: String?
            let givenName: String
            let familyName: String
            let birthDate: String
            let sex: String
            let district: String
            let institution: String?
        }

        struct Relative: Codable {
            let givenName: String
            let familyName: String
            let relation: String
            let hasCustody: Bool
        }

        struct Access: Codable {
            let at: Date
            let who: String?
            let role: String?
            let action: String
        }

        let exportedAt: Date
        let child: Identity
        let family: [Relative]
        let journal: [ApiController.EntryDTO]
        let accessLog: [Access]
    }

    /// The child page's data (the readable timeline).
    let page: ChildPageModel
    let export: Export
    /// When the journal holds a decision not to inform the parents yet (a preparedness step on a notification about abuse):
    /// the day of the newest such decision. The export shows everything, that decision included, so the caseworker is warned
    /// before it is handed to a parent: whether parts are withheld from access (aktindsigt) is her legal assessment.
    var parentsNotInformedSince: Date? {
        page.timeline.items.filter {
            if case .preparednessStep(let step)? = $0.effective { step.step == .parentsNotInformed } else { false }
        }.map(\.entry.occurredAt).max()
    }

    /// The export of a child the user may manage (`page`, loaded for `.managingCase`), read after the export itself was
    /// logged, so its access log shows it.
    static func query(store: Store, page: ChildPageModel, now: Date) async throws -> ExportModel {
        let child = page.child
        let cpr = try await store.cpr(child: child.id)
        let family = try await store.relations(child: child.id).map {
            Export.Relative(givenName: $0.person.givenName, familyName: $0.person.familyName,
                            relation: $0.relation.kind.rawValue, hasCustody: $0.relation.hasCustody)
        }
        let access = try await store.accessLog(child: child.id, limit: 100_000).map {
            Export.Access(at: $0.at, who: $0.userDisplayName, role: $0.userRole?.rawValue, action: $0.action.rawValue)
        }
        let export = Export(
            exportedAt: now,
            child: .init(id: child.id, cpr: cpr?.formatted, givenName: child.givenName, familyName: child.familyName,
                         // An expected child has neither a birth date nor a sex yet: its due date stands in (`ExpectedChild.swift`).
                         birthDate: child.birthDate.iso, sex: child.isExpected ? "" : child.sex.rawValue, district: child.district,
                         institution: child.institution),
            family: family,
            // An export goes to the family (indsigt), and the family never reads who notified.
            journal: ApiController.entryDTOs(page.timeline, showsNotifier: false),
            accessLog: access)
        return ExportModel(page: page, export: export)
    }
}

extension ExportModel {
    /// Every file the child's journal holds — each letter's files and each attachment's — once each, in journal order:
    /// what the export with files carries beside the journal.
    static func storedFiles(_ timeline: Timeline) -> [StoredFile] {
        var seen = Set<String>()
        return timeline.entries.flatMap { entry -> [StoredFile] in
            switch entry.payload {
            case .letter(let letter): letter.files
            case .attachment(let attachment): [attachment.file]
            default: []
            }
        }.filter { seen.insert($0.sha256).inserted }
    }

    /// The export as a ZIP: `indsigt.json` (the journal, as the JSON download) and `filer/<hash>-<name>` for each file,
    /// read back from the files folder (and checked against its hash on the way).
    static func archive(json: [UInt8], files: [StoredFile], store: SealedFiles) throws -> [UInt8] {
        var entries = [ZIPWriter.Entry(path: "indsigt.json", bytes: json)]
        for file in files {
            let name = AttachmentContent(mediaType: file.mediaType)?.downloadName(file.name) ?? "fil"
            entries.append(ZIPWriter.Entry(path: "filer/\(file.sha256.prefix(12))-\(name)", bytes: Array(try store.get(file.sha256))))
        }
        return try ZIPWriter().archive(entries)
    }
}
