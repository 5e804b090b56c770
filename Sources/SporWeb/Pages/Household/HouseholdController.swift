import Foundation
import Vapor
import SporDomain
import SporStore

/// `/children/:childID/household`: residence and siblings, for those who may manage the child's case. Every person and
/// sibling is read from the store within the child's municipality; an id sent for someone not related to the child is refused.
enum HouseholdController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        return render(request, page, refusal: nil)
    }

    /// Whom the child lives with: each adult related to the child whose answer was given.
    @Sendable static func saveLivesWith(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        return try await FormSubmission.submit(request, form: HouseholdView.livesWithForm, perform: { values in
            var answers: [UUID: Bool] = [:]
            for (person, _) in page.household {
                if let lives = values.yesNo(HouseholdModel.livesWithField(person.id)) { answers[person.id] = lives }
            }
            try await request.store.setLivesWith(child: page.child.id, answers, by: page.user.id, now: request.now)
            return Landing(.child(page.child.id, .household), notice: Strings.livesWithSaved)
        }, refused: { refusal in render(request, page, refusal: refusal) })
    }

    /// A child of the municipality, found by its CPR number, linked as a sibling.
    @Sendable static func linkSibling(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        return try await FormSubmission.submit(request, form: HouseholdView.siblingForm, perform: { values in
            let cpr = try CPR(values.text("cpr"))
            guard let sibling = try await request.store.child(cpr: cpr) else { throw DomainError(.childNotFound, field: "cpr") }
            try await request.store.linkSibling(child: page.child.id, sibling: sibling.id, livesWith: values.yesNo("livesWith"),
                                                by: page.user.id, now: request.now)
            return Landing(.child(page.child.id, .household), notice: Strings.siblingLinked)
        }, refused: { refusal in render(request, page, refusal: refusal) })
    }

    static func render(_ request: Request, _ page: ChildPageModel, refusal: Refusal?) -> Response {
        let model = HouseholdModel.query(page: page)
        return Page.render(request, title: "\(Strings.householdPageTitle(request.language)) — \(page.child.fullName)") { context in
            HouseholdView.body(model, refusal: refusal, context)
        }
    }
}
