import Foundation
import Vapor
import SporDomain
import SporStore

/// The caseworker's side of the portal: make an account for the child (from 10) or a parent with custody, hand
/// over the one-time code, make a new code, or close an account. Opens only children the user may open.
enum FamilyAccessController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        return try await render(request, page, code: nil, refusal: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        let values = try FormValues(request)
        let choice = values["reader"] ?? ""
        let reader: FamilyReader = choice == "child" ? .child : .parent(UUID(uuidString: choice) ?? UUID())
        let result = try await FormSubmission.attempt(values: values, language: request.language) {
            try await request.store.createFamilyAccount(child: page.child.id, reader: reader, by: page.user.id, now: request.now,
                                                        rules: request.spor.configuration.courseRules)
        }
        switch result {
        case .success(let code): return try await render(request, page, code: (reader, code), refusal: nil, status: .created)
        case .failure(let refusal): return try await render(request, page, code: nil, refusal: refusal, status: .unprocessableEntity)
        }
    }

    @Sendable static func renewCode(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        let result = try await FormSubmission.attempt(values: try FormValues(request), language: request.language) {
            let account = try accountID(request)
            let code = try await request.store.renewActivationCode(account: account, child: page.child.id, by: page.user.id, now: request.now)
            return (reader: try await request.store.familyAccount(id: account)?.reader ?? FamilyReader.child, code: code)
        }
        switch result {
        case .success(let made): return try await render(request, page, code: made, refusal: nil)
        case .failure(let refusal): return try await render(request, page, code: nil, refusal: refusal, status: .unprocessableEntity)
        }
    }

    @Sendable static func revoke(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        return try await FormSubmission.submit(request, perform: { _ in
            try await request.store.revokeFamilyAccount(try accountID(request), child: page.child.id, by: page.user.id, now: request.now)
            return Landing(.child(page.child.id, .family), notice: Strings.accountClosed)
        }, refused: { refusal in
            try await render(request, page, code: nil, refusal: refusal)
        })
    }

    private static func accountID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("accountID").flatMap(UUID.init(uuidString:)) else { throw DomainError(.familyAccountUnknown) }
        return id
    }

    private static func render(_ request: Request, _ page: ChildPageModel, code: (reader: FamilyReader, code: ActivationCode)?,
                               refusal: Refusal?, status: HTTPStatus = .ok) async throws -> Response {
        let model = try await FamilyAccessModel.query(store: request.store, page: page, now: request.now,
                                                      partyAge: request.spor.configuration.courseRules.partyAge, code: code)
        return Page.render(request, title: Strings.familyAccessTitle(request.language), status: status) { context in
            FamilyAccessView.body(model, refusal: refusal, context)
        }
    }
}
