import Foundation
import Plot
import SporDomain

/// Min side's leisure offers (issue 23, item 3): the catalogue's open leisure offers for the child's age, in plain Danish
/// with who to contact. Nothing of the child's course is in them: the same list for every child of that age.
extension PortalHomeView {
    static func leisureOffers(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let offers = model.offers.leisureOffers(forAge: model.age)
        return PortalView.section("portal-leisure", model.isChild ? Strings.leisureOffersTitle : Strings.parentLeisureOffersTitle, context,
            .group(.p(.plain(context.t(model.isChild ? Strings.leisureOffersIntro : Strings.parentLeisureOffersIntro))),
                   offers.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.leisureOffersNone))) :
                    .ul(.class("leisure-offers"), .forEach(offers) { offer in
                        .li(.strong(.plain(offer.name)),
                            .p(.plain(offer.description)),
                            .p(.class("meta"), .plain(context.t(Strings.leisureOfferContact(offer.provider)))))
                    })))
    }
}
