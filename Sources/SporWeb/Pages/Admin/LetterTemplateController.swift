import Foundation
import Vapor
import SporDomain
import SporDocuments
import SporStore

/// The letter templates, kept by the administrator: every save is a new version; letters name the version they used.
enum LetterTemplateController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let model = try await LetterTemplatesModel.query(store: request.store)
        return Page.render(request, title: Strings.letterTemplatesTitle(request.language)) { context in
            LetterTemplatesView.body(model, refusal: nil, context)
        }
    }

    static func kind(_ request: Request) throws -> LetterKind {
        guard let kind = request.parameters.get("kind").flatMap(LetterKind.init(rawValue:)) else { throw Abort(.notFound) }
        return kind
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        render(request, try await LetterTemplateModel.query(store: request.store, kind: try kind(request)), refusal: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await LetterTemplateModel.query(store: request.store, kind: try kind(request))
        return try await FormSubmission.submit(request, perform: { values in
            let template = try LetterTemplateModel.template(from: values, kind: model.template.kind)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try await request.store.saveLetterTemplate(template.kind, json: String(decoding: try encoder.encode(template), as: UTF8.self),
                                                       by: user.id, now: request.now)
            return Landing(.letterTemplates, notice: Strings.letterTemplateSaved)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    static func render(_ request: Request, _ model: LetterTemplateModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.letterKind(model.template.kind)(request.language)) { context in
            LetterTemplateView.body(model, refusal: refusal, context)
        }
    }
}
