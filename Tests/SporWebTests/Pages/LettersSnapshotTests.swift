import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
import SporDocuments
@testable import SporStore
@testable import SporWeb

/// Letters in Danish and English (`__Snapshots__/LettersSnapshotTests`): a receipt drafted from a teacher's notification,
/// a free letter to the mother refused without a recipient, a letter as it was sent, and a letter on the timeline. What
/// they do is asserted in `LettersTests`.
final class LettersSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static let letter = Letter(kind: .free, template: "free", templateVersion: 1, concerns: nil,
                               recipients: [LetterRecipient(role: .custodyHolder, name: "Mette <Andersen>", person: C.mother.id)],
                               plainLanguage: false, subject: "Vedrørende Alma Andersen",
                               body: "Kære Mette Andersen\n\nTak for mødet i fredags.\nVi ses igen den 4. december.\n\nMed venlig hilsen\nSara Sagsbehandler",
                               files: [StoredFile(sha256: String(repeating: "ab", count: 32), size: 20_480, mediaType: "application/pdf", name: "brev-00000000.pdf"),
                                       StoredFile(sha256: String(repeating: "cd", count: 32), size: 9_216, mediaType: DOCXWriter.mediaType, name: "brev-00000000.docx")])

    func testAReceiptDraftedFromTheNotification() throws {
        let model = try LetterDraftModel.query(page: try C.page(), kind: .receipt, concerns: F.id(101), plainLanguage: false,
                                               template: .standard(.receipt), now: F.now, pdfAvailable: true)
        assertPageSnapshots(named: "receipt", user: F.caseworker, path: SiteURL.child(C.childID, .letterNew(.value("receipt"))).path) { context in
            LetterDraftView.body(model, refusal: nil, context)
        }
    }

    func testAFreeLetterRefusedWithoutARecipientWhereNoPDFEngineIsInstalled() throws {
        let model = try LetterDraftModel.query(page: try C.page(), kind: .free, concerns: nil, plainLanguage: false,
                                               template: .standard(.free), now: F.now, pdfAvailable: false)
        assertPageSnapshots(named: "free-refused", user: F.caseworker, path: SiteURL.child(C.childID, .letterNew(.value("free"))).path) { context in
            LetterDraftView.body(model, refusal: Refusal(form: model.formName, field: "recipients", message: Strings.letterRecipientMissing(context.language),
                                                         values: FormValues(["subject": "Vedrørende Alma", "body": "Kære …"])), context)
        }
    }

    func testALetterAsItWasSent() throws {
        let page = try C.page()
        let entry = C.entry(120, .letter(Self.letter), hoursAgo: 1, by: F.caseworker)
        let handover = C.entry(121, .letterHandedOver(LetterHandover(letter: entry.id, channel: "outbox", reference: "x.pdf")), hoursAgo: 1,
                               by: F.caseworker)
        let model = LetterModel(page: page, entry: entry, letter: Self.letter, handovers: [handover], author: F.caseworker.displayName)
        assertPageSnapshots(named: "sent", user: F.caseworker, path: SiteURL.child(C.childID, .letter(.value(entry.id))).path) { context in
            LetterView.body(model, refusal: nil, context)
        }
    }

    func testALetterOnTheTimeline() throws {
        let entries = C.entries + [C.entry(120, .letter(Self.letter), hoursAgo: 1, by: F.caseworker)]
        let timeline = Timeline(entries)
        let model = ChildPageModel(user: F.caseworker, child: C.child, summary: nil, timeline: timeline,
                                   staff: [F.caseworker.id: F.caseworker, F.professional.id: F.professional, F.lead.id: F.lead],
                                   assignable: [], obligations: [], people: [], filter: TimelineFilter(),
                                   offers: try OfferCatalogue(offers: []), state: timeline.state(), grounds: .ownTeam)
        let item = try XCTUnwrap(timeline.items.first { $0.entry.id == F.id(120) })
        assertPageSnapshots(named: "timeline", user: F.caseworker, path: C.childPath) { context in
            .ol(.class("timeline"), ChildPageView.entry(item, model, context, nil))
        }
    }

    func testTheTemplatesAndATemplateRefusedWithTheEnginesMessage() {
        let list = LetterTemplatesModel(templates: LetterTemplate.defaults)
        assertPageSnapshots(named: "templates", user: F.admin, path: SiteURL.letterTemplates.path) { context in
            LetterTemplatesView.body(list, refusal: nil, context)
        }
        let model = LetterTemplateModel(template: .standard(.decision))
        assertPageSnapshots(named: "template-refused", user: F.admin, path: SiteURL.letterTemplate(.value("decision")).path) { context in
            LetterTemplateView.body(model, refusal: Refusal(field: "body", message: Strings.letterTemplateInvalid.filled("unfinishedName (line 1, column 9): Kære {{modtager")(context.language),
                                                            values: FormValues(["subject": "Afgørelse", "body": "Kære {{modtager", "plainSubject": "x", "plainBody": "y"])), context)
        }
    }
}
