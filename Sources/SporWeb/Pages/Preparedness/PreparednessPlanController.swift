import Foundation
import Vapor
import SporDomain
import SporStore

/// `/policy/preparedness-plan`: policy staff and the administrator keep the municipality's preparedness plan. Each save
/// is a new version (`Store.savePreparednessPlan`); nothing is deleted.
enum PreparednessPlanController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        render(request, try await PreparednessPlanModel.query(store: request.store, user: try request.requireUser(), now: request.now), refusal: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await PreparednessPlanModel.query(store: request.store, user: user, now: request.now)
        return try await FormSubmission.submit(request, perform: { values in
            let plan = try PreparednessPlanModel.plan(from: values)
            try plan.validate(today: model.today)
            try await request.store.savePreparednessPlan(plan, by: user.id, now: request.now)
            return Landing(.preparednessPlan, notice: Strings.preparednessPlanSaved)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    static func render(_ request: Request, _ model: PreparednessPlanModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.preparednessPlanTitle(request.language)) { context in
            PreparednessPlanView.body(model, refusal: refusal, context)
        }
    }
}
