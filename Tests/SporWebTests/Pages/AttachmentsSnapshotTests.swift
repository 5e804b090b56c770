import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Attachments in Danish and English (`__Snapshots__/AttachmentsSnapshotTests`): the form, the form refused for a file
/// that is not a kind Spor takes, and an attachment on the timeline. What they do is asserted in `AttachmentTests`.
final class AttachmentsSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static var path: String { SiteURL.child(C.childID, .attachmentsNew).path }
    static let model = AttachmentUploadModel(childID: C.childID, childName: C.child.fullName, today: DanishTime.localDate(of: F.now))

    func testAttachingADocument() {
        assertPageSnapshots(named: "form", user: F.caseworker, path: Self.path) { context in
            AttachmentUploadView.body(Self.model, refusal: nil, context)
        }
    }

    func testAttachingAFileThatIsNoDocument() {
        assertPageSnapshots(named: "refused", user: F.caseworker, path: Self.path) { context in
            AttachmentUploadView.body(Self.model, refusal: Refusal(form: AttachmentUploadModel.form, field: "file",
                                                                   message: Strings.attachmentFileType(context.language),
                                                                   values: FormValues(["title": "Lægens brev", "dated": "2026-11-20",
                                                                                       "sender": "Egen læge"])), context)
        }
    }

    func testAnAttachmentOnTheTimeline() throws {
        let attachment = Attachment(title: "Skolens udtalelse", dated: LocalDate(year: 2026, month: 11, day: 20)!, sender: "Grenaa Skole, klasselærer",
                                    file: StoredFile(sha256: String(repeating: "ab", count: 32), size: 348_160, mediaType: "application/pdf",
                                                     name: "Udtalelse <skole> \"Alma\".pdf"))
        let entries = C.entries + [C.entry(110, .attachment(attachment), hoursAgo: 1, by: F.caseworker)]
        let timeline = Timeline(entries)
        let model = ChildPageModel(user: F.caseworker, child: C.child, summary: nil, timeline: timeline,
                                   staff: [F.caseworker.id: F.caseworker, F.professional.id: F.professional, F.lead.id: F.lead],
                                   assignable: [], obligations: [], people: [], filter: TimelineFilter(),
                                   offers: try OfferCatalogue(offers: []), state: timeline.state(), grounds: .ownTeam)
        let item = try XCTUnwrap(timeline.items.first { $0.entry.id == F.id(110) })
        assertPageSnapshots(named: "timeline", user: F.caseworker, path: C.childPath) { context in
            .ol(.class("timeline"), ChildPageView.entry(item, model, context, nil))
        }
    }
}
