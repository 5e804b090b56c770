import SporDomain

/// The family's portal ("Min side"), in short sentences without jargon, and the caseworker's page that opens it.
extension Strings {
    // MARK: Frame and sign-in
    static let portalName = T(da: "Min side", en: "My page")
    static let portalTagline = T(da: "Børn og Familie i kommunen", en: "The municipality's Children and Family services")
    static let portalLoginTitle = T(da: "Log ind på Min side", en: "Log in to My page")
    static let portalLoginIntro = T(da: "Her kan du se din plan og skrive til din rådgiver.", en: "Here you can see your plan and write to your caseworker.")
    static let portalLoginFailed = T(da: "Brugernavn eller adgangskode passer ikke.", en: "The username or password is wrong.")
    static let portalFirstTime = T(da: "Første gang? Brug koden fra din rådgiver.", en: "First time? Use the code from your caseworker.")
    static let portalStaffLogin = T(da: "Er du medarbejder? Log ind her.", en: "Are you staff? Log in here.")
    static let portalLogout = T(da: "Log ud", en: "Log out")
    static let portalLoggedOut = T(da: "Du er logget ud.", en: "You are logged out.")
    static let portalNav = T(da: "Min side", en: "My page")
    static let portalNavPlan = T(da: "Min plan", en: "My plan")
    static let portalNavParent = T(da: "Barnets plan", en: "The child's plan")
    static let portalNavSay = T(da: "Det vil jeg gerne sige", en: "What I want to say")

    // MARK: Activation
    static let activateTitle = T(da: "Åbn din konto", en: "Open your account")
    static let activateIntro = T(da: "Skriv koden fra din rådgiver. Vælg så et brugernavn og en adgangskode, som kun du kender.",
                                 en: "Type the code from your caseworker. Then choose a username and a password that only you know.")
    static let activationCode = T(da: "Kode fra din rådgiver", en: "Code from your caseworker")
    static let activationCodeHint = T(da: "12 tegn, fx K7QD-M2XA-94RT", en: "12 characters, e.g. K7QD-M2XA-94RT")
    static let chooseUsername = T(da: "Vælg et brugernavn", en: "Choose a username")
    static let usernameHint = T(da: "3–40 tegn: bogstaver, tal, punktum, bindestreg", en: "3–40 characters: letters, digits, dot, hyphen")
    static let choosePassword = T(da: "Vælg en adgangskode", en: "Choose a password")
    static let passwordHint = T(da: "Mindst 12 tegn. Tre ord er nemme at huske, fx »grøn hest hopper«.",
                                en: "At least 12 characters. Three words are easy to remember, e.g. \"green horse jumps\".")
    static let repeatPassword = T(da: "Skriv adgangskoden igen", en: "Type the password again")
    static let activateButton = T(da: "Åbn min konto", en: "Open my account")
    static let activated = T(da: "Din konto er åben. Velkommen!", en: "Your account is open. Welcome!")

    // MARK: The child's plan
    static let myPlanTitle = T(da: "Min plan", en: "My plan")
    static func hello(_ name: String) -> T { T(da: "Hej \(name)", en: "Hi \(name)") }
    static let myPlanIntro = T(da: "Her kan du se, hvad vi arbejder på sammen, og hvem der hjælper dig.",
                               en: "Here you can see what we are working on together, and who helps you.")
    static let myGoals = T(da: "Mine mål", en: "My goals")
    static let noGoalsYet = T(da: "Du har ikke en plan endnu. Din rådgiver laver den sammen med dig.",
                              en: "You do not have a plan yet. Your caseworker makes it with you.")
    static let goalBy = T(da: "Inden {0}", en: "By {0}")
    static let goalHowWeKnow = T(da: "Sådan kan vi se det: {0}", en: "How we will know: {0}")
    static func goalGoing(_ rating: GoalRating?) -> T {
        switch rating {
        case nil: T(da: "Vi har ikke talt om, hvordan det går endnu.", en: "We have not talked about how it is going yet.")
        case .notStarted?: T(da: "Vi er ikke gået i gang endnu.", en: "We have not started yet.")
        case .progress?: T(da: "Det går fremad.", en: "It is getting better.")
        case .reached?: T(da: "Du har nået målet!", en: "You reached the goal!")
        case .dropped?: T(da: "Vi arbejder ikke med målet mere.", en: "We no longer work on this goal.")
        }
    }
    static let myHopes = T(da: "Det håber jeg", en: "What I hope")
    static let myHelp = T(da: "Den hjælp jeg får", en: "The help I get")
    static let noHelpYet = T(da: "Du får ikke hjælp fra kommunen lige nu.", en: "You do not get help from the municipality right now.")
    static let helpFrom = T(da: "Fra {0}, siden {1}", en: "From {0}, since {1}")
    static let myContact = T(da: "Min kontaktperson", en: "My contact person")
    static let contactIs = T(da: "Din rådgiver er {0}.", en: "Your caseworker is {0}.")
    static let noContactYet = T(da: "Du har ikke fået en rådgiver endnu.", en: "You do not have a caseworker yet.")
    static let contactHow = T(da: "Du kan skrive til din rådgiver her på siden. Du kan også ringe til kommunens Børn og Familie. Nummeret står på kommunens hjemmeside.",
                              en: "You can write to your caseworker here on this page. You can also call the municipality's Children and Family services; the number is on the municipality's website.")
    static let myNextMeeting = T(da: "Mit næste møde", en: "My next meeting")
    static let nextMeetingOn = T(da: "Vi mødes igen omkring {0} og taler om, hvordan det går.", en: "We meet again around {0} to talk about how it is going.")
    static let noNextMeeting = T(da: "Der er ikke sat et møde endnu. Din rådgiver fortæller dig, når der er.",
                                 en: "No meeting is set yet. Your caseworker will tell you when there is one.")
    static let sayBeforeMeeting = T(da: "Skriv, hvad du gerne vil sige til mødet", en: "Write what you want to say at the meeting")
    static let myRights = T(da: "Mine rettigheder", en: "My rights")
    static func rightText(_ kind: ChildRight.Kind) -> T {
        switch kind {
        case .beHeard: T(da: "Du har ret til at sige din mening, før vi beslutter noget om dig. Vi lytter, også når vi ikke er enige.",
                         en: "You have the right to say what you think before we decide anything about you. We listen, also when we do not agree.")
        case .bisidder: T(da: "Du må tage en voksen, du er tryg ved, med til møderne. Det kaldes en bisidder. Personen skal være mindst 15 år.",
                          en: "You may bring an adult you feel safe with to the meetings. This person is called a bisidder and must be at least 15.")
        case .complain: T(da: "Du kan klage over en afgørelse, hvis du er uenig. Din rådgiver hjælper dig med at klage.",
                          en: "You can complain about a decision if you disagree. Your caseworker helps you complain.")
        case .consent: T(da: "Du skal selv sige ja, før vi sætter visse former for hjælp i gang.",
                         en: "You must say yes yourself before we start some kinds of help.")
        }
    }
    static let rightFromAge = T(da: "Når du fylder {0} år.", en: "When you turn {0}.")
    static let rightHolds = T(da: "Det gælder for dig.", en: "This applies to you.")
    static let openOffersTitle = T(da: "Steder du selv kan gå hen", en: "Places you can go to yourself")
    static let openOffersIntro = T(da: "Det kræver ikke en henvisning. Du kan bare tage kontakt.", en: "You need no referral. You can just get in touch.")
    static let sentViewsTitle = T(da: "Det har du sendt", en: "What you have sent")
    static let sentOn = T(da: "Sendt {0}", en: "Sent {0}")

    // MARK: The parent's page
    static let parentPlanTitle = T(da: "{0} plan", en: "{0} plan")
    static let parentContactIs = T(da: "Barnets rådgiver er {0}.", en: "The child's caseworker is {0}.")
    static let parentIntro = T(da: "Her kan du se barnets plan, hjælpen, møderne og afgørelserne.",
                               en: "Here you can see the child's plan, the help, the meetings and the decisions.")
    static let parentGoals = T(da: "Målene i planen", en: "The goals in the plan")
    static let parentHelp = T(da: "Hjælpen", en: "The help")
    static let parentContact = T(da: "Jeres kontaktperson", en: "Your contact person")
    static let parentMeetings = T(da: "Møder", en: "Meetings")
    static let noMeetings = T(da: "Ingen møder endnu.", en: "No meetings yet.")
    static func meetingKind(_ kind: FamilyView.Meeting.Kind) -> T {
        switch kind {
        case .networkMeeting: T(da: "Netværksmøde", en: "Network meeting")
        case .followUp: T(da: "Opfølgningsmøde", en: "Follow-up meeting")
        case .handoverMeeting: T(da: "Overleveringsmøde", en: "Handover meeting")
        case .childConversation: T(da: "Samtale med barnet", en: "Conversation with the child")
        }
    }
    static let parentDecisions = T(da: "Afgørelser", en: "Decisions")
    static let noDecisions = T(da: "Ingen afgørelser endnu.", en: "No decisions yet.")
    static let decidedOn = T(da: "Afgørelse {0}", en: "Decision of {0}")
    static let decisionPurpose = T(da: "Formål: {0}", en: "Purpose: {0}")
    static let decisionUntil = T(da: "Forventes at vare til {0}.", en: "Expected to last until {0}.")
    static let familyComplaintGuidance = T(da: "Klagevejledning: Er du uenig, kan du klage inden 4 uger fra du fik afgørelsen. Send klagen til kommunen, som ser på sagen igen. Holder kommunen fast i afgørelsen, sender den klagen videre til Ankestyrelsen. Din rådgiver hjælper gerne.",
                                      en: "How to complain: If you disagree, you can complain within 4 weeks of receiving the decision. Send the complaint to the municipality, which looks at the case again. If the municipality keeps its decision, it sends the complaint on to the National Social Appeals Board (Ankestyrelsen). Your caseworker is glad to help.")

    // MARK: Det vil jeg gerne sige
    static let sayTitle = T(da: "Det vil jeg gerne sige", en: "What I want to say")
    static let sayIntro = T(da: "Skriv det, du gerne vil have, at din rådgiver ved før mødet. Din rådgiver læser det, og det bliver gemt i din sag.",
                            en: "Write what you want your caseworker to know before the meeting. Your caseworker reads it, and it is kept in your case.")
    static let sayParentIntro = T(da: "Skriv det, du gerne vil have, at rådgiveren ved før mødet. Det bliver gemt i sagen.",
                                  en: "Write what you want the caseworker to know before the meeting. It is kept in the case.")
    static let sayText = T(da: "Det vil jeg gerne sige", en: "What I want to say")
    static let sayTextHint = T(da: "Højst 20.000 tegn.", en: "At most 20,000 characters.")
    static let sayScaleLegend = T(da: "Eller vælg et svar (1 = dårligt, 5 = rigtig godt)", en: "Or pick an answer (1 = bad, 5 = really good)")
    static let scaleNoAnswer = T(da: "Vil ikke svare", en: "Rather not say")
    static func scaleQuestion(_ question: PortalScaleQuestion) -> T {
        switch question {
        case .home: T(da: "Hvordan har du det derhjemme?", en: "How are things at home?")
        case .school: T(da: "Hvordan har du det i skolen?", en: "How are things at school?")
        case .friends: T(da: "Hvordan har du det med dine venner?", en: "How are things with your friends?")
        }
    }
    static func scaleValue(_ value: Int) -> T {
        switch value {
        case 1: T(da: "1 · Dårligt", en: "1 · Bad")
        case 2: T(da: "2 · Ikke så godt", en: "2 · Not so good")
        case 3: T(da: "3 · Midt imellem", en: "3 · In between")
        case 4: T(da: "4 · Godt", en: "4 · Good")
        default: T(da: "5 · Rigtig godt", en: "5 · Really good")
        }
    }
    static let meetingDate = T(da: "Til mødet den (hvis du ved det)", en: "For the meeting on (if you know)")
    static let sendButton = T(da: "Send til min rådgiver", en: "Send to my caseworker")
    static let sent = T(da: "Tak. Din rådgiver kan nu læse det, du skrev.", en: "Thank you. Your caseworker can now read what you wrote.")
    static let sayTooLong = T(da: "Din tekst er for lang: {0} tegn. Der er plads til 20.000. Din tekst står her stadig, så du kan gøre den kortere.",
                              en: "Your text is too long: {0} characters. There is room for 20,000. Your text is still here, so you can make it shorter.")
    static let sayEmpty = T(da: "Skriv noget, eller vælg et svar på en af linjerne.", en: "Write something, or pick an answer on one of the lines.")

    // MARK: The caseworker's side
    static let familyAccessTitle = T(da: "Familiens adgang til Min side", en: "The family's access to My page")
    static let familyAccessIntro = T(da: "Barnet (fra 10 år) og forældre med forældremyndighed kan få en konto. De ser planen, hjælpen, møderne og — forældre — afgørelserne. De ser aldrig journalnotater eller hvem der har underrettet. Giv koden personligt; den virker én gang i 14 dage.",
                                     en: "The child (from 10) and parents with custody can get an account. They see the plan, the help, the meetings and — parents — the decisions. They never see journal notes or who notified. Hand the code over in person; it works once, for 14 days.")
    static let familyAccessLink = T(da: "Familiens adgang til Min side", en: "Family access to My page")
    static let actionsColumn = T(da: "Handlinger", en: "Actions")
    static let accountFor = T(da: "Konto til", en: "Account for")
    static let accountChild = T(da: "Barnet selv", en: "The child")
    static let accountState = T(da: "Status", en: "Status")
    static let accountWaiting = T(da: "Venter på aktivering (koden udløber {0})", en: "Waiting for activation (the code expires {0})")
    static let accountCodeExpired = T(da: "Koden er udløbet — lav en ny", en: "The code has expired — make a new one")
    static let accountActive = T(da: "Aktiv siden {0}", en: "Active since {0}")
    static let accountRevoked = T(da: "Lukket {0}", en: "Closed {0}")
    static let noAccounts = T(da: "Ingen konti endnu.", en: "No accounts yet.")
    static let createAccount = T(da: "Opret konto", en: "Create account")
    static let newCode = T(da: "Ny kode", en: "New code")
    static let revokeAccount = T(da: "Luk konto", en: "Close account")
    static let codeShownOnce = T(da: "Aktiveringskode til {0}: {1}. Den vises kun nu. Den virker én gang, indtil {2}, på {3}.",
                                 en: "Activation code for {0}: {1}. It is shown only now. It works once, until {2}, at {3}.")
    static let accountClosed = T(da: "Kontoen er lukket.", en: "The account is closed.")
    static let childTooYoungForAccount = T(da: "Barnet er under 10 år og kan ikke få sin egen konto endnu.", en: "The child is under 10 and cannot have an account yet.")
    static let forMeetingOn = T(da: "til mødet {0}", en: "for the meeting on {0}")
    static let viaPortal = T(da: "Sendt via Min side", en: "Sent through My page")
}

/// The simple scale's questions for younger children on "Det vil jeg gerne sige".
enum PortalScaleQuestion: String, CaseIterable {
    case home, school, friends
}
