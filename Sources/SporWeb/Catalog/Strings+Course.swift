import SporDomain

/// The course of a child: assessments, the child's voice, decisions, measures, plans, follow-up,
/// placements and transitions.
extension Strings {
    static func offerLevel(_ level: OfferLevel) -> T {
        switch level {
        case .general: T(da: "Almen", en: "General")
        case .preventive: T(da: "Forebyggende", en: "Preventive")
        case .specialised: T(da: "Specialiseret", en: "Specialised")
        }
    }
    static func offerAccess(_ access: OfferAccess) -> T {
        switch access {
        case .open: T(da: "Åbent tilbud – uden visitation", en: "Open – no referral")
        case .referral: T(da: "Ved visitation (afgørelse)", en: "By referral (decision)")
        }
    }
    static func placementKind(_ kind: PlacementKind) -> T {
        switch kind {
        case .networkFosterFamily: T(da: "Netværksplejefamilie", en: "Network foster family")
        case .fosterFamily: T(da: "Almen plejefamilie", en: "Foster family")
        case .reinforcedFosterFamily: T(da: "Forstærket plejefamilie", en: "Reinforced foster family")
        case .specialisedFosterFamily: T(da: "Specialiseret plejefamilie", en: "Specialised foster family")
        case .childrensHome: T(da: "Børne- og ungehjem", en: "Children's home")
        case .ownRoom: T(da: "Eget værelse", en: "Own room")
        }
    }
    static func endReason(_ reason: EndReason) -> T {
        switch reason {
        case .goalsReached: T(da: "Målene er nået", en: "Goals reached")
        case .homecoming: T(da: "Hjemgivelse", en: "Homecoming")
        case .replaced: T(da: "Erstattet af en anden indsats", en: "Replaced by another measure")
        case .declined: T(da: "Familien ønsker ikke at fortsætte", en: "The family declined to continue")
        case .ageLimit: T(da: "Aldersgrænsen er nået", en: "Age limit reached")
        case .movedAway: T(da: "Fraflyttet kommunen", en: "Moved away")
        case .other: T(da: "Andet", en: "Other")
        }
    }
    static func goalRating(_ rating: GoalRating) -> T {
        switch rating {
        case .notStarted: T(da: "Ikke begyndt", en: "Not started")
        case .progress: T(da: "I fremgang", en: "Progress")
        case .reached: T(da: "Nået", en: "Reached")
        case .dropped: T(da: "Opgivet", en: "Dropped")
        }
    }
    static func followUpOutcome(_ outcome: FollowUp.Outcome) -> T {
        switch outcome {
        case .continue: T(da: "Fortsæt", en: "Continue")
        case .adjust: T(da: "Justér", en: "Adjust")
        case .end: T(da: "Afslut", en: "End")
        }
    }
    static func transitionStage(_ stage: TransitionStage) -> T {
        switch stage {
        case .healthVisitor: T(da: "Sundhedspleje", en: "Health visitor")
        case .daycare: T(da: "Dagtilbud", en: "Daycare")
        case .school: T(da: "Skole", en: "School")
        case .youthEducation: T(da: "Ungdomsuddannelse", en: "Youth education")
        case .adultServices: T(da: "Voksenområdet", en: "Adult services")
        }
    }
    static func planKind(_ kind: ChildsPlan.Kind) -> T {
        switch kind {
        case .childsPlan: T(da: "Barnets plan", en: "Child's plan")
        case .youngPersonsPlan: T(da: "Ungeplan", en: "Young person's plan")
        }
    }
    static func decisionOutcome(_ outcome: Decision.Outcome) -> T {
        switch outcome {
        case .granted: T(da: "Bevilget", en: "Granted")
        case .partiallyGranted: T(da: "Delvis bevilget", en: "Partly granted")
        case .refused: T(da: "Afslag", en: "Refused")
        }
    }
    static func consentAnswer(_ answer: ConsentAnswer?) -> T {
        switch answer {
        case .given: T(da: "givet", en: "given")
        case .refused: T(da: "ikke givet", en: "refused")
        case nil: T(da: "ikke spurgt", en: "not asked")
        }
    }
    /// The form's value for "not asked" (a § 47 or § 39 decision, a young adult): an answer, unlike an empty choice.
    static let consentNotAsked = "notAsked"
    static func ownViewsWho(_ who: OwnViews.Who) -> T {
        switch who {
        case .child: T(da: "Barnet", en: "The child")
        case .parent: T(da: "En forælder", en: "A parent")
        }
    }

    // Labels
    static let reasonLabel = T(da: "Baggrund", en: "Reason")
    static let needKnownOn = T(da: "Behovet kendt", en: "Need known on")
    static let ics = T(da: "ICS-trekanten", en: "The ICS triangle")
    static let icsChild = T(da: "Barnets udvikling", en: "The child's development")
    static let icsParents = T(da: "Forældrekompetencer", en: "Parenting capacity")
    static let icsFamily = T(da: "Familie og netværk", en: "Family and network")
    static let childsViewsLabel = T(da: "Barnets synspunkter", en: "The child's views")
    static let parentsViewsLabel = T(da: "Forældrenes synspunkter", en: "The parents' views")
    static let conclusion = T(da: "Konklusion", en: "Conclusion")
    static let delayReason = T(da: "Hvorfor undersøgelsen trækker ud", en: "Why the investigation is taking longer")
    static let expectedConclusion = T(da: "Forventes afsluttet", en: "Expected to conclude")
    static let heldBy = T(da: "Holdt af", en: "Held by")
    static let place = T(da: "Sted", en: "Place")
    static let bisidder = T(da: "Bisidder", en: "Bisidder")
    static let bisidderAge = T(da: "Bisidderens alder", en: "The bisidder's age")
    static let bisidderRelation = T(da: "Bisidderens forhold til barnet", en: "The bisidder's relation to the child")
    static let childsWords = T(da: "Barnets egne ord", en: "The child's own words")
    static let notHeldReason = T(da: "Samtalen blev ikke holdt, fordi", en: "Not held, because")
    static let offersLabel = T(da: "Indsatser", en: "Offers")
    static let legalBasisLabel = T(da: "Lovgrundlag", en: "Legal basis")
    static let purpose = T(da: "Formål", en: "Purpose")
    static let expectedEnd = T(da: "Forventet slut", en: "Expected end")
    static let consentParents = T(da: "Samtykke fra forældremyndighed", en: "Consent of the custody holders")
    static let consentYoung = T(da: "Den unges samtykke", en: "The young person's consent")
    static let childHeardIn = T(da: "Barnet er hørt", en: "The child was heard")
    static let childNotHeard = T(da: "Barnet er ikke hørt, fordi", en: "The child was not heard, because")
    static let complaintGuidance = T(da: "Barnet har fået sin egen klagevejledning", en: "The child was given their own complaint guidance")
    static let complaintGuidanceQuestion = T(da: "Har barnet fået sin egen klagevejledning?", en: "Was the child given their own complaint guidance?")
    static let outcomeLabel = T(da: "Udfald", en: "Outcome")
    static let offerLabel = T(da: "Indsats", en: "Offer")
    static let endReasonLabel = T(da: "Årsag", en: "Reason")
    static let immediateHelpMark = T(da: "Straks-indsats", en: "Immediate help")
    static let nearHome = T(da: "Nær hjemmet", en: "Near home")
    static let schoolKept = T(da: "Samme skole", en: "School kept")
    static let contactArrangements = T(da: "Samvær og kontakt", en: "Contact arrangements")
    static let withoutConsent = T(da: "Uden samtykke (§ 47)", en: "Without consent (§ 47)")
    static let goals = T(da: "Mål", en: "Goals")
    static let goalWhat = T(da: "Hvad", en: "What")
    static let goalByWhen = T(da: "Hvornår", en: "By when")
    static let goalHow = T(da: "Hvordan ved vi det", en: "How we will know")
    static let childsHopes = T(da: "Barnets håb og drømme", en: "The child's hopes and dreams")
    static let planVersion = T(da: "udgave {0}", en: "version {0}")
    static let madeWithChild = T(da: "Lavet sammen med barnet", en: "Made with the child")
    static let madeWithParents = T(da: "Lavet sammen med forældrene", en: "Made with the parents")
    static let assessmentLabel = T(da: "Vurdering", en: "Assessment")
    static let nextFollowUp = T(da: "Næste opfølgning", en: "Next follow-up")
    static let nextFollowUpReason = T(da: "Begrundelse for datoen", en: "Why that date")
    static let ratingLabel = T(da: "Vurdering af målet", en: "Rating of the goal")
    static let fromStage = T(da: "Fra", en: "From")
    static let toStage = T(da: "Til", en: "To")
    static let participantsList = T(da: "Deltagere", en: "Participants")
    static let childPresent = T(da: "Barnet var med", en: "The child took part")
    static let familyPresent = T(da: "Familien var med", en: "The family took part")
    static let handoverPlan = T(da: "Plan for overgangen", en: "Plan for the transition")
    static let noteLabel = T(da: "Bemærkning", en: "Note")
    static let scaleAnswers = T(da: "Svar på skalaen", en: "Answers on the scale")

    // At a glance
    static let glanceMeasures = T(da: "Aktive indsatser", en: "Active measures")
    static let glanceNoMeasures = T(da: "Ingen aktive indsatser.", en: "No active measures.")
    static let glancePlan = T(da: "Planens mål", en: "The plan's goals")
    static let glanceNoPlan = T(da: "Ingen plan endnu.", en: "No plan yet.")
    static let glanceOpenActions = T(da: "Åbne aftalte handlinger", en: "Open agreed actions")
    static let notRatedYet = T(da: "ikke vurderet endnu", en: "not rated yet")
    static let since = T(da: "siden {0}", en: "since {0}")
}

extension Strings {
    static let stepAssessment = T(da: "Afdækning eller børnefaglig undersøgelse", en: "Focused assessment or investigation")
    static let stepAssessmentConclusion = T(da: "Afslut afdækning eller undersøgelse", en: "Conclude an assessment or investigation")
    static let stepMeasureStart = T(da: "Indsats begynder", en: "A measure starts")
    static let stepMeasureEnd = T(da: "Indsats ophører", en: "A measure ends")
    static let stepPlacementStart = T(da: "Anbringelse", en: "Placement")
    static let stepPlacementEnd = T(da: "Anbringelsen ophører", en: "The placement ends")
    static let stepPlan = T(da: "Barnets plan / ungeplan", en: "Child's plan / young person's plan")
    static let courseSteps = T(da: "Forløbet", en: "The course")
    static let courseStepsIntro = T(da: "Skriv næste skridt i barnets forløb:", en: "Record the next step in the child's course:")
    static let hintCourse = T(da: "Det, du skriver, bliver en indførsel i barnets forløb. Intet kan slettes bagefter – kun rettes.",
                              en: "What you write becomes an entry in the child's course. Nothing can be deleted afterwards – only corrected.")
    static let hintDecision = T(da: "En afgørelse hviler på barnets synspunkter: henvis til en børnesamtale eller barnets egne ord fra de seneste 6 måneder – eller begrund, hvorfor barnet ikke er hørt. Fra 10 år får barnet sin egen klagevejledning.",
                                en: "A decision rests on the child's views: refer to a child conversation or the child's own words from the last 6 months – or say why the child was not heard. From 10 the child gets their own complaint guidance.")
    static let hintConversation = T(da: "Skriv barnets egne ord – eller hvorfor samtalen ikke blev holdt. En bisidder skal være fyldt 15 år.",
                                    en: "Write the child's own words – or why the conversation was not held. A bisidder must be 15 or older.")
    static let hintPlan = T(da: "Konkrete mål: hvad, hvornår og hvordan vi ved, det er nået. En ny udgave erstatter den forrige; alle udgaver gemmes.",
                            en: "Concrete goals: what, by when and how we will know. A new version replaces the previous one; every version is kept.")
    static let hintFollowUp = T(da: "Vurdér hvert mål, og sæt dato for næste opfølgning med en begrundelse (§ 95).",
                                en: "Rate every goal and set the next follow-up with a reason (§ 95).")
    static let hintMeasureStart = T(da: "En indsats begynder på en afgørelse, med den hjemmel afgørelsen gav den. Begynder den før en børnefaglig undersøgelse er afsluttet, er den en straks-indsats (§ 32, stk. 4).",
                                    en: "A measure starts on a decision, on the provision the decision gave it. If it starts before an investigation is concluded, it is immediate help (§ 32, stk. 4).")
    static let errorDateInvalid = T(da: "Datoen kunne ikke læses. Brug formatet ÅÅÅÅ-MM-DD.", en: "The date could not be read. Use the format YYYY-MM-DD.")
    static let errorNumberInvalid = T(da: "Skriv et helt tal.", en: "Write a whole number.")
}

/// The offers catalogue's pages.
extension Strings {
    static let offersTitle = T(da: "Tilbudsviften", en: "The offers catalogue")
    static let offersIntro = T(da: "Kommunens tilbud og indsatser. Afgørelser og indsatser henviser til et tilbud ved dets id, som aldrig ændres; hver gemt udgave af viften bevares.",
                               en: "The municipality's offers. Decisions and measures refer to an offer by its id, which never changes; every saved version of the catalogue is kept.")
    static let offerNew = T(da: "Nyt tilbud", en: "New offer")
    static let offerId = T(da: "Id (små bogstaver, tal og bindestreg)", en: "Id (lower-case letters, digits and hyphens)")
    static let offerName = T(da: "Navn", en: "Name")
    static let offerProvider = T(da: "Udbyder", en: "Provider")
    static let offerTargetGroup = T(da: "Målgruppe", en: "Target group")
    static let offerMinimumAge = T(da: "Fra alder", en: "From age")
    static let offerMaximumAge = T(da: "Til og med alder", en: "Up to and including age")
    static let offerAges = T(da: "Alder", en: "Ages")
    static let offerLevelLabel = T(da: "Niveau", en: "Level")
    static let offerAccessLabel = T(da: "Adgang", en: "Access")
    static let offerCapacity = T(da: "Pladser", en: "Places")
    static let offerSaved = T(da: "Tilbuddet er gemt i en ny udgave af tilbudsviften.", en: "The offer is saved in a new version of the catalogue.")
    static let navOffers = T(da: "Tilbudsviften", en: "Offers")
}
