import Foundation
import Vapor
import SporDomain
import SporDocuments
import SporStore

/// The letter templates in force (one per kind) with their versions, and the one being edited.
struct LetterTemplatesModel: Sendable {
    let templates: [LetterTemplate]

    static func query(store: Store) async throws -> LetterTemplatesModel {
        var templates: [LetterTemplate] = []
        for kind in LetterKind.allCases { templates.append(try await LettersController.template(kind, store: store)) }
        return LetterTemplatesModel(templates: templates)
    }
}

/// One template on its form.
struct LetterTemplateModel: Sendable {
    let template: LetterTemplate

    static let formFields = ["subject", "body", "plainSubject", "plainBody"]

    static func query(store: Store, kind: LetterKind) async throws -> LetterTemplateModel {
        LetterTemplateModel(template: try await LettersController.template(kind, store: store))
    }

    /// The template the form sends: refused, naming the field, when the engine cannot parse one of its texts.
    static func template(from values: FormValues, kind: LetterKind) throws -> LetterTemplate {
        for field in formFields where values.optionalText(field) == nil {
            throw FormError(field: field, text: Strings.error(.textMissing))
        }
        let template = LetterTemplate(kind: kind, subject: values.text("subject"), body: values.text("body"),
                                      plainSubject: values.text("plainSubject"), plainBody: values.text("plainBody"))
        do {
            try template.validate()
        } catch {
            throw FormError(field: error.field, text: Strings.letterTemplateInvalid.filled(error.message))
        }
        return template
    }
}
