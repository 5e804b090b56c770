import SporDomain

/// Participation in open offers and the policy's initiatives (issue 23, item 4): enrolment without a decision, groups,
/// and the tracker's count of who took part.
extension Strings {
    // MARK: Enrolment
    static let enrolmentTitle = T(da: "Tilmelding til tilbud", en: "Enrolment in an offer")
    static let enrolmentIntro = T(da: "Tilmeld et barn eller en hel gruppe til et åbent tilbud. Et åbent tilbud kræver ingen afgørelse: tilmeldingen skrives i hvert barns journal med tilbuddets egen hjemmel.",
                                  en: "Enrol a child or a whole group in an open offer. An open offer needs no decision: the enrolment is written in each child's journal with the offer's own provision.")
    static let enrolmentLink = T(da: "Tilmeld til åbent tilbud", en: "Enrol in an open offer")
    static let enrolmentOffer = T(da: "Tilbud", en: "Offer")
    static let enrolmentStart = T(da: "Startdag", en: "Start day")
    static let enrolmentStartFuture = T(da: "Startdagen kan ikke ligge ude i fremtiden. Tilmeld barnet, når forløbet begynder.",
                                        en: "The start day cannot be in the future. Enrol the child when the course begins.")
    static let enrolmentAboutChild = T(da: "Barn: {0}, født {1}", en: "Child: {0}, born {1}")
    static let enrolmentParent = T(da: "Forælder, der deltager", en: "Parent taking part")
    static let enrolmentNoParent = T(da: "Ingen forælder deltager", en: "No parent takes part")
    static let groupWithParent = T(da: " (med {0})", en: " (with {0})")
    static let enrolmentPick = T(da: "Børn på din liste", en: "Children on your list")
    static func enrolmentPickRow(_ name: String, _ birthDate: LocalDate) -> T {
        T(da: "\(name), født \(Format.date(birthDate, .da))", en: "\(name), born \(Format.date(birthDate, .en))")
    }
    static let enrolmentByCPR = T(da: "Børn efter CPR-nummer", en: "Children by CPR number")
    static let enrolmentByCPRHint = T(da: "Skriv ét CPR-nummer i hvert felt. Alle børn tilmeldes samme tilbud som én gruppe.",
                                      en: "Write one CPR number in each field. All the children are enrolled in the same offer as one group.")
    static func enrolmentCPRRow(_ number: Int) -> T { T(da: "CPR-nummer, barn \(number)", en: "CPR number, child \(number)") }
    static let enrolmentNoChild = T(da: "Vælg mindst ét barn.", en: "Choose at least one child.")
    static let enrolmentSubmit = T(da: "Tilmeld", en: "Enrol")
    static let enrolmentSaved = T(da: "Tilmeldingen er gemt i børnenes journaler.", en: "The enrolment is saved in the children's journals.")

    // MARK: The user's groups
    static let groupsTitle = T(da: "Mine grupper", en: "My groups")
    static let groupsLead = T(da: "De grupper, du har tilmeldt til åbne tilbud. En gruppe, der stadig kører, afsluttes fra dens side, når forløbet er slut.",
                              en: "The groups you enrolled in open offers. A group still running is ended from its page when the course is over.")
    static let groupsNew = T(da: "Tilmeld en gruppe", en: "Enrol a group")
    static let groupsRunning = T(da: "Kører", en: "Running")
    static let groupsEnded = T(da: "Afsluttet", en: "Ended")
    static let groupsNone = T(da: "Ingen grupper.", en: "No groups.")
    static let groupsColumnOffer = T(da: "Tilbud", en: "Offer")
    static let groupsColumnMembers = T(da: "Deltagere", en: "Participants")
    static let groupsMembers = T(da: "{0} (deltager stadig: {1})", en: "{0} (still taking part: {1})")

    // MARK: A group
    static let groupTitle = T(da: "Gruppe: {0}", en: "Group: {0}")
    static let groupMeta = T(da: "{0} deltagere, startet {1}", en: "{0} participants, started {1}")
    static let groupColumnChild = T(da: "Barn", en: "Child")
    static let groupColumnStarted = T(da: "Startet", en: "Started")
    static let groupColumnOutcome = T(da: "Resultat", en: "Outcome")
    static let groupOngoing = T(da: "Deltager stadig", en: "Still taking part")
    static let groupEndHeading = T(da: "Afslut forløbet for hele gruppen", en: "End the course for the whole group")
    static let groupEndReason = T(da: "Hvad kom der ud af forløbet?", en: "What came of the course?")
    static let groupEndNote = T(da: "Bemærkning", en: "Note")
    static let groupEndSubmit = T(da: "Afslut gruppen", en: "End the group")
    static let groupEndedNotice = T(da: "Forløbet er afsluttet for alle i gruppen.", en: "The course is ended for everyone in the group.")
    static let groupAllEnded = T(da: "Forløbet er afsluttet for alle i gruppen.", en: "The course is ended for everyone in the group.")
}

extension Strings {
    // MARK: The tracker's participation
    static let participationTitle = T(da: "Deltagelse pr. initiativ", en: "Participation per initiative")
    static let participationIntro = T(da: "Børn, der begyndte i et tilbud, som bærer initiativet, pr. halvår, og hvad der kom ud af det. Tal under 5 vises som <5.",
                                      en: "Children who began in an offer that carries the initiative, per half-year, and what came of it. Counts under 5 show as <5.")
    static let participationHalf = T(da: "Halvår", en: "Half-year")
    static let participationHalfYear = T(da: "{0}. halvår {1}", en: "H{0} {1}")
    static let participationChildren = T(da: "Børn", en: "Children")
    static let participationOutcome = T(da: "Afsluttet med", en: "Ended with")
    static let participationOngoing = T(da: "Deltager stadig", en: "Still taking part")
}
