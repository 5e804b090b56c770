import Foundation
import Vapor
import SporDomain
import SporStore

/// `/children/:childID/course/:step`: a page per step of the course. The form is drawn from the course as it
/// stands; the domain decides what may be saved, and a refusal shows the page again with the reason and everything typed.
enum CourseController {
    static func step(_ request: Request) throws -> CourseStep {
        guard let step = request.parameters.get("step").flatMap(CourseStep.init(rawValue:)) else { throw Abort(.notFound) }
        return step
    }

    /// A plan's goal left incomplete is marked on the first goal's "what".
    static let wording = FormSubmission.Wording(fields: ["goals": "goal0What"])

    @Sendable static func show(_ request: Request) async throws -> Response {
        let step = try step(request)
        let page = try await ChildPageModel.load(request, for: .managingCase)
        var model = CourseStepModel.query(step: step, page: page, now: request.now)
        model.offered = CourseStepModel.offered(step: step, kind: request.query[String.self, at: "kind"],
                                                notification: request.query[String.self, at: "notification"], model: model)
        return render(request, model, refusal: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let step = try step(request)
        let page = try await ChildPageModel.load(request, for: .managingCase)
        let model = CourseStepModel.query(step: step, page: page, now: request.now)
        return try await FormSubmission.submitEntry(request, child: page.child, author: page.user.id, wording: wording,
                                                    landing: Landing(.child(page.child.id)), build: { values, now in
            let occurredAt = try values.occurred(now: now)
            return try model.draft(values, occurredAt: occurredAt)
        }, refused: { refusal in render(request, model, refusal: refusal) })
    }

    static func render(_ request: Request, _ model: CourseStepModel, refusal: Refusal?) -> Response {
        Page.render(request, title: CourseStepView.title(model, request.language)) { context in
            CourseStepView.body(model, refusal: refusal, context)
        }
    }
}
