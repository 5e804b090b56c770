import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Amend, don't annul (issue 21, item 3): a course entry's own form opens with its values; saving writes a correction that
/// carries the whole new payload; the original stays in the journal, unchanged and readable; the child page names each
/// changed field with its old and new value. A refused amendment saves nothing.
final class AmendmentTests: XCTestCase {
    var test: TestApp!
    var browser: Browser!

    override func setUp() async throws {
        test = try await TestApp()
        browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var base: String { "/children/\(test.child.id)" }
    func minutesAgo(_ minutes: Double) -> Date { TestApp.now.addingTimeInterval(-minutes * 60) }

    /// A conversation, a decision granting family treatment with its reasons, and a plan with one goal.
    func course() async throws -> (conversation: Entry, decision: Entry, plan: Entry) {
        let caseworker = test.users[.caseworker]!.id
        let entry = { (payload: EntryPayload, at: Date) in
            Entry(municipality: 707, child: self.test.child.id, payload: payload, occurredAt: at, recordedAt: at, author: caseworker)
        }
        let conversation = entry(.childConversation(try ChildConversation(heldBy: caseworker, place: "Skolen", childsWords: "Jeg vil bo hjemme",
                                                                          notHeldReason: nil)), minutesAgo(90))
        let decision = entry(.decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, bases: ["familiebehandling": .treatment],
                                                reasons: "Mor har bedt om hjælp", purpose: "Styrke familien",
                                                expectedEnd: LocalDate(year: 2027, month: 12, day: 31)!, consent: Consent(custodyHolders: .given),
                                                childsViews: .heardIn(conversation.id), complaintGuidanceToChild: true, makesChildsPlan: true)),
                             minutesAgo(60))
        let plan = entry(.plan(ChildsPlan(goals: [ChildsPlan.Goal(what: "Alma møder i skole", byWhen: LocalDate(year: 2027, month: 6, day: 1)!,
                                                                  howWeWillKnow: "Fravær under 5 %")],
                                          childsHopes: "Ro derhjemme", madeWithChild: true, madeWithParents: true)), minutesAgo(30))
        for one in [conversation, decision, plan] { _ = try await test.store.append(one, now: TestApp.now) }
        return (conversation, decision, plan)
    }

    func correctPath(_ entry: Entry) -> String { "\(base)/entries/\(entry.id)/correct" }

    /// The amend page's course form, opened as the browser gets it: what it would send unchanged.
    func amendForm(_ entry: Entry) async throws -> [String: String] {
        let page = try await browser.get(correctPath(entry))
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        XCTAssertTrue(html.contains("action=\"\(correctPath(entry))\""), "the step's form posts to the correction")
        return try HTMLForm.values(html, formID: "course-form")
    }

    func journal() async throws -> Timeline { try await test.store.timeline(child: test.child.id) }

    func testAmendingADecisionsReasonsKeepsTheOriginalReadableAndShowsTheChangedField() async throws {
        let (_, decision, _) = try await course()
        var form = try await amendForm(decision)
        XCTAssertEqual(form["reasons"], "Mor har bedt om hjælp", "the form opens with the entry's values")
        XCTAssertEqual(form["purpose"], "Styrke familien")
        XCTAssertEqual(form["outcome"], "granted", "a legal answer already given is the entry's, not asked again")
        XCTAssertEqual(form["complaintGuidance"], "yes")
        XCTAssertNil(form["occurredAt"], "an amendment keeps the entry's time")
        form["reasons"] = "Mor og far har begge bedt om hjælp"
        form["correctionReason"] = "Far var også med"

        let saved = try await browser.post(correctPath(decision), form)
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))

        let timeline = try await journal()
        XCTAssertEqual(timeline.entry(id: decision.id)?.payload, decision.payload, "the original is unchanged in the journal")
        let correction = try XCTUnwrap(timeline.entries.last { $0.corrects == decision.id })
        guard case .correction(let written) = correction.payload, case .decision(let amended)? = written.replacement,
              case .decision(let original) = decision.payload else { return XCTFail("a correction carrying a decision") }
        XCTAssertEqual(written.reason, "Far var også med")
        var expected = original
        expected.reasons = "Mor og far har begge bedt om hjælp"
        XCTAssertEqual(amended, expected, "the whole new payload: the changed field, and every other as it was")

        let child = try await browser.get(base).body.string
        XCTAssertTrue(child.contains("Rettet"), "the correction is told")
        XCTAssertTrue(child.contains("Far var også med"))
        XCTAssertTrue(child.contains("\(Strings.amendReasonsLabel(.da)): "), "the field is named")
        XCTAssertTrue(child.contains("<span class=\"old\">Mor har bedt om hjælp</span> → <span class=\"new\">Mor og far har begge bedt om hjælp</span>"))
        XCTAssertTrue(child.contains(Strings.originalEntry(.da)), "the original can be opened")
        XCTAssertFalse(child.contains("<span class=\"old\">Styrke familien"), "an unchanged field is not listed")
    }

    func testAmendingAPlanKeepsItsGoalsIdsAndItsPlaceAmongTheVersions() async throws {
        let (_, _, plan) = try await course()
        var form = try await amendForm(plan)
        XCTAssertEqual(form["goal0What"], "Alma møder i skole")
        XCTAssertEqual(form["madeWithChild"], "yes")
        form["goal0What"] = "Alma møder i skole hver dag"
        form["correctionReason"] = "Målet skal være konkret"
        let saved = try await browser.post(correctPath(plan), form)
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))

        let timeline = try await journal()
        XCTAssertEqual(timeline.entry(id: plan.id)?.payload, plan.payload)
        let item = try XCTUnwrap(timeline.items.first { $0.entry.id == plan.id })
        guard case .plan(let amended)? = item.effective, case .plan(let original) = plan.payload else { return XCTFail("a plan") }
        XCTAssertEqual(amended.goals.map(\.id), original.goals.map(\.id), "a follow-up still rates the same goal")
        XCTAssertEqual(amended.goals.first?.what, "Alma møder i skole hver dag")
        XCTAssertEqual(amended.supersedes, original.supersedes)
        XCTAssertEqual(amended.childsHopes, original.childsHopes)

        let child = try await browser.get(base).body.string
        XCTAssertTrue(child.contains("Mål 1: Hvad: "))
        XCTAssertTrue(child.contains("<span class=\"old\">Alma møder i skole</span> → <span class=\"new\">Alma møder i skole hver dag</span>"))
    }

    func testAmendingAConversationWritesTheWholeNewPayload() async throws {
        let (conversation, _, _) = try await course()
        var form = try await amendForm(conversation)
        XCTAssertEqual(form["childsWords"], "Jeg vil bo hjemme")
        form["place"] = "Hjemme hos mormor"
        form["correctionReason"] = "Forkert sted"
        let saved = try await browser.post(correctPath(conversation), form)
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))
        let timeline = try await journal()
        XCTAssertEqual(timeline.entry(id: conversation.id)?.payload, conversation.payload)
        guard case .childConversation(var expected) = conversation.payload else { return XCTFail() }
        expected.place = "Hjemme hos mormor"
        XCTAssertEqual(timeline.items.first { $0.entry.id == conversation.id }?.effective, .childConversation(expected))
        let child = try await browser.get(base).body.string
        XCTAssertTrue(child.contains("<span class=\"old\">Skolen</span> → <span class=\"new\">Hjemme hos mormor</span>"))
    }

    func testARefusedAmendmentSavesNothingAndKeepsWhatWasTyped() async throws {
        let (_, decision, plan) = try await course()
        let before = try await journal().entries.count

        // Without a reason.
        var form = try await amendForm(decision)
        form["purpose"] = "Et nyt formål"
        form["correctionReason"] = "  "
        var refused = try await browser.post(correctPath(decision), form)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("id=\"step-correctionReason-error\""), "the reason is named")
        XCTAssertTrue(refused.body.string.contains("Et nyt formål"), "what was typed is kept")

        // A legal answer set back to unanswered.
        form = try await amendForm(plan)
        form["madeWithParents"] = ""
        form["correctionReason"] = "Rettelse"
        refused = try await browser.post(correctPath(plan), form)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("id=\"step-madeWithParents-error\""), HTMLForm.alert(refused.body.string))
        XCTAssertTrue(refused.body.string.contains(Strings.errorAnswerRequired(.da)))

        // The domain's own refusal: a goal without its "how".
        form = try await amendForm(plan)
        form["goal0How"] = ""
        form["correctionReason"] = "Rettelse"
        refused = try await browser.post(correctPath(plan), form)
        XCTAssertEqual(refused.status, .unprocessableEntity)

        let after = try await journal().entries.count
        XCTAssertEqual(after, before, "nothing saved")
    }

    func testVoidingStaysPossible() async throws {
        let (conversation, _, _) = try await course()
        let page = try await browser.get(correctPath(conversation)).body.string
        XCTAssertTrue(page.contains("id=\"void-form\""))
        let refused = try await browser.post(correctPath(conversation), ["void": "1", "correctionReason": ""])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        let voided = try await browser.post(correctPath(conversation), ["void": "1", "correctionReason": "Skrevet på det forkerte barn"])
        XCTAssertEqual(voided.status, .seeOther)
        let item = try await journal().items.first { $0.entry.id == conversation.id }
        XCTAssertNotNil(item)
        XCTAssertNil(item?.effective, "void")
        let child = try await browser.get(base).body.string
        XCTAssertTrue(child.contains("Skrevet på det forkerte barn"))
        XCTAssertTrue(child.contains("Jeg vil bo hjemme"), "the original stays readable")
    }
}

/// What a browser would send from a form of a page, read from its HTML (Plot's output: one attribute per quoted value).
enum HTMLForm {
    static func values(_ html: String, formID: String) throws -> [String: String] {
        guard let start = html.range(of: "<form id=\"\(formID)\"") else { XCTFail("no form \(formID)"); return [:] }
        let rest = html[start.lowerBound...]
        let form = String(rest[..<(rest.range(of: "</form>")?.upperBound ?? rest.endIndex)])
        var values: [String: String] = [:]
        for tag in matches(#"<input[^>]*>"#, in: form) {
            let attributes = self.attributes(tag)
            guard let name = attributes["name"], attributes["type"] != "submit" else { continue }
            if ["checkbox", "radio"].contains(attributes["type"]), attributes["checked"] == nil { continue }
            values[name] = attributes["value"] ?? ""
        }
        for area in groups(#"<textarea([^>]*)>(.*?)</textarea>"#, in: form) {
            if let name = attributes(area[0])["name"] { values[name] = unescape(area[1]) }
        }
        for select in groups(#"<select([^>]*)>(.*?)</select>"#, in: form) {
            guard let name = attributes(select[0])["name"] else { continue }
            let options = matches(#"<option[^>]*>"#, in: select[1]).map(attributes)
            values[name] = (options.first { $0["selected"] != nil } ?? options.first)?["value"] ?? ""
        }
        return values
    }

    /// The refusal's message, to explain a failed assertion.
    static func alert(_ html: String) -> String {
        groups(#"role="alert">(.*?)<"#, in: html).first?.first ?? ""
    }

    static func attributes(_ tag: String) -> [String: String] {
        var found: [String: String] = [:]
        for pair in groups(#"([\w-]+)(?:="([^"]*)")?"#, in: tag) { found[pair[0]] = unescape(pair[1]) }
        return found
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        groups("(\(pattern))", in: text).map { $0[0] }
    }

    static func groups(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
