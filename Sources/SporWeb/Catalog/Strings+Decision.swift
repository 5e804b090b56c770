import SporDomain

/// The decision that can be sent: its reasons, each measure's provision, the complaint guidance per provision, and the
/// measures it starts.
extension Strings {
    static let reasonsLabel = T(da: "Begrundelse", en: "Reasons")
    static let reasonsHint = T(da: "Kræves ved afslag, delvis bevilling og afgørelse uden samtykke (forvaltningsloven §§ 22–24). Ved delvis bevilling markeres det bevilgede, og begrundelsen siger, hvad der gives afslag på og hvorfor. Undersøgelsens konklusion er foreslået; ret den til.",
                               en: "Required for a refusal, a partial grant and a decision without consent (Public Administration Act §§ 22–24). For a partial grant, tick what is granted and say in the reasons what is refused and why. The investigation's conclusion is offered; edit it.")
    static let basisOf = T(da: "Hjemmel for {0}", en: "Legal basis for {0}")
    static let startMeasuresNow = T(da: "De bevilgede indsatser begynder ved afgørelsen (en anbringelse startes for sig)",
                                    en: "The granted measures begin with the decision (a placement is started on its own)")
    static let complaintGuidanceTitle = T(da: "Klagevejledning", en: "Complaint guidance")
    static func complaintRoute(_ route: ComplaintRoute, basis: LegalBasis) -> T {
        switch route.reconsideredBy {
        case .municipality:
            T(da: "Afgørelsen efter \(basis.paragraph) kan påklages til Ankestyrelsen inden \(route.weeks) uger efter, at den er modtaget. Klagen sendes til kommunen, som genvurderer afgørelsen inden 4 uger, før den sendes videre.",
              en: "The decision under \(basis.paragraph) may be complained of to the National Social Appeals Board within \(route.weeks) weeks of receiving it. The complaint is sent to the municipality, which reconsiders the decision within 4 weeks before passing it on.")
        case .childrenAndYouthCommittee:
            T(da: "Børne- og ungeudvalgets afgørelse efter \(basis.paragraph) kan påklages til Ankestyrelsen inden \(route.weeks) uger efter, at den er modtaget.",
              en: "The Children and Youth Committee's decision under \(basis.paragraph) may be complained of to the National Social Appeals Board within \(route.weeks) weeks of receiving it.")
        }
    }
    static let makesChildsPlanQuestion = T(da: "Udarbejdes der en barnets plan (§ 91)?", en: "Is a child's plan to be made (§ 91)?")
}
