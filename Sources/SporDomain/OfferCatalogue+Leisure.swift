import Foundation

extension OfferCatalogue {
    /// The policy's third track (seed 000, *Sundhed, trivsel og fællesskaber*): "klubber, foreningsliv samt andre kultur–
    /// og fritidstilbud", "kulturinstitutioner og lokale foreninger", "ung-til-ung tilbud", and support for children who
    /// find it hard to take part. The seeds name the kinds, not the places: these are defaults for the administrator to
    /// replace with the municipality's own (verify). Open and almen: no referral, no decision.
    static let leisure: [Offer] = [
        leisureOffer("fritidsklub", "Fritidsklub", .club, provider: "Fritidsklubberne ved skolerne",
                     "Klub efter skole med venner, aktiviteter og voksne, der kender børnene.",
                     "Børn i 4.–6. klasse", ages: 9...13),
        leisureOffer("ungdomsklub", "Ungdomsklub", .club, provider: "UngNorddjurs",
                     "Ungdomsklub om eftermiddagen og aftenen: et sted at være sammen med andre unge.",
                     "Unge fra 7. klasse", ages: 13...17),
        leisureOffer("idraet-og-foreninger", "Idræt og foreninger", .association, provider: "Fritidsvejlederen i Børne- og Familieområdet",
                     "Fodbold, håndbold, svømning, gymnastik, spejder og meget mere i de lokale foreninger. Fritidsvejlederen hjælper med at finde en forening og komme godt i gang.",
                     "Børn og unge, der vil gå til noget", ages: 4...17),
        leisureOffer("musikskole", "Musikskolen", .culture, provider: "Norddjurs Musikskole",
                     "Undervisning i instrumenter og sang, alene og på hold, og at spille sammen med andre.",
                     "Børn og unge, der vil spille musik eller synge", ages: 5...22),
        leisureOffer("kultur-og-bibliotek", "Bibliotek og kulturhuse", .culture, provider: "Bibliotekerne i Norddjurs",
                     "Læseklubber, spilcafé, kreative værksteder og arrangementer for børn og unge.",
                     "Alle børn og unge", ages: 0...22),
        leisureOffer("fritidsjob", "Hjælp til fritidsjob", .leisureJob, provider: "UngNorddjurs' ungdomsvejledning",
                     "Hjælp til at finde og søge et fritidsjob, og til at klare det første job.",
                     "Unge fra 13 år", ages: 13...17),
        leisureOffer("ung-til-ung", "Ung-til-ung-fællesskab", .other, provider: "UngNorddjurs og de frivillige foreninger",
                     "Et fællesskab i øjenhøjde, hvor unge mødes og støtter hinanden.",
                     "Unge, der har det svært eller føler sig alene", ages: 13...22),
    ]

    private static func leisureOffer(_ id: String, _ name: String, _ kind: LeisureActivity.Kind, provider: String, _ description: String,
                                     _ targetGroup: String, ages: ClosedRange<Int>) -> Offer {
        Offer(id: id, name: name, provider: provider, description: description, targetGroup: targetGroup,
              minimumAge: ages.lowerBound, maximumAge: ages.upperBound, level: .general, legalBases: [.general], access: .open,
              leisure: kind)
    }

    /// The open leisure offers meant for a child of `age`, by name: what Min side shows the family (a leisure offer the
    /// administrator has put behind a referral is granted, not shown).
    public func leisureOffers(forAge age: Int) -> [Offer] {
        offers.filter { $0.leisure != nil && $0.access == .open && $0.isFor(age: age) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
