import Foundation
import Vapor
import SporDomain
import SporStore

/// The offers catalogue (tilbudsvifte), kept by the administrator: every save is a new version of the whole
/// catalogue; measures and decisions refer to an offer by its id, which never changes.
enum OfferController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let model = try await OffersModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.offersTitle(request.language)) { context in
            OffersView.body(model, refusal: nil, context)
        }
    }

    static func model(_ request: Request) async throws -> OfferModel {
        let id = request.parameters.get("offerID") ?? OfferModel.newID
        guard let model = try await OfferModel.query(store: request.store, user: try request.requireUser(), now: request.now, id: id) else {
            throw Abort(.notFound)
        }
        return model
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        render(request, try await model(request), refusal: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await model(request)
        let id = try model.offer?.id ?? FormValues(request).text("id")
        return try await FormSubmission.submit(request, wording: .init(fields: OfferModel.formFields(id: id)), perform: { values in
            let offer = try OfferModel.offer(from: values, existing: model.offer)
            var offers = try await request.store.offerCatalogue().offers
            if model.offer != nil, let index = offers.firstIndex(where: { $0.id == offer.id }) { offers[index] = offer } else { offers.append(offer) }
            let updated = try OfferCatalogue(offers: offers)
            try await request.store.saveOfferCatalogue(updated, by: user.id, now: request.now)
            request.spor.configuration.replace(updated)
            return Landing(.offers, notice: Strings.offerSaved)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    static func render(_ request: Request, _ model: OfferModel, refusal: Refusal?) -> Response {
        Page.render(request, title: model.offer?.name ?? Strings.offerNew(request.language)) { context in
            OfferView.body(model, refusal: refusal, context)
        }
    }
}
