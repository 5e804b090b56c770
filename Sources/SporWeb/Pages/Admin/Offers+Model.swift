import Foundation
import SporDomain
import SporStore

/// What the offers catalogue's page shows: every offer in the catalogue in force.
struct OffersModel {
    let offers: [Offer]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> OffersModel {
        OffersModel(offers: try await store.offerCatalogue().offers)
    }

    /// The ages an offer is for, as the list writes them ("6–17", "18+", "–").
    static func ages(_ offer: Offer) -> String {
        switch (offer.minimumAge, offer.maximumAge) {
        case (nil, nil): "–"
        case (let lo?, nil): "\(lo)+"
        case (nil, let hi?): "0–\(hi)"
        case (let lo?, let hi?): "\(lo)–\(hi)"
        }
    }
}

/// What an offer's form shows: the offer, or nil for a new one.
struct OfferModel {
    /// The path's name for a new offer (`/admin/offers/new`).
    static let newID = "new"

    let offer: Offer?

    /// The offer `id` names, nil for a new one; a name the catalogue does not hold is not found (nil result).
    static func query(store: Store, user: UserRecord, now: Date, id: String) async throws -> OfferModel? {
        let catalogue = try await store.offerCatalogue()
        if id == newID { return OfferModel(offer: nil) }
        return catalogue[id].map { OfferModel(offer: $0) }
    }

    /// The offer a form sent: `existing`'s id, or for a new one the id typed.
    static func offer(from f: FormValues, existing: Offer?) throws -> Offer {
        Offer(id: existing?.id ?? f.text("id"), name: f.text("name"), provider: f.text("provider"), description: f.text("description"),
              targetGroup: f.text("targetGroup"), minimumAge: try f.optionalInt("minimumAge"), maximumAge: try f.optionalInt("maximumAge"),
              level: try f.choice("level", as: OfferLevel.self), legalBases: LegalBasis.allCases.filter { f.flag(basisField($0)) },
              access: try f.choice("access", as: OfferAccess.self), capacity: try f.optionalInt("capacity"),
              placementKind: f.optionalText("placementKind").flatMap(PlacementKind.init(rawValue:)),
              leisure: f.optionalText("leisure").flatMap(LeisureActivity.Kind.init(rawValue:)))
    }

    static func basisField(_ basis: LegalBasis) -> String { "basis-\(basis.rawValue)" }

    /// The catalogue names a refused field after the offer ("legalBases-familiebehandling", or the id itself); the form
    /// after the field.
    static func formFields(id: String) -> [String: String] {
        [id: "id", "name-\(id)": "name", "provider-\(id)": "provider", "legalBases-\(id)": "legalBases"]
    }
}
