import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The offers catalogue (tilbudsvifte), kept by the administrator: every save is a new version of the whole
/// catalogue; measures and decisions refer to an offer by its id, which never changes.
enum OfferController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let catalogue = try await request.store.offerCatalogue()
        return Page.render(request, title: Strings.offersTitle(request.language)) { context in
            .group(
                .p(.a(.href("/admin"), .plain("← \(context.t(Strings.adminTitle))"))),
                .h1(.plain(context.t(Strings.offersTitle))),
                .p(.plain(context.t(Strings.offersIntro))),
                .p(.a(.id("offer-new"), .class("button"), .href("/admin/offers/new"), .plain(context.t(Strings.offerNew)))),
                .table(.id("offers"), .class("list"),
                    Components.columnHeaders([Strings.offerName, Strings.offerProvider, Strings.offerLevelLabel, Strings.legalBasisLabel,
                                              Strings.offerAges, Strings.offerAccessLabel], context),
                    .tbody(.forEach(catalogue.offers) { offer in
                        .tr(.td(.a(.href("/admin/offers/\(offer.id)"), .plain(offer.name))),
                            .td(.plain(offer.provider)),
                            .td(.plain(context.t(Strings.offerLevel(offer.level)))),
                            .td(.plain(offer.legalBases.map(\.paragraph).joined(separator: ", "))),
                            .td(.plain(ages(offer))),
                            .td(.plain(context.t(Strings.offerAccess(offer.access)))))
                    }))
            )
        }
    }

    static func ages(_ offer: Offer) -> String {
        switch (offer.minimumAge, offer.maximumAge) {
        case (nil, nil): "–"
        case (let lo?, nil): "\(lo)+"
        case (nil, let hi?): "0–\(hi)"
        case (let lo?, let hi?): "\(lo)–\(hi)"
        }
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        let catalogue = try await request.store.offerCatalogue()
        let id = request.parameters.get("offerID") ?? "new"
        guard id == "new" || catalogue[id] != nil else { throw Abort(.notFound) }
        return render(request, offer: catalogue[id], values: [:], error: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let catalogue = try await request.store.offerCatalogue()
        let id = request.parameters.get("offerID") ?? "new"
        let existing = catalogue[id]
        guard id == "new" || existing != nil else { throw Abort(.notFound) }
        let values = try request.content.decode([String: String].self)
        let f = FormValues(values)
        do {
            let bases = LegalBasis.allCases.filter { f.flag("basis-\($0.rawValue)") }
            let offer = Offer(id: existing?.id ?? f.text("id"), name: f.text("name"), provider: f.text("provider"), description: f.text("description"),
                              targetGroup: f.text("targetGroup"), minimumAge: try f.optionalInt("minimumAge"), maximumAge: try f.optionalInt("maximumAge"),
                              level: try f.choice("level", as: OfferLevel.self), legalBases: bases, access: try f.choice("access", as: OfferAccess.self),
                              capacity: try f.optionalInt("capacity"), placementKind: f.optionalText("placementKind").flatMap(PlacementKind.init(rawValue:)))
            var offers = catalogue.offers
            if let index = offers.firstIndex(where: { $0.id == offer.id }), existing != nil { offers[index] = offer } else { offers.append(offer) }
            let updated = try OfferCatalogue(offers: offers)
            try await request.store.saveOfferCatalogue(updated, by: user.id, now: request.now)
            request.spor.configuration.replace(updated)
            request.session.data["notice"] = Strings.offerSaved(request.language)
            return request.redirect(to: "/admin/offers", redirectType: .normal)
        } catch let error as DomainError {
            return render(request, offer: existing, values: values, error: (fieldName(error.field, id: existing?.id ?? f.text("id")), Strings.error(error.code)(request.language)))
        } catch let error as FormError {
            return render(request, offer: existing, values: values, error: (error.field, error.text(request.language)))
        }
    }

    /// The catalogue names a refused field after the offer ("name-familiebehandling"); the form after the field.
    static func fieldName(_ field: String?, id: String) -> String {
        guard let field else { return "" }
        if field == id { return "id" }
        return field.hasSuffix("-\(id)") ? String(field.dropLast(id.count + 1)) : field
    }

    static func render(_ request: Request, offer: Offer?, values: [String: String], error: (field: String, message: String)?) -> Response {
        Page.render(request, title: offer?.name ?? Strings.offerNew(request.language), status: error == nil ? .ok : .unprocessableEntity) { context in
            let form = CourseForm(context: context, values: values, error: error)
            let v = { (name: String, fallback: String?) in values.isEmpty ? (fallback ?? "") : (values[name] ?? "") }
            let input = { (name: String, label: LocalizedText, fallback: String?, type: String) -> Node<HTML.FormContext> in
                Components.field(context.t(label), id: "offer-\(name)", error: form.errorText(name),
                    .input(.id("offer-\(name)"), .name(name), .attribute(named: "type", value: type), .value(escapeAttribute(v(name, fallback)))))
            }
            return .group(
                .p(.a(.href("/admin/offers"), .plain("← \(context.t(Strings.offersTitle))"))),
                .h1(.plain(offer?.name ?? context.t(Strings.offerNew))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notSaved)) \($0.message)")) },
                .form(.id("offer-form"), .class("entry-form narrow"), .action("/admin/offers/\(offer?.id ?? "new")"), .method(.post),
                    csrfField(context),
                    offer == nil ? input("id", Strings.offerId, nil, "text") : .empty,
                    input("name", Strings.offerName, offer?.name, "text"),
                    input("provider", Strings.offerProvider, offer?.provider, "text"),
                    Components.field(context.t(Strings.description), id: "offer-description",
                        .textarea(.id("offer-description"), .name("description"), .attribute(named: "rows", value: "3"), .plain(v("description", offer?.description)))),
                    input("targetGroup", Strings.offerTargetGroup, offer?.targetGroup, "text"),
                    input("minimumAge", Strings.offerMinimumAge, offer?.minimumAge.map(String.init), "number"),
                    input("maximumAge", Strings.offerMaximumAge, offer?.maximumAge.map(String.init), "number"),
                    form.choice("level", Strings.offerLevelLabel, OfferLevel.allCases.map { ($0.rawValue, context.t(Strings.offerLevel($0))) },
                                fallback: offer?.level.rawValue),
                    .element(named: "fieldset", nodes: [
                        .element(named: "legend", nodes: [.plain(context.t(Strings.legalBasisLabel))]),
                        .unwrap(form.errorText("legalBases")) { .p(.class("field-error"), .plain($0)) },
                        .forEach(LegalBasis.allCases) { basis in
                            let checked = values.isEmpty ? (offer?.legalBases.contains(basis) ?? false) : values["basis-\(basis.rawValue)"] != nil
                            return .div(.class("check"),
                                .input(.id("basis-\(basis.rawValue)"), .name("basis-\(basis.rawValue)"), .type(.checkbox), .value("1"), .checked(checked)),
                                .label(.for("basis-\(basis.rawValue)"), .plain(basis.paragraph)))
                        },
                    ]),
                    form.choice("access", Strings.offerAccessLabel, OfferAccess.allCases.map { ($0.rawValue, context.t(Strings.offerAccess($0))) },
                                fallback: offer?.access.rawValue),
                    input("capacity", Strings.offerCapacity, offer?.capacity.map(String.init), "number"),
                    form.choice("placementKind", Strings.stepPlacementStart, [("", context.t(Strings.none))]
                                + PlacementKind.allCases.map { ($0.rawValue, context.t(Strings.placementKind($0))) },
                                fallback: offer?.placementKind?.rawValue ?? ""),
                    .button(.id("offer-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
            )
        }
    }
}
