import SporDomain

/// Accounts that end: personal API tokens that expire and can be revoked (*Min konto*), and the administrator's page
/// that deactivates, reactivates and unlocks users.
extension Strings {
    // MARK: Personal API tokens
    static let apiTokensLifetimeIntro = T(da: "En nøgle virker i den tid, du vælger, og du kan altid tilbagekalde den her. Bliver du deaktiveret, tilbagekaldes alle dine nøgler.",
                                          en: "A token works for the time you choose, and you can always revoke it here. If you are deactivated, all your tokens are revoked.")
    static let apiTokenLifetime = T(da: "Hvor længe skal nøglen virke?", en: "How long should the token work?")
    static let apiTokenLifetimeDays = T(da: "{0} dage", en: "{0} days")
    static let apiTokenLifetimeInvalid = T(da: "Vælg en af de viste varigheder.", en: "Choose one of the lengths shown.")
    static let columnExpires = T(da: "Udløber", en: "Expires")
    static let columnLastUsed = T(da: "Sidst brugt", en: "Last used")
    static let columnStatus = T(da: "Status", en: "Status")
    static let apiTokenNeverUsed = T(da: "Aldrig", en: "Never")
    static let apiTokenActive = T(da: "Virker", en: "Works")
    static let apiTokenExpired = T(da: "Udløbet", en: "Expired")
    static let apiTokenRevokedAt = T(da: "Tilbagekaldt {0}", en: "Revoked {0}")
    static let revokeApiToken = T(da: "Tilbagekald", en: "Revoke")
    static let revokeApiTokenLabel = T(da: "Tilbagekald nøglen »{0}«", en: "Revoke the token \"{0}\"")
    static let apiTokenRevoked = T(da: "Nøglen er tilbagekaldt. Den virker ikke længere.", en: "The token is revoked. It no longer works.")

    // MARK: The administrator's page of users
    static let adminUsersTitle = T(da: "Brugere", en: "Users")
    static let adminUsersLink = T(da: "Brugere: deaktivér, genaktivér, ophæv en spærring", en: "Users: deactivate, reactivate, lift a lockout")
    static let adminUsersIntro = T(da: "En deaktiveret bruger kan ikke logge ind, bliver logget ud ved sit næste klik og får alle sine API-nøgler tilbagekaldt. Genaktivering giver login tilbage, ikke nøglerne. En spærring efter for mange forkerte forsøg kan ophæves her, når du har talt med brugeren. Alt bliver logget.",
                                    en: "A deactivated user cannot log in, is logged out at their next click and has all their API tokens revoked. Reactivation gives the login back, not the tokens. A lockout after too many wrong attempts can be lifted here once you have spoken to the user. Everything is logged.")
    static let userActive = T(da: "Aktiv", en: "Active")
    static let userDeactivatedSince = T(da: "Deaktiveret {0}", en: "Deactivated {0}")
    static let userLockedUntil = T(da: "Spærret til {0} efter {1} forkerte forsøg", en: "Locked until {0} after {1} wrong attempts")
    static let userDelayed = T(da: "{0} forkerte forsøg i træk: login forsinkes", en: "{0} wrong attempts in a row: logins are delayed")
    static let userYou = T(da: "(dig)", en: "(you)")
    static let deactivateUser = T(da: "Deaktivér", en: "Deactivate")
    static let deactivateUserLabel = T(da: "Deaktivér {0}", en: "Deactivate {0}")
    static let reactivateUser = T(da: "Genaktivér", en: "Reactivate")
    static let reactivateUserLabel = T(da: "Genaktivér {0}", en: "Reactivate {0}")
    static let unlockUser = T(da: "Ophæv spærring", en: "Lift lockout")
    static let unlockUserLabel = T(da: "Ophæv spærringen af {0}", en: "Lift the lockout of {0}")
    static let userDeactivatedNotice = T(da: "{0} er deaktiveret: kan ikke logge ind, er logget ud, og alle API-nøgler er tilbagekaldt.",
                                         en: "{0} is deactivated: cannot log in, is logged out, and every API token is revoked.")
    static let userAlreadyDeactivated = T(da: "{0} var allerede deaktiveret.", en: "{0} was deactivated already.")
    static let userReactivatedNotice = T(da: "{0} kan logge ind igen.", en: "{0} can log in again.")
    static let userAlreadyActive = T(da: "{0} var allerede aktiv.", en: "{0} was active already.")
    static let userUnlockedNotice = T(da: "Spærringen af {0} er ophævet, og de forkerte forsøg er glemt.",
                                      en: "The lockout of {0} is lifted and the wrong attempts are forgotten.")
    static let userNotLocked = T(da: "{0} var ikke spærret.", en: "{0} was not locked.")
    static let cannotDeactivateSelf = T(da: "Du kan ikke deaktivere dig selv. Bed en anden administrator om det.",
                                        en: "You cannot deactivate yourself. Ask another administrator.")
}
