import SporDomain

/// Signing staff in through the municipality's OpenID provider (issue 25, item 1).
extension Strings {
    /// The button: "Log ind med Norddjurs Kommune".
    static let oidcButton = T(da: "Log ind med {0}", en: "Log in with {0}")
    static let oidcIntro = T(da: "Medarbejdere logger ind med kommunens fælles login. Rolle og team kommer derfra.",
                             en: "Staff log in with the municipality's shared login. Your role and team come from there.")
    /// Above the password form when the provider is the staff's way in.
    static let oidcPasswordHeading = T(da: "Log ind med adgangskode", en: "Log in with a password")
    static let oidcPasswordAdminOnly = T(da: "Kun for administratoren, hvis kommunens login ikke virker.",
                                         en: "For the administrator only, when the municipality's login does not work.")

    // MARK: Refusals, said the same whatever went wrong in the details (the server log has the reason, never the claims)
    static let oidcStateRefused = T(da: "Dette log ind-forsøg er udløbet eller allerede brugt. Start forfra.",
                                    en: "This sign-in has expired or has been used already. Start again.")
    static let oidcProviderRefused = T(da: "{0} afviste at logge dig ind. Kontakt din leder eller IT-afdelingen, hvis du skal have adgang til Spor.",
                                       en: "{0} refused to log you in. Ask your manager or the IT department if you need access to Spor.")
    static let oidcTokenRefused = T(da: "Svaret fra {0} kunne ikke godkendes, så du er ikke logget ind. Prøv igen.",
                                    en: "The answer from {0} could not be verified, so you are not logged in. Try again.")
    static let oidcNoRole = T(da: "Du har ingen rolle i Spor hos {0}. Kontakt din leder eller IT-afdelingen.",
                              en: "You have no role in Spor at {0}. Ask your manager or the IT department.")
    static let oidcAmbiguousRole = T(da: "Du har mere end én rolle i Spor hos {0}. Spor giver hver bruger én rolle; kontakt IT-afdelingen.",
                                     en: "You have more than one role in Spor at {0}. Spor gives each user one role; ask the IT department.")
    static let oidcUnknownTeam = T(da: "Dit team hos {0} findes ikke i Spor. Kontakt en administrator.",
                                   en: "Your team at {0} does not exist in Spor. Ask an administrator.")
    static let oidcDeactivated = T(da: "Din adgang til Spor er lukket. Kontakt en administrator.",
                                   en: "Your access to Spor is closed. Ask an administrator.")
    static let oidcUnavailable = T(da: "{0} svarer ikke lige nu. Prøv igen om lidt.",
                                   en: "{0} is not answering just now. Try again in a moment.")
    /// The family's sign-in through a MitID broker: the person has no open account on Min side.
    static let oidcNoFamilyAccount = T(da: "Du er logget ind hos {0}, men har ingen åben adgang til Min side. Spørg din rådgiver.",
                                       en: "You are signed in at {0}, but have no open access to Min side. Ask your caseworker.")
    /// A password sign-in by someone other than the administrator, when staff sign in at the provider.
    static let oidcUseProvider = T(da: "Brugernavn eller adgangskode er forkert. Medarbejdere logger ind med {0}.",
                                   en: "The username or password is wrong. Staff log in with {0}.")
}
