import Foundation
import Vapor
import SporDomain
import SporDocuments
import SporStore

/// A letter drafted from the journal: the template of its kind filled with what the journal knows (the child, the parents
/// with custody, the caseworker, the decision's measures, provisions, reasons and complaint guidance …), the recipients
/// offered, and the text to edit before it is finalised.
struct LetterDraftModel {
    /// A recipient the form offers, by the name of its checkbox.
    struct Option: Sendable {
        let field: String
        let recipient: LetterRecipient
        let checked: Bool
    }

    let page: ChildPageModel
    let kind: LetterKind
    /// The entry the letter is drafted from (the notification, the decision, the plan), if any.
    let concerns: UUID?
    let template: LetterTemplate
    let plainLanguage: Bool
    let options: [Option]
    let subject: String
    let body: String
    /// Whether a PDF engine is installed (else the letter is filed as DOCX and the page says how to add PDF).
    let pdfAvailable: Bool

    var formName: String { "letter-\(kind.rawValue)" }

    /// The draft for the child of `page`; an entry to draft from that the child does not have (or of the wrong kind) is
    /// not found.
    /// `replacing`: a letter of the child's being corrected — a correction writes a new letter from its text (the first stays).
    static func query(page: ChildPageModel, kind: LetterKind, concerns: UUID?, plainLanguage: Bool, template: LetterTemplate,
                      now: Date, pdfAvailable: Bool, replacing: UUID? = nil) throws -> LetterDraftModel {
        let item = try concerns.map { id in
            guard let item = page.timeline.items.first(where: { $0.entry.id == id }), item.effective != nil else { throw Abort(.notFound) }
            return item
        }
        let payload = item.flatMap(\.effective)
        switch (kind, payload) {
        case (.receipt, .notification?), (.notifierFeedback, .notification?), (.decision, .decision?), (.plan, .plan?),
             (.invitation, _), (.free, _):
            break
        default:
            throw Abort(.notFound)
        }
        let options = recipients(page: page, kind: kind, notification: payload, now: now, plainLanguage: plainLanguage)
        let fields = LetterDraftModel.fields(page: page, payload: payload, item: item, now: now,
                                             recipient: options.filter(\.checked).map(\.recipient.name).joined(separator: " og "))
        var text = try template.render(fields, plainLanguage: plainLanguage)
        if let replacing {
            guard let entry = page.timeline.entries.first(where: { $0.id == replacing }), case .letter(let earlier) = entry.payload,
                  earlier.kind == kind, earlier.concerns == concerns else { throw Abort(.notFound) }
            text = (earlier.subject, earlier.body)
        }
        return LetterDraftModel(page: page, kind: kind, concerns: concerns, template: template, plainLanguage: plainLanguage, options: options,
                                subject: text.subject, body: text.body, pdfAvailable: pdfAvailable)
    }

    /// The notifier alone for a receipt or feedback; otherwise the parents with custody and the child from 10 (for whom the
    /// plain-language variant is). Checked: the notifier, the child for a plain-language letter, else the parents.
    static func recipients(page: ChildPageModel, kind: LetterKind, notification: EntryPayload?, now: Date,
                           plainLanguage: Bool) -> [Option] {
        var options: [Option] = []
        let toNotifier = kind == .receipt || kind == .notifierFeedback
        if toNotifier, case .notification(let notification)? = notification {
            let name = notification.notifierName ?? Strings.letterNotifier.da
            options.append(Option(field: "to-notifier", recipient: LetterRecipient(role: .notifier, name: name), checked: true))
        }
        // A receipt or feedback goes to the notifier only: who notified is not the family's to read in it.
        if toNotifier { return options }
        for (person, relation) in page.people where relation.hasCustody {
            options.append(Option(field: "to-\(person.id.uuidString)",
                                  recipient: LetterRecipient(role: .custodyHolder, name: person.fullName, person: person.id),
                                  checked: !plainLanguage))
        }
        if page.child.birthDate.age(on: DanishTime.localDate(of: now)) >= CourseRules.standard.partyAge {
            options.append(Option(field: "to-child", recipient: LetterRecipient(role: .child, name: page.child.fullName, person: page.child.id),
                                  checked: plainLanguage))
        }
        return options
    }

    static func municipalityName(_ code: Int) -> String {
        code == Municipality.norddjurs.code ? Municipality.norddjurs.name : "Kommunen"
    }

    /// The named fields from the journal.
    static func fields(page: ChildPageModel, payload: EntryPayload?, item: Timeline.Item?, now: Date, recipient: String) -> LetterFields {
        let caseworker = page.summary?.caseworker.flatMap { page.staff[$0]?.displayName } ?? page.user.displayName
        var fields = LetterFields(
            municipality: municipalityName(page.child.municipality), date: DanishFormat.date(DanishTime.localDate(of: now)),
            child: page.child.fullName, childGivenName: page.child.givenName, childBirthDate: DanishFormat.date(page.child.birthDate),
            parents: page.people.filter { $0.relation.hasCustody }.map(\.person.fullName), caseworker: caseworker, recipient: recipient)
        switch payload {
        case .notification(let notification)?:
            fields.notifier = notification.notifierName
            fields.notificationReceived = item.map { DanishFormat.date(DanishTime.localDate(of: $0.entry.occurredAt)) }
            fields.ledToInvestigation = page.timeline.entries.contains {
                $0.occurredAt >= (item?.entry.occurredAt ?? now) && ($0.payload.kind == .investigation)
            }
        case .decision(let decision)?:
            fields.outcome = decision.outcome
            fields.measures = decision.offers.map { LetterFields.Measure(name: page.offers[$0]?.name ?? $0, provision: decision.basis(of: $0).paragraph) }
            fields.provisions = decision.allBases.map(\.paragraph)
            fields.reasons = decision.reasons
            fields.purpose = decision.purpose
            fields.expectedEnd = decision.expectedEnd.map(DanishFormat.date)
            fields.complaintGuidance = decision.allBases.compactMap { basis in basis.complaint.map { Strings.complaintRoute($0, basis: basis).da } }
        case .plan(let plan)?:
            fields.planGoals = plan.goals.map { "\($0.what) (senest \(DanishFormat.date($0.byWhen)))" }
        default:
            break
        }
        return fields
    }
}
