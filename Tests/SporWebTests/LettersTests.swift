import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporDocuments
@testable import SporStore
@testable import SporWeb
import SporTestSupport

/// Letters (issue 22): drafted from the journal, finalised into DOCX (and PDF where WeasyPrint is installed) sealed in the
/// file store, filed as a `.letter` entry whose SHA-256 is the stored file's, handed to the outbox with an envelope; the
/// receipt letter meets § 138's receipt deadline.
final class LettersTests: XCTestCase {
    var test: TestApp!
    var family: Child!
    var mother: Person!
    var decision: Entry!

    override func setUp() async throws {
        test = try await TestApp()
        let day = { (y: Int, m: Int, d: Int) in LocalDate(year: y, month: m, day: d)! }
        var course = IndicatorFixtures.CourseBuilder(fixture: 91, child: 1, born: day(2012, 5, 4), sex: .female, district: "Område Grenaa")
        let caseworker = test.users[.caseworker]!.id
        let start = day(2026, 3, 2)
        course.add(.notification(Notification(notifierKind: .professional, notifierUser: test.users[.professional]!.id, profession: .teacher,
                                              description: "Carla kommer sulten i skole")), start, 9, by: test.users[.professional]!.id)
        course.add(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), start, 11, by: caseworker)
        let heard = course.conversation(start.adding(days: 10))
        decision = course.decision(start.adding(days: 12), offers: ["familiebehandling"], basis: .treatment, heardIn: heard)
        family = Child(id: course.facts.id, municipality: 707, givenName: "Carla", familyName: "Familiesen", birthDate: day(2012, 5, 4),
                       sex: .female, district: "Område Grenaa")
        mother = Person(municipality: 707, givenName: "Mette", familyName: "Familiesen")
        try await test.store.importFamilies([Store.FamilyImport(
            children: [(family, try CPR("040512-4328"), course.entries)], parents: [mother],
            relations: [Relation(child: family.id, person: mother.id, kind: .mother, hasCustody: true)])],
            by: caseworker, now: TestApp.now)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var outbox: String { test.app.spor.settings.outboxDirectory }

    func testALetterToTheChildCarriesTheChildsCPRNumberInItsEnvelopeForDigitalPost() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        _ = try await caseworker.get("/children/\(family.id)/letters/new/decision?concerns=\(decision.id)&plain=1")
        let sent = try await caseworker.post("/children/\(family.id)/letters/new/decision",
                                             ["concerns": decision.id.uuidString, "to-child": "1", "to-\(mother.id.uuidString)": "1",
                                              "subject": "Om din hjælp", "body": "Kære Carla\n\nDu får hjælp af en familiebehandler."])
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        let entries = try await test.store.timeline(child: family.id).entries
        let handover = try XCTUnwrap(entries.first { $0.kind == .letterHandedOver })
        guard case .letterHandedOver(let handedOver) = handover.payload, let name = handedOver.reference else { return XCTFail("no handover") }
        let envelope = try JSONDecoder().decode(OutboxDelivery.Envelope.self,
                                                from: try XCTUnwrap(FileManager.default.contents(atPath: outbox + "/" + name + ".json")))
        let byRole = Dictionary(uniqueKeysWithValues: envelope.recipients.map { ($0.role, $0.cpr) })
        XCTAssertEqual(byRole["child"], .some("0405124328"))
        XCTAssertEqual(byRole["custodyHolder"], .some(nil))
    }

    func testTheDecisionLetterIsDraftedFromTheDecisionFinalisedFiledAndHandedToTheOutbox() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let child = try await caseworker.get("/children/\(family.id)")
        let draftPath = "/children/\(family.id)/letters/new/decision?concerns=\(decision.id)"
        XCTAssertTrue(child.body.string.contains(draftPath.replacingOccurrences(of: "&", with: "&amp;")), "'Skriv brev' beside the decision")
        let draft = try await caseworker.get(draftPath)
        XCTAssertEqual(draft.status, .ok)
        let html = draft.body.string
        XCTAssertTrue(html.contains("Familiebehandling efter § 32, stk. 1, nr. 5"), "the measure and its provision")
        XCTAssertTrue(html.contains("Undersøgelsens konklusion og barnets egne ord"), "the reasons")
        XCTAssertTrue(html.contains("påklages til Ankestyrelsen inden 4 uger"), "the complaint guidance")
        XCTAssertTrue(html.contains("Kære Mette Familiesen"), "the parent with custody")

        // No recipient: refused, nothing saved, nothing in the outbox.
        let body = LetterTemplate.standard(.decision)
        let refused = try await caseworker.post("/children/\(family.id)/letters/new/decision",
                                                ["concerns": decision.id.uuidString, "subject": "Afgørelse", "body": "Tekst"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.letterRecipientMissing(.da)))
        let none = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .letter }
        XCTAssertEqual(none.count, 0)
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: outbox))?.count ?? 0, 0, "nothing in the outbox")
        _ = body

        let text = "Kære Mette Familiesen\n\nVi har bevilget familiebehandling.\n\nBegrundelse: Undersøgelsens konklusion og barnets egne ord"
        let sent = try await caseworker.post("/children/\(family.id)/letters/new/decision",
                                             ["concerns": decision.id.uuidString, "to-\(mother.id.uuidString)": "1",
                                              "subject": "Afgørelse om hjælp til Carla Familiesen", "body": text])
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        let entries = try await test.store.timeline(child: family.id).entries
        let letterEntry = try XCTUnwrap(entries.first { $0.kind == .letter })
        guard case .letter(let letter) = letterEntry.payload else { return XCTFail("not a letter") }
        XCTAssertEqual(letter.kind, .decision)
        XCTAssertEqual(letter.concerns, decision.id)
        XCTAssertEqual(letter.body, text)
        XCTAssertEqual(letter.recipients, [LetterRecipient(role: .custodyHolder, name: "Mette Familiesen", person: mother.id)])
        XCTAssertTrue(letter.files.contains { $0.mediaType == DOCXWriter.mediaType })
        if PDFEngine.find() != nil || ProcessInfo.processInfo.environment["SPOR_REQUIRE_TOOLS"] == "1" {
            XCTAssertEqual(letter.files.first?.mediaType, "application/pdf", "WeasyPrint is installed: the PDF is filed and sent")
        } else {
            XCTAssertEqual(letter.files.map(\.mediaType), [DOCXWriter.mediaType], "without a PDF engine the letter is filed as DOCX")
        }
        let files = try XCTUnwrap(test.store.files)
        for file in letter.files {
            let data = try files.get(file.sha256)
            XCTAssertEqual(SealedFiles.sha256(data), file.sha256, "the journal's SHA-256 is the stored file's")
            XCTAssertEqual(data.count, file.size)
        }
        // The handover in the same transaction, naming the outbox file; the outbox holds the letter and its envelope.
        let handover = try XCTUnwrap(entries.first { $0.kind == .letterHandedOver })
        guard case .letterHandedOver(let handedOver) = handover.payload else { return XCTFail("not a handover") }
        XCTAssertEqual(handedOver.letter, letterEntry.id)
        XCTAssertEqual(handedOver.channel, "outbox")
        let name = try XCTUnwrap(handedOver.reference)
        let sentFile = try XCTUnwrap(FileManager.default.contents(atPath: outbox + "/" + name))
        XCTAssertEqual(SealedFiles.sha256(sentFile), letter.files[0].sha256)
        let envelope = try JSONDecoder().decode(OutboxDelivery.Envelope.self,
                                                from: try XCTUnwrap(FileManager.default.contents(atPath: outbox + "/" + name + ".json")))
        XCTAssertEqual(envelope.entry, letterEntry.id)
        XCTAssertEqual(envelope.subject, "Afgørelse om hjælp til Carla Familiesen")
        XCTAssertEqual(envelope.recipients.map(\.name), ["Mette Familiesen"])
        XCTAssertEqual(envelope.recipients.map(\.cpr), [nil], "the register holds no CPR number for a parent")
        XCTAssertEqual(envelope.sha256, letter.files[0].sha256)
        let mode = try FileManager.default.attributesOfItem(atPath: outbox)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o700)

        // The timeline shows it; it opens as it was sent; its files download with their type, audited with ids.
        let page = try await caseworker.get("/children/\(family.id)")
        XCTAssertTrue(page.body.string.contains("Afgørelse om hjælp til Carla Familiesen"))
        let opened = try await caseworker.get("/children/\(family.id)/letters/\(letterEntry.id)")
        XCTAssertEqual(opened.status, .ok)
        XCTAssertTrue(opened.body.string.contains("Vi har bevilget familiebehandling."))
        for file in letter.files {
            let download = try await caseworker.get("/children/\(family.id)/letters/\(letterEntry.id)/files/\(file.sha256)")
            XCTAssertEqual(download.status, .ok)
            XCTAssertEqual(download.headers.first(name: .contentType), file.mediaType)
            XCTAssertEqual(SealedFiles.sha256(Data(download.body.readableBytesView)), file.sha256)
            // The same download path as an attachment's: a header-safe name, never sniffed.
            XCTAssertEqual(download.headers.first(name: "X-Content-Type-Options"), "nosniff")
            XCTAssertEqual(download.headers.first(name: .contentDisposition), #"attachment; filename="\#(file.name)""#)
        }
        let audit = try await test.store.accessLog(child: family.id)
        XCTAssertEqual(audit.filter { $0.action == .downloadLetter && $0.entry == letterEntry.id }.count, letter.files.count)
        // A correction writes a new letter from this one's text; the first stays.
        XCTAssertTrue(opened.body.string.contains("from=\(letterEntry.id)"))
        let correction = try await caseworker.get("/children/\(family.id)/letters/new/decision?concerns=\(decision.id)&from=\(letterEntry.id)")
        XCTAssertTrue(correction.body.string.contains("Vi har bevilget familiebehandling."))
        let corrected = try await caseworker.post("/children/\(family.id)/letters/new/decision",
                                                  ["concerns": decision.id.uuidString, "to-\(mother.id.uuidString)": "1",
                                                   "subject": "Afgørelse om hjælp til Carla Familiesen (rettet)", "body": text + "\n\nRettet."])
        XCTAssertEqual(corrected.status, .seeOther)
        let both = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .letter }
        XCTAssertEqual(both.count, 2)
        XCTAssertTrue(both.contains { $0.id == letterEntry.id && $0.payload == letterEntry.payload }, "the first stays as it was")
        let unknown = try await caseworker.get("/children/\(family.id)/letters/\(letterEntry.id)/files/\(String(repeating: "0", count: 64))")
        XCTAssertEqual(unknown.status, .notFound)
        // Another child's path does not open this child's letter.
        let elsewhere = try await caseworker.get("/children/\(test.child.id)/letters/\(letterEntry.id)")
        XCTAssertEqual(elsewhere.status, .notFound)
    }

    /// The mother sees the decision letter sent to her on Min side and downloads it (audited); a letter to no one of the
    /// family is not listed, and its file is not found for her; the child's account sees neither.
    /// The invitation's template leaves the time and the place for the caseworker to write ("[skriv dato og tidspunkt]").
    /// Sent as drafted it is refused, naming the mark, and nothing is filed or handed over; written in, it is sent.
    func testAnInvitationIsNotSentWithTheTemplatesMarksLeftIn() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let draft = try await caseworker.get("/children/\(family.id)/letters/new/invitation")
        XCTAssertEqual(draft.status, .ok)
        // What the browser sends as drafted (the mother checked, the template's text).
        var form = try HTMLForm.values(draft.body.string, formID: "letter-form")
        let drafted = try XCTUnwrap(form["body"])
        XCTAssertTrue(drafted.contains("[skriv dato og tidspunkt]"), drafted)
        XCTAssertEqual(form["to-\(mother.id.uuidString)"], "1")
        let before = try await test.store.timeline(child: family.id).entries.count
        let refused = try await caseworker.post("/children/\(family.id)/letters/new/invitation", form)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        // Both marks at once: one correction is enough.
        XCTAssertTrue(refused.body.string.contains("Skriv det, der mangler, i stedet for [skriv dato og tidspunkt], [skriv stedet]."),
                      refused.body.string)
        // What was typed stays in the form.
        XCTAssertTrue(refused.body.string.contains("Vi vil gerne invitere dig"))
        // A mark is the caseworker's own text: named in the refusal as text, never as markup.
        form["body"] = drafted + "\n[skriv <b>noget</b>]"
        let hostile = try await caseworker.post("/children/\(family.id)/letters/new/invitation", form)
        XCTAssertEqual(hostile.status, .unprocessableEntity)
        XCTAssertTrue(HTMLForm.alert(hostile.body.string).contains("[skriv &lt;b&gt;noget&lt;/b&gt;]"), HTMLForm.alert(hostile.body.string))
        let after = try await test.store.timeline(child: family.id).entries.count
        XCTAssertEqual(after, before)
        let filledIn = drafted.replacingOccurrences(of: "[skriv dato og tidspunkt]", with: "tirsdag den 17. marts 2026 kl. 10.00")
            .replacingOccurrences(of: "[skriv stedet]", with: "Rådhuset, Grenaa")
        form["body"] = filledIn
        let sent = try await caseworker.post("/children/\(family.id)/letters/new/invitation", form)
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        let entries = try await test.store.timeline(child: family.id).entries
        XCTAssertEqual(entries.filter { $0.kind == .letter }.count, 1)
        XCTAssertEqual(entries.filter { $0.kind == .letterHandedOver }.count, 1)
    }

    func testTheParentSeesTheDecisionLetterSentToHerOnMinSide() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get("/children/\(family.id)/letters/new/decision?concerns=\(decision.id)")
        let sent = try await caseworker.post("/children/\(family.id)/letters/new/decision",
                                             ["concerns": decision.id.uuidString, "to-\(mother.id.uuidString)": "1",
                                              "subject": "Afgørelse om hjælp til Carla", "body": "Kære Mette\n\nVi har bevilget familiebehandling."])
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        try await caseworker.get("/children/\(family.id)/letters/new/free")
        let other = try await caseworker.post("/children/\(family.id)/letters/new/free",
                                              ["to-child": "1", "subject": "Et frit brev til Carla", "body": "Hej Carla"])
        XCTAssertEqual(other.status, .seeOther, other.body.string)
        let entries = try await test.store.timeline(child: family.id).entries
        // Both were written at the same instant: told apart by their kind, not their order.
        let isDecisionLetter = { (entry: Entry) -> Bool in if case .letter(let letter) = entry.payload { return letter.kind == .decision }; return false }
        guard let letterEntry = entries.first(where: isDecisionLetter), case .letter(let letter) = letterEntry.payload,
              let freeEntry = entries.first(where: { $0.kind == .letter && !isDecisionLetter($0) }), case .letter(let free) = freeEntry.payload else {
            return XCTFail("no letters")
        }

        func account(_ reader: String, _ username: String) async throws -> Browser {
            try await caseworker.get("/children/\(family.id)/family")
            let made = try await caseworker.post("/children/\(family.id)/family", ["reader": reader])
            let code = try XCTUnwrap(made.body.string.range(of: #"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"#, options: .regularExpression)
                .map { String(made.body.string[$0]) })
            let browser = Browser(test.app)
            try await browser.get("/portal/activate")
            let activated = try await browser.post("/portal/activate", ["code": code, "username": username, "password": "grøn hest hopper højt",
                                                                        "repeat": "grøn hest hopper højt"])
            XCTAssertEqual(activated.status, .seeOther, activated.body.string)
            return browser
        }
        let parent = try await account(mother.id.uuidString, "mette")
        let home = try await parent.get("/portal")
        XCTAssertTrue(home.body.string.contains("Afgørelse om hjælp til Carla"))
        XCTAssertFalse(home.body.string.contains("Et frit brev til Carla"))
        for file in letter.files {
            let download = try await parent.get("/portal/letters/\(letterEntry.id)/\(file.sha256)")
            XCTAssertEqual(download.status, .ok)
            XCTAssertEqual(download.headers.first(name: .contentType), file.mediaType)
            XCTAssertEqual(SealedFiles.sha256(Data(download.body.readableBytesView)), file.sha256)
            // The same download path as an attachment's: a header-safe name, never sniffed.
            XCTAssertEqual(download.headers.first(name: "X-Content-Type-Options"), "nosniff")
            XCTAssertEqual(download.headers.first(name: .contentDisposition), #"attachment; filename="\#(file.name)""#)
        }
        let notHers = try await parent.get("/portal/letters/\(freeEntry.id)/\(free.files[0].sha256)")
        XCTAssertEqual(notHers.status, .notFound)
        let log = try await test.store.accessLog(child: family.id)
        XCTAssertEqual(log.filter { $0.action == .downloadLetter && $0.entry == letterEntry.id }.count, letter.files.count)

        let youth = try await account("child", "carla14")
        let page = try await youth.get("/portal")
        XCTAssertFalse(page.body.string.contains("Afgørelse om hjælp til Carla"), "a letter to her mother is not the child's")
        let refused = try await youth.get("/portal/letters/\(letterEntry.id)/\(letter.files[0].sha256)")
        XCTAssertEqual(refused.status, .notFound)
        // Staff do not use the portal's route.
        let staff = try await caseworker.get("/portal/letters/\(letterEntry.id)/\(letter.files[0].sha256)")
        XCTAssertNotEqual(staff.status, .ok)
    }

    /// The administrator edits a template: one that does not parse is refused with the engine's message and saves
    /// nothing; a good one is a new version, and the next letter is drafted from it and names it.
    func testTheAdministratorSavesANewVersionOfATemplate() async throws {
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let list = try await admin.get("/admin/letter-templates")
        XCTAssertEqual(list.status, .ok)
        try await admin.get("/admin/letter-templates/free")
        let standard = LetterTemplate.standard(.free)
        let broken = try await admin.post("/admin/letter-templates/free", ["subject": standard.subject, "body": "Kære {{#modtager}} uden slutning",
                                                                          "plainSubject": standard.plainSubject, "plainBody": standard.plainBody])
        XCTAssertEqual(broken.status, .unprocessableEntity)
        XCTAssertTrue(broken.body.string.contains("line 1"), "the engine's message")
        XCTAssertTrue(broken.body.string.contains(#"id="template-body-error""#))
        let none = try await test.store.letterTemplate(.free)
        XCTAssertNil(none)
        let saved = try await admin.post("/admin/letter-templates/free", ["subject": "Nyt fra {{kommune}} om {{barn}}", "body": "Kære {{modtager}}\n\nNy tekst.",
                                                                         "plainSubject": standard.plainSubject, "plainBody": standard.plainBody])
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        let stored = try await test.store.letterTemplate(.free)
        XCTAssertEqual(stored?.version, 1)

        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let draft = try await caseworker.get("/children/\(family.id)/letters/new/free")
        XCTAssertTrue(draft.body.string.contains("Nyt fra Norddjurs Kommune om Carla Familiesen"))
        let sent = try await caseworker.post("/children/\(family.id)/letters/new/free",
                                             ["to-\(mother.id.uuidString)": "1", "subject": "Nyt", "body": "Ny tekst."])
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        let entries = try await test.store.timeline(child: family.id).entries
        guard case .letter(let letter)? = entries.first(where: { $0.kind == .letter })?.payload else { return XCTFail("no letter") }
        XCTAssertEqual(letter.templateVersion, 2)
        // The caseworker may not edit templates.
        let refused = try await caseworker.get("/admin/letter-templates/free")
        XCTAssertEqual(refused.status, .forbidden)
    }

    func testTheReceiptLetterMeetsTheReceiptDeadline() async throws {
        let notification = try await test.store.timeline(child: family.id).entries.first { $0.kind == .notification }!
        let before = try await test.store.openObligations(child: family.id)
        XCTAssertTrue(before.contains { $0.rule == "receipt-6-working-days" && $0.trigger == notification.id })

        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let draft = try await caseworker.get("/children/\(family.id)/letters/new/receipt?concerns=\(notification.id)")
        XCTAssertEqual(draft.status, .ok)
        XCTAssertTrue(draft.body.string.contains("barnets lov § 138"))
        let sent = try await caseworker.post("/children/\(family.id)/letters/new/receipt",
                                             ["concerns": notification.id.uuidString, "to-notifier": "1",
                                              "subject": "Kvittering for din underretning", "body": "Tak for din underretning."])
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        let entries = try await test.store.timeline(child: family.id).entries
        XCTAssertTrue(entries.contains { if case .receiptSent(let receipt) = $0.payload { return receipt.notification == notification.id }; return false })
        let after = try await test.store.openObligations(child: family.id)
        XCTAssertFalse(after.contains { $0.rule == "receipt-6-working-days" && $0.trigger == notification.id }, "off the tray")
        // A second receipt letter is filed and sent; the receipt is not written twice.
        let again = try await caseworker.post("/children/\(family.id)/letters/new/receipt",
                                              ["concerns": notification.id.uuidString, "to-notifier": "1",
                                               "subject": "Kvittering igen", "body": "Tak igen."])
        XCTAssertEqual(again.status, .seeOther, again.body.string)
        let later = try await test.store.timeline(child: family.id).entries
        XCTAssertEqual(later.filter { $0.kind == .receiptSent }.count, 1)
        XCTAssertEqual(later.filter { $0.kind == .letter }.count, 2)
        XCTAssertEqual(later.filter { $0.kind == .letterHandedOver }.count, 2)
        let tray = try await caseworker.get("/tray")
        XCTAssertFalse(tray.body.string.contains("receipt-6-working-days-\(notification.id)"))
    }

    func testAnotherTeamsCaseworkerCannotDraftOrOpenALetter() async throws {
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        let draft = try await other.get("/children/\(family.id)/letters/new/decision?concerns=\(decision.id)")
        XCTAssertNotEqual(draft.status, .ok)
        XCTAssertFalse(draft.body.string.contains("Familiebehandling efter"))
    }
}
