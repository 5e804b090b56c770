import SporDomain

/// The rule book shown (issue 24, item 4): the rules page for the administrator, and the mark on a deadline whose
/// source is unverified, on the caseworker's tray.
extension Strings {
    static let rulesTitle = T(da: "Regelbogen: lovens frister", en: "The rule book: the law's deadlines")
    static let rulesIntro = T(da: "De frister, arbejdsbakken, påmindelserne og indikatoren »Lovens frister overholdt« læser. Hver regel viser den bestemmelse, den bygger på, og hvornår den gælder. En del, hvis kilde ikke er bekræftet, er markeret »Ikke bekræftet« med en forklaring: den bør efterprøves af en jurist, før tallene bruges.",
                              en: "The deadlines the work tray, the reminders and the indicator \"Legal deadlines met\" read. Each rule shows the provision it rests on and when it applies. A part whose source is not confirmed is marked \"Unverified\" with an explanation: a lawyer should check it before the counts are used.")
    static let rulesLink = T(da: "Regelbogen (lovens frister)", en: "The rule book (the law's deadlines)")
    static let rulesBarnetsLov = T(da: "Barnets Lov (fra 1. januar 2024)", en: "Barnets Lov (from 1 January 2024)")
    static let rulesOwn = T(da: "Politikkens og kommunens egne frister", en: "The policy's and the municipality's own deadlines")
    static let rulesPrevious = T(da: "Den tidligere lov (serviceloven, til 31. december 2023)", en: "The previous act (Serviceloven, to 31 December 2023)")
    static let rulesPreviousIntro = T(da: "Indsatser og anbringelser, der begyndte før 2024 og stadig løber efter overgangsreglerne, følger op efter reglen fra deres tid.",
                                      en: "Measures and placements begun before 2024 and still running under the transition rules are followed up under the rule of their time.")
    static let rulesColumnRule = T(da: "Regel", en: "Rule")
    static let rulesColumnParagraph = T(da: "Bestemmelse", en: "Provision")
    static let rulesColumnPeriod = T(da: "Gælder", en: "Applies")
    static let rulesColumnUnverified = T(da: "Ikke bekræftet", en: "Unverified")
    static let rulesFrom = T(da: "fra {0}", en: "from {0}")
    static let rulesFromTo = T(da: "{0} – {1}", en: "{0} – {1}")
    static let rulesAllVerified = T(da: "–", en: "–")
    static let unverifiedMark = T(da: "Ikke bekræftet", en: "Unverified")
    static let unverifiedParts = T(da: "Ikke bekræftet: {0}.", en: "Unverified: {0}.")

    static func rulePart(_ part: DeadlineRule.Part) -> T {
        switch part {
        case .paragraph: T(da: "bestemmelsen", en: "the provision")
        case .trigger: T(da: "hvad der udløser fristen", en: "what starts the deadline")
        case .due: T(da: "fristen", en: "the due time")
        case .discharge: T(da: "hvad der opfylder den", en: "what meets it")
        case .lapse: T(da: "hvornår den bortfalder", en: "when it lapses")
        }
    }
}
