import Foundation
import Mustache
import SporDomain

/// A letter template (brevskabelon): Mustache text for the subject and the body, and a plain-language variant of both for
/// a letter to a child. The administrator keeps them in versions; a letter names the template and version it started from.
public struct LetterTemplate: Sendable, Hashable, Codable {
    public var kind: LetterKind
    public var version: Int
    public var subject: String
    public var body: String
    public var plainSubject: String
    public var plainBody: String

    public init(kind: LetterKind, version: Int = 1, subject: String, body: String, plainSubject: String, plainBody: String) {
        self.kind = kind
        self.version = version
        self.subject = subject
        self.body = body
        self.plainSubject = plainSubject
        self.plainBody = plainBody
    }

    /// The template's name in a letter entry.
    public var name: String { kind.rawValue }

    /// A template that does not parse, with the engine's own message and where.
    public struct Invalid: Error, Sendable, Hashable {
        /// Which of the four texts: "subject", "body", "plainSubject", "plainBody".
        public let field: String
        public let message: String
    }

    /// Throws `Invalid` for the first of the four texts the engine cannot parse.
    public func validate() throws(Invalid) {
        for (field, text) in [("subject", subject), ("body", body), ("plainSubject", plainSubject), ("plainBody", plainBody)] {
            _ = try Self.compile(text, field: field)
        }
    }

    /// The subject and body filled from `fields`; the plain-language variant when `plainLanguage`.
    public func render(_ fields: LetterFields, plainLanguage: Bool) throws(Invalid) -> (subject: String, body: String) {
        let context = fields.mustacheContext
        let subject = try Self.compile(plainLanguage ? plainSubject : subject, field: plainLanguage ? "plainSubject" : "subject")
        let body = try Self.compile(plainLanguage ? plainBody : body, field: plainLanguage ? "plainBody" : "body")
        return (Self.tidy(subject.render(context)).replacingOccurrences(of: "\n", with: " "), Self.tidy(body.render(context)))
    }

    /// The marks a template leaves for the caseworker to fill in by hand ("[skriv dato og tidspunkt]") still in `text`,
    /// in order; none when all are filled in. A letter is not sent with one (`LettersController.finalise`), and the
    /// refusal names them all, so that one correction is enough. A mark runs from "[skriv" to the next "]" (or the end
    /// of its line).
    public static func unfilledMarks(in text: String) -> [String] {
        var marks: [String] = [], rest = text[...]
        while let start = rest.range(of: "[skriv", options: .caseInsensitive) {
            let mark = rest[start.lowerBound...]
            let end = mark.firstIndex { $0 == "]" || $0 == "\n" }
            if let end, mark[end] == "]" {
                marks.append(String(mark[...end]))
                rest = mark[mark.index(after: end)...]
            } else {
                marks.append(String(mark[..<(end ?? mark.endIndex)]))
                rest = mark[(end ?? mark.endIndex)...]
            }
        }
        return marks
    }

    /// The letter's text is plain text (it is escaped where it is written: the page, the HTML for the PDF, the DOCX's XML),
    /// so the engine fills it as text: a name with `<` in it stays as typed, never markup and never `&lt;`.
    static func compile(_ text: String, field: String) throws(Invalid) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw Invalid(field: field, message: "\(error.error) (line \(error.context.lineNumber), column \(error.context.columnNumber)): \(error.context.line)")
        } catch {
            throw Invalid(field: field, message: "\(error)")
        }
    }

    /// Trailing spaces off each line, at most one blank line between paragraphs, none at the ends.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            while line.last == " " || line.last == "\t" { line.removeLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

/// The named fields a template is filled from, read from the journal by the caller: plain text, already written in Danish.
public struct LetterFields: Sendable, Hashable {
    public struct Measure: Sendable, Hashable {
        public var name: String
        public var provision: String
        public init(name: String, provision: String) {
            self.name = name
            self.provision = provision
        }
    }

    public var municipality: String
    public var date: String
    public var child: String
    public var childGivenName: String
    public var childBirthDate: String
    public var parents: [String]
    public var caseworker: String
    public var recipient: String
    // The notification (receipt, feedback).
    public var notificationReceived: String?
    public var notifier: String?
    public var ledToInvestigation: Bool?
    // The decision.
    public var outcome: Decision.Outcome?
    public var measures: [Measure]
    public var provisions: [String]
    public var reasons: String?
    public var purpose: String?
    public var expectedEnd: String?
    public var complaintGuidance: [String]
    // The plan.
    public var planGoals: [String]
    public var planFollowUp: String?

    public init(municipality: String, date: String, child: String, childGivenName: String, childBirthDate: String, parents: [String],
                caseworker: String, recipient: String, notificationReceived: String? = nil, notifier: String? = nil,
                ledToInvestigation: Bool? = nil, outcome: Decision.Outcome? = nil, measures: [Measure] = [], provisions: [String] = [],
                reasons: String? = nil, purpose: String? = nil, expectedEnd: String? = nil, complaintGuidance: [String] = [],
                planGoals: [String] = [], planFollowUp: String? = nil) {
        self.municipality = municipality
        self.date = date
        self.child = child
        self.childGivenName = childGivenName
        self.childBirthDate = childBirthDate
        self.parents = parents
        self.caseworker = caseworker
        self.recipient = recipient
        self.notificationReceived = notificationReceived
        self.notifier = notifier
        self.ledToInvestigation = ledToInvestigation
        self.outcome = outcome
        self.measures = measures
        self.provisions = provisions
        self.reasons = reasons
        self.purpose = purpose
        self.expectedEnd = expectedEnd
        self.complaintGuidance = complaintGuidance
        self.planGoals = planGoals
        self.planFollowUp = planFollowUp
    }

    /// The names a template may use (documented on the template form).
    public static let names = [
        "kommune", "dato", "barn", "barnFornavn", "barnFoedt", "foraeldre", "sagsbehandler", "modtager",
        "underretningModtaget", "underretter", "undersoegelse", "bevilget", "delvis", "afslag", "indsatser (navn, hjemmel)",
        "hjemler", "begrundelse", "formaal", "forventetSlut", "klagevejledning (tekst)", "maal (tekst)", "opfoelgning",
    ]

    var mustacheContext: [String: Any] {
        var context: [String: Any] = [
            "kommune": municipality, "dato": date, "barn": child, "barnFornavn": childGivenName, "barnFoedt": childBirthDate,
            "foraeldre": parents.joined(separator: " og "), "sagsbehandler": caseworker, "modtager": recipient,
            "bevilget": outcome == .granted, "delvis": outcome == .partiallyGranted, "afslag": outcome == .refused,
            "indsatser": measures.map { ["navn": $0.name, "hjemmel": $0.provision] },
            "hjemler": provisions.joined(separator: ", "),
            "klagevejledning": complaintGuidance.map { ["tekst": $0] },
            "maal": planGoals.map { ["tekst": $0] },
            "undersoegelse": ledToInvestigation == true,
        ]
        if let notificationReceived { context["underretningModtaget"] = notificationReceived }
        if let notifier { context["underretter"] = notifier }
        if let reasons, !reasons.isEmpty { context["begrundelse"] = reasons }
        if let purpose, !purpose.isEmpty { context["formaal"] = purpose }
        if let expectedEnd { context["forventetSlut"] = expectedEnd }
        if let planFollowUp { context["opfoelgning"] = planFollowUp }
        return context
    }
}
