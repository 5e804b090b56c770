import Foundation
import XCTest
import SporDomain
@testable import SporDocuments

/// Letter templates filled by the Mustache engine, and the finalised letter read back from its DOCX and PDF by readers
/// that are not ours (unzip, pdftotext).
final class LetterTests: XCTestCase {
    static let complaint = "Afgørelsen efter § 32, stk. 1, nr. 3 kan påklages til Ankestyrelsen inden 4 uger efter, at den er modtaget."

    static func sample(child: String = "Alma Testesen", outcome: Decision.Outcome = .partiallyGranted) -> LetterFields {
        LetterFields(municipality: "Norddjurs Kommune", date: "7. december 2026", child: child, childGivenName: "Alma",
                     childBirthDate: "15. marts 2015", parents: ["Bente Testesen", "Carl Testesen"], caseworker: "Dorte Sagsbehandler",
                     recipient: "Bente Testesen", notificationReceived: "1. december 2026", notifier: "Skolen", ledToInvestigation: true,
                     outcome: outcome, measures: [.init(name: "Familiebehandling", provision: "§ 32, stk. 1, nr. 3")],
                     provisions: ["§ 32, stk. 1, nr. 3"], reasons: "Familien har brug for støtte i hjemmet, men ikke til aflastning.",
                     purpose: "At styrke forældrenes omsorg", expectedEnd: "1. juni 2027", complaintGuidance: [complaint],
                     planGoals: ["Alma kommer i skole hver dag (senest 1. marts 2027)"], planFollowUp: "1. marts 2027")
    }

    func testEveryTemplateRendersInBothVariantsWithItsFields() throws {
        for template in LetterTemplate.defaults {
            try template.validate()
            for plain in [false, true] {
                let text = try template.render(Self.sample(), plainLanguage: plain)
                XCTAssertFalse(text.subject.isEmpty, "\(template.kind) plain=\(plain)")
                XCTAssertTrue(text.body.contains("Bente Testesen"), "\(template.kind) plain=\(plain) names its recipient")
                XCTAssertTrue(text.body.contains("Dorte Sagsbehandler"), "\(template.kind) plain=\(plain) is signed")
                XCTAssertFalse(text.body.contains("{{"), "\(template.kind) plain=\(plain) leaves no tag")
            }
        }
        let decision = try LetterTemplate.standard(.decision).render(Self.sample(), plainLanguage: false)
        XCTAssertTrue(decision.body.contains("Familiebehandling efter § 32, stk. 1, nr. 3"))
        XCTAssertTrue(decision.body.contains("Familien har brug for støtte i hjemmet"))
        XCTAssertTrue(decision.body.contains(Self.complaint))
        XCTAssertTrue(decision.body.contains("delvist bevilget"))
        let refusal = try LetterTemplate.standard(.decision).render(Self.sample(outcome: .refused), plainLanguage: false)
        XCTAssertTrue(refusal.subject.hasPrefix("Afgørelse om afslag"))
        XCTAssertTrue(refusal.body.contains("Vi har givet afslag på:"))
    }

    func testATemplateThatDoesNotParseIsRefusedWithTheEnginesMessage() {
        var template = LetterTemplate.standard(.free)
        template.body = "Kære {{#modtager}} uden slutning"
        XCTAssertThrowsError(try template.validate()) { error in
            let invalid = error as? LetterTemplate.Invalid
            XCTAssertEqual(invalid?.field, "body")
            XCTAssertTrue(invalid?.message.contains("line 1") ?? false, invalid?.message ?? "")
        }
    }

    func testAHostileNameIsTextInTheLetterItsHTMLAndItsDOCX() throws {
        let hostile = #"<script>alert("x")</script> & Co"#
        let text = try LetterTemplate.standard(.decision).render(Self.sample(child: hostile), plainLanguage: false)
        // The plain text holds the name as typed (neither markup nor `&lt;`): each writer escapes it.
        XCTAssertTrue(text.body.contains(hostile))
        let document = LetterDocument(municipality: "Norddjurs Kommune", caseworker: "D", date: "7. december 2026", reference: "ABCD1234",
                                      recipients: [hostile], subject: text.subject, body: text.body)
        XCTAssertFalse(document.html.contains("<script>"))
        XCTAssertTrue(document.html.contains("&lt;script&gt;"))
        let xml = DOCXWriter.documentXML(document.textDocument)
        XCTAssertFalse(xml.contains("<script>"))
        XCTAssertTrue(xml.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"))
    }

    func testTheFinalisedLetterReadsBackFromItsDOCXAndPDF() throws {
        let text = try LetterTemplate.standard(.decision).render(Self.sample(), plainLanguage: false)
        let document = LetterDocument(municipality: "Norddjurs Kommune", caseworker: "Dorte Sagsbehandler", date: "7. december 2026",
                                      reference: "ABCD1234", recipients: ["Bente Testesen"], subject: text.subject, body: text.body)
        let docx = try ExternalTools.write(try document.docx(), named: "letter.docx", for: self)
        if let xml = try ExternalTools.run("unzip", ["-p", docx.path, "word/document.xml"]) {
            XCTAssertEqual(xml.status, 0)
            for words in ["Alma Testesen", "Familien har brug for støtte i hjemmet", "påklages til Ankestyrelsen inden 4 uger", "Journalnr. ABCD1234"] {
                XCTAssertTrue(xml.output.contains(words), "DOCX lacks \(words)")
            }
        }
        guard let engine = PDFEngine.find(), ExternalTools.locate("pdftotext") != nil else {
            if ExternalTools.required { return XCTFail("weasyprint or pdftotext is not installed (scripts/test installs them)") }
            throw XCTSkip("weasyprint or pdftotext is not installed (scripts/test installs them)")
        }
        let pdf = try engine.pdf(html: document.html)
        let file = try ExternalTools.write(Array(pdf), named: "letter.pdf", for: self)
        let read = try XCTUnwrap(try ExternalTools.run("pdftotext", ["-layout", file.path, "-"]))
        XCTAssertEqual(read.status, 0)
        let flat = read.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for words in ["Alma Testesen", "Familien har brug for støtte i hjemmet", "påklages til Ankestyrelsen inden 4 uger",
                      "Norddjurs Kommune", "Dorte Sagsbehandler", "Journalnr. ABCD1234", "Side 1 af 1"] {
            XCTAssertTrue(flat.contains(words), "PDF lacks \(words): \(flat.prefix(400))")
        }
    }

    /// The marks a template leaves to be filled in by hand: found wherever they are, whatever their case, to their "]" or
    /// the end of their line; none in a letter written in.
    func testTheMarksLeftToFillIn() {
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: "Kære Mette\n\nTid: [skriv dato og tidspunkt]\nSted: [skriv stedet]"),
                       ["[skriv dato og tidspunkt]", "[skriv stedet]"])
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: "Sted: [Skriv stedet]"), ["[Skriv stedet]"])
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: "Tid: [skriv dato\nSted: [skriv stedet]"), ["[skriv dato", "[skriv stedet]"])
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: "Tid: [skriv dato"), ["[skriv dato"])
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: "Tid: tirsdag kl. 10 [i mødelokale 2]\nSted: Rådhuset"), [])
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: ""), [])
        // The default invitation leaves both its marks, in both variants.
        let invitation = LetterTemplate.standard(.invitation)
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: invitation.body), ["[skriv dato og tidspunkt]", "[skriv stedet]"])
        XCTAssertEqual(LetterTemplate.unfilledMarks(in: invitation.plainBody), ["[skriv dato og tidspunkt]", "[skriv stedet]"])
    }
}
