import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The outreach counsellor's consultations and early-help notes, the concern scale's configuration, and
/// the worklist of those who own agreed actions.
final class EarlyHelpTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testAnAnonymousConsultationIsLinkedToTheChildLater() async throws {
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        try await outreach.get("/consultations")
        let saved = try await outreach.post("/consultations", ["askedBy": "teacher", "occurredAt": "2026-11-25T13:30",
                                                              "question": "En elev i 4. klasse virker trist og sulten",
                                                              "advice": "Tal med forældrene; ring igen om en uge"])
        XCTAssertEqual(saved.status, .seeOther)
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let page = try await outreach.get("/consultations")
        XCTAssertTrue(page.body.string.contains("En elev i 4. klasse virker trist og sulten"))
        let records = try await test.store.anonymousConsultations(author: test.users[.outreach]!.id)
        XCTAssertEqual(records.count, 1)
        XCTAssertNil(records[0].linkedChild)

        // A wrong CPR number links nothing.
        let wrong = try await outreach.post("/consultations/\(records[0].id)/link", ["cpr": "010101-0000"])
        XCTAssertEqual(wrong.status, .unprocessableEntity)
        let value1 = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(value1, before)

        let linked = try await outreach.post("/consultations/\(records[0].id)/link", ["cpr": "150315-4321"])
        XCTAssertEqual(linked.status, .seeOther)
        let entries = try await test.store.timeline(child: test.child.id).entries
        XCTAssertEqual(entries.count, before + 1)
        let linkedEntry = entries.first { $0.kind == .consultation }
        guard case .consultation(let consultation)? = linkedEntry?.payload else { return XCTFail("a consultation entry") }
        XCTAssertEqual(consultation.anonymousRecord, records[0].id)
        XCTAssertEqual(consultation.askedBy, .teacher)
        // Dated when it was held, not when it was linked.
        XCTAssertEqual(linkedEntry?.occurredAt, DanishTime.instant(LocalDate(year: 2026, month: 11, day: 25)!, hour: 13, minute: 30))
        let after = try await test.store.anonymousConsultation(id: records[0].id)
        XCTAssertEqual(after?.linkedChild, test.child.id)

        // Once only.
        try await outreach.get("/consultations")
        let again = try await outreach.post("/consultations/\(records[0].id)/link", ["cpr": "150315-4321"])
        XCTAssertEqual(again.status, .unprocessableEntity)
        let value2 = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(value2, before + 1)

        // Another counsellor cannot link it.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get("/consultations")
        let foreign = try await caseworker.post("/consultations/\(records[0].id)/link", ["cpr": "150315-4321"])
        XCTAssertEqual(foreign.status, .notFound)

        // The caseworker reads it on the child's timeline.
        let childPage = try await caseworker.get("/children/\(test.child.id)")
        XCTAssertTrue(childPage.body.string.contains("En elev i 4. klasse virker trist og sulten"))
        XCTAssertTrue(childPage.body.string.contains(Strings.consultationLinked(.da)))
    }

    func testANamedConsultationAndAnEarlyHelpNoteGoIntoTheCourse() async throws {
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        try await outreach.get("/consultations")
        let named = try await outreach.post("/consultations", ["askedBy": "pedagogue", "occurredAt": "2026-11-26T09:00",
                                                              "name": "Alma Testesen", "birthDate": "2015-03-15",
                                                              "question": "Uro i børnehaven", "advice": "Netværksmøde"])
        XCTAssertEqual(named.status, .seeOther)
        try await outreach.get("/consultations")
        let note = try await outreach.post("/consultations/early-help", ["cpr": "150315-4321", "occurredAt": "2026-11-26T09:30",
                                                                        "text": "Samtale med mor om døgnrytme; aftalt opfølgning"])
        XCTAssertEqual(note.status, .seeOther)
        let payloads = try await test.store.timeline(child: test.child.id).entries.map(\.payload)
        XCTAssertTrue(payloads.contains { if case .consultation(let c) = $0 { c.anonymousRecord == nil && c.askedBy == .pedagogue } else { false } })
        XCTAssertTrue(payloads.contains { if case .journalNote(let n) = $0 { n.earlyHelp } else { false } })
        let value3 = try await test.store.anonymousConsultations(author: test.users[.outreach]!.id).isEmpty
        XCTAssertTrue(value3)
    }

    func testBadConsultationsAreRefusedAndNothingIsSaved() async throws {
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        let before = try await test.store.timeline(child: test.child.id).entries.count
        try await outreach.get("/consultations")
        let noAdvice = try await outreach.post("/consultations", ["askedBy": "teacher", "occurredAt": "2026-11-26T09:00",
                                                                 "question": "Bekymret for en elev", "advice": "  "])
        XCTAssertEqual(noAdvice.status, .unprocessableEntity)
        XCTAssertTrue(noAdvice.body.string.contains(Strings.error(.textMissing)(.da)))
        XCTAssertTrue(noAdvice.body.string.contains("Bekymret for en elev"), "the typed text is kept")
        let future = try await outreach.post("/consultations", ["askedBy": "teacher", "occurredAt": "2026-12-24T09:00",
                                                               "question": "Bekymret", "advice": "Råd"])
        XCTAssertEqual(future.status, .unprocessableEntity)
        let noChild = try await outreach.post("/consultations/early-help", ["occurredAt": "2026-11-26T09:00", "text": "Notat"])
        XCTAssertEqual(noChild.status, .unprocessableEntity)
        XCTAssertTrue(noChild.body.string.contains(Strings.childIdentifierMissing(.da)))
        let value4 = try await test.store.anonymousConsultations(author: test.users[.outreach]!.id).isEmpty
        XCTAssertTrue(value4)
        let value5 = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(value5, before)
        // A professional cannot hold consultations.
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        let value6 = try await teacher.get("/consultations").status
        XCTAssertEqual(value6, .forbidden)
    }

    func testTheAdministratorRenamesALevelAndEveryPageUsesTheNewName() async throws {
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let form = try await admin.get("/admin/concern-scale")
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.body.string.contains(ConcernScale.standard.guidance(.atRisk, for: .teen)))
        var fields: [String: String] = [:]
        for level in ConcernScale.standard.levels {
            fields["nameDa-\(level.level.rawValue)"] = level.nameDa
            fields["nameEn-\(level.level.rawValue)"] = level.nameEn
        }
        fields["nameDa-3"] = "Bekymrende"
        fields["guidance-3-6-11"] = "Søg sparring inden for en uge."
        let saved = try await admin.post("/admin/concern-scale", fields)
        XCTAssertEqual(saved.status, .seeOther)
        let value7 = try await test.store.configurationVersions(key: "concernScale")
        XCTAssertEqual(value7, 1)
        let value8 = try await test.store.concernScale().level(.vulnerable).nameDa
        XCTAssertEqual(value8, "Bekymrende")

        // The caseworker's child page (Alma is 11) shows the new name and the guidance for 6–11.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains("3 · Bekymrende"))
        XCTAssertTrue(page.body.string.contains("Søg sparring inden for en uge."))

        // An empty name is refused, what was typed is kept, and the scale in force is unchanged.
        fields["nameDa-2"] = " "
        fields["nameDa-3"] = "Noget nyt"
        let refused = try await admin.post("/admin/concern-scale", fields)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.error(.textMissing)(.da)))
        XCTAssertTrue(refused.body.string.contains("Noget nyt"))
        let value9 = try await test.store.configurationVersions(key: "concernScale")
        XCTAssertEqual(value9, 1)
        let value10 = try await test.store.concernScale().level(.vulnerable).nameDa
        XCTAssertEqual(value10, "Bekymrende")

        // Nobody else may change it.
        let value11 = try await caseworker.get("/admin/concern-scale").status
        XCTAssertEqual(value11, .forbidden)
    }

    func testAnActionOwnedByATeacherIsOnTheTeachersListAndTheCaseworkersOwnActionToo() async throws {
        let teacher = test.users[.professional]!
        let outreach = test.users[.outreach]!
        let meeting = NetworkMeeting(
            participants: .init(child: true, parents: true, network: false, professions: [.teacher]),
            worries: "Fravær", workingWell: "Gode venner", needsToHappen: "Plan for fremmøde", safetyScale: 6,
            actions: [.init(what: "Ring hjem ved fravær", owner: teacher.id, due: LocalDate(year: 2026, month: 12, day: 4)!),
                      .init(what: "Indkald til opfølgende møde", owner: outreach.id, due: LocalDate(year: 2026, month: 11, day: 20)!),
                      .init(what: "Tal med Bo om skolen", owner: test.users[.caseworker]!.id, due: LocalDate(year: 2026, month: 12, day: 10)!)])
        // A meeting about the other team's child.
        try await test.store.append(Entry(municipality: 707, child: test.otherChild.id, payload: .networkMeeting(meeting),
                                          occurredAt: TestApp.now.addingTimeInterval(-30 * 86_400), recordedAt: TestApp.now,
                                          author: outreach.id), now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("professional", password: test.password)
        let list = try await browser.get("/actions")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("Ring hjem ved fravær"))
        XCTAssertFalse(list.body.string.contains("Indkald til opfølgende møde"))
        // The row's form posts the completion under the child; no link leads into the case.
        XCTAssertFalse(list.body.string.contains("href=\"/children/"), "no way into the case")

        let counsellor = Browser(test.app)
        _ = try await counsellor.login("outreach", password: test.password)
        let overdue = try await counsellor.get("/actions")
        XCTAssertTrue(overdue.body.string.contains("Indkald til opfølgende møde"))
        XCTAssertTrue(overdue.body.string.contains("class=\"overdue\""))

        // The caseworker of the first team sees the action they own on the other team's child.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let worklist = try await caseworker.get("/tray")
        XCTAssertTrue(worklist.body.string.contains("Bo Prøvesen"))
        let value12 = try await caseworker.get("/actions").status
        XCTAssertEqual(value12, .forbidden)
    }
}
