import Foundation
import Plot
import SporDomain
import SporStore

/// The offers catalogue (tilbudsvifte): a row per offer, each linking to its form.
enum OffersView {
    static func body(_ model: OffersModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.admin.path), .plain("← \(context.t(Strings.adminTitle))"))),
            .h1(.plain(context.t(Strings.offersTitle))),
            .p(.plain(context.t(Strings.offersIntro))),
            .p(.a(.id("offer-new"), .class("button"), .href(SiteURL.offer(.value(OfferModel.newID)).path), .plain(context.t(Strings.offerNew)))),
            .table(.id("offers"), .class("list"),
                Components.columnHeaders([Strings.offerName, Strings.offerProvider, Strings.offerLevelLabel, Strings.legalBasisLabel,
                                          Strings.offerAges, Strings.offerAccessLabel], context),
                .tbody(.forEach(model.offers) { offer in
                    .tr(.td(.a(.href(SiteURL.offer(.value(offer.id)).path), .plain(offer.name))),
                        .td(.plain(offer.provider)),
                        .td(.plain(context.t(Strings.offerLevel(offer.level)))),
                        .td(.plain(offer.legalBases.map(\.paragraph).joined(separator: ", "))),
                        .td(.plain(OffersModel.ages(offer))),
                        .td(.plain(context.t(Strings.offerAccess(offer.access)))))
                }))
        )
    }
}

/// One offer's form, or a new offer's.
enum OfferView {
    static func body(_ model: OfferModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let offer = model.offer
        // The choices and the legal bases have always had ids of their own (`step-level`, `basis-treatment`).
        var ids = ["level": "step-level", "access": "step-access", "placementKind": "step-placementKind"]
        for basis in LegalBasis.allCases { ids[OfferModel.basisField(basis)] = OfferModel.basisField(basis) }
        let fields = FormFields(context, idPrefix: "offer", refusal: refusal, ids: ids)
        let number = { (n: Int?) in n.map(String.init) ?? "" }
        return .group(
            .p(.a(.href(SiteURL.offers.path), .plain("← \(context.t(Strings.offersTitle))"))),
            .h1(.plain(offer?.name ?? context.t(Strings.offerNew))),
            fields.summary(Strings.notSaved),
            .form(.id("offer-form"), .class("entry-form narrow"), .action(SiteURL.offer(.value(offer?.id ?? OfferModel.newID)).path), .method(.post),
                csrfField(context),
                offer == nil ? fields.text("id", Strings.offerId) : .empty,
                fields.text("name", Strings.offerName, fallback: offer?.name ?? ""),
                fields.text("provider", Strings.offerProvider, fallback: offer?.provider ?? ""),
                fields.area("description", Strings.description, fallback: offer?.description ?? ""),
                fields.text("targetGroup", Strings.offerTargetGroup, fallback: offer?.targetGroup ?? ""),
                fields.text("minimumAge", Strings.offerMinimumAge, fallback: number(offer?.minimumAge), type: "number"),
                fields.text("maximumAge", Strings.offerMaximumAge, fallback: number(offer?.maximumAge), type: "number"),
                fields.choice("level", Strings.offerLevelLabel, OfferLevel.allCases.map { ($0.rawValue, context.t(Strings.offerLevel($0))) },
                              fallback: offer?.level.rawValue),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.legalBasisLabel))]),
                    .unwrap(fields.errorText("legalBases")) { .p(.class("field-error"), .plain($0)) },
                    .forEach(LegalBasis.allCases) { basis in
                        fields.check(OfferModel.basisField(basis), LocalizedText(da: basis.paragraph, en: basis.paragraph),
                                     checkedByDefault: offer?.legalBases.contains(basis) ?? false)
                    },
                ]),
                fields.choice("access", Strings.offerAccessLabel, OfferAccess.allCases.map { ($0.rawValue, context.t(Strings.offerAccess($0))) },
                              fallback: offer?.access.rawValue),
                fields.text("capacity", Strings.offerCapacity, fallback: number(offer?.capacity), type: "number"),
                fields.choice("placementKind", Strings.stepPlacementStart, [("", context.t(Strings.none))]
                              + PlacementKind.allCases.map { ($0.rawValue, context.t(Strings.placementKind($0))) },
                              fallback: offer?.placementKind?.rawValue ?? ""),
                fields.choice("leisure", Strings.offerLeisureLabel, [("", context.t(Strings.offerNotLeisure))]
                              + LeisureActivity.Kind.allCases.map { ($0.rawValue, context.t(Strings.leisureKind($0))) },
                              fallback: offer?.leisure?.rawValue ?? ""),
                .button(.id("offer-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }
}
