import SporDomain
import SporStore

/// The string catalog: every text the interface shows, in Danish and English.
public enum Strings {
    typealias T = LocalizedText

    // MARK: Frame
    static let appName = T(da: "Spor", en: "Spor")
    static let appTagline = T(da: "Børne- og Familieområdet", en: "Children and Family services")
    static let skipToContent = T(da: "Spring til indhold", en: "Skip to content")
    static let mainNavigation = T(da: "Hovedmenu", en: "Main menu")
    static let logout = T(da: "Log ud", en: "Log out")
    static let loggedInAs = T(da: "Logget ind som {0} ({1})", en: "Logged in as {0} ({1})")
    static let languageSwitch = T(da: "Sprog", en: "Language")
    static let footer = T(da: "Spor — journal og politik for børn og unge i udsatte positioner. Alle data i demoen er opdigtede.",
                          en: "Spor — case journal and policy for children and young people in vulnerable positions. All demo data is made up.")
    static let demoMode = T(da: "Demo: alle personer og CPR-numre er genererede.", en: "Demo: every person and CPR number is generated.")

    // MARK: Navigation
    static let navMyChildren = T(da: "Mine børn", en: "My children")
    static let navTeam = T(da: "Teamets børn", en: "Team's children")
    static let navSearch = T(da: "Søg", en: "Search")
    static let navOutreach = T(da: "Fremskudt rådgivning", en: "Outreach")
    static let navProfessional = T(da: "Bekymret for et barn", en: "Worried about a child")
    static let navPolicy = T(da: "Politik i tal", en: "Policy in numbers")
    static let navAdmin = T(da: "Administration", en: "Administration")
    static let navAccount = T(da: "Min konto", en: "My account")

    // MARK: Login
    static let loginTitle = T(da: "Log ind", en: "Log in")
    static let loginIntro = T(da: "Log ind med dit brugernavn og din adgangskode.", en: "Log in with your username and password.")
    static let username = T(da: "Brugernavn", en: "Username")
    static let password = T(da: "Adgangskode", en: "Password")
    static let loginButton = T(da: "Log ind", en: "Log in")
    static let loginFailed = T(da: "Brugernavn eller adgangskode er forkert. Prøv igen.", en: "The username or password is wrong. Try again.")
    static let loggedOut = T(da: "Du er logget ud.", en: "You are logged out.")

    // MARK: Roles
    static func role(_ role: Role) -> T {
        switch role {
        case .caseworker: T(da: "Rådgiver", en: "Caseworker")
        case .outreach: T(da: "Fremskudt rådgiver", en: "Outreach counsellor")
        case .professional: T(da: "Fagperson", en: "Professional")
        case .teamLead: T(da: "Leder", en: "Team lead")
        case .policy: T(da: "Forvaltning", en: "Policy staff")
        case .admin: T(da: "Administrator", en: "Administrator")
        }
    }

    // MARK: Children lists
    static let myChildrenTitle = T(da: "Mine børn", en: "My children")
    static let myChildrenIntro = T(da: "Børn med en åben sag, hvor du er rådgiver.", en: "Children with an open case where you are the caseworker.")
    static let teamTitle = T(da: "Teamets børn", en: "The team's children")
    static let teamIntro = T(da: "Åbne sager i {0}.", en: "Open cases in {0}.")
    static let noChildren = T(da: "Ingen børn at vise.", en: "No children to show.")
    static let columnName = T(da: "Navn", en: "Name")
    static let columnAge = T(da: "Alder", en: "Age")
    static let columnDistrict = T(da: "Område", en: "District")
    static let columnConcern = T(da: "Bekymring", en: "Concern")
    static let columnCaseworker = T(da: "Rådgiver", en: "Caseworker")
    static let columnLastActivity = T(da: "Seneste aktivitet", en: "Last activity")
    static let columnAccessLog = T(da: "Opslag", en: "Access log")
    static let years = T(da: "{0} år", en: "{0} years")
    static let childCount = T(da: "{0} børn", en: "{0} children")
    static let none = T(da: "—", en: "—")
    static let showAccessLog = T(da: "Hvem har kigget?", en: "Who has looked?")

    static func concernSource(_ source: ConcernSource) -> T {
        switch source {
        case .teacher: T(da: "Lærer", en: "Teacher")
        case .pedagogue: T(da: "Pædagog", en: "Pedagogue")
        case .healthVisitor: T(da: "Sundhedsplejerske", en: "Health visitor")
        case .ppr: T(da: "PPR", en: "Educational psychology (PPR)")
        case .ssp: T(da: "SSP", en: "SSP (school, social services, police)")
        case .doctor: T(da: "Læge", en: "Doctor")
        case .parent: T(da: "Forælder", en: "Parent")
        case .child: T(da: "Barnet selv", en: "The child")
        case .caseworker: T(da: "Rådgiver", en: "Caseworker")
        case .other: T(da: "Andre", en: "Other")
        }
    }

    // MARK: Child page
    static let cprLabel = T(da: "CPR", en: "CPR")
    static let birthDate = T(da: "Født", en: "Born")
    static let institution = T(da: "Skole/dagtilbud", en: "School/daycare")
    static let caseStatus = T(da: "Sag", en: "Case")
    static let caseOpen = T(da: "Åben", en: "Open")
    static let caseClosedStatus = T(da: "Lukket", en: "Closed")
    static let caseNone = T(da: "Ingen sag", en: "No case")
    static let noCaseworker = T(da: "Ingen rådgiver", en: "No caseworker")
    static let concernOverTime = T(da: "Bekymring over tid", en: "Concern over time")
    static let noConcerns = T(da: "Ingen bekymringer registreret.", en: "No concerns recorded.")
    static let timeline = T(da: "Tidslinje", en: "Timeline")
    static let timelineEmpty = T(da: "Ingen indførsler endnu.", en: "No entries yet.")
    static let addConcern = T(da: "Registrér bekymring", en: "Record a concern")
    static let addNote = T(da: "Skriv journalnotat", en: "Write a journal note")
    static let assignCaseworker = T(da: "Tildel rådgiver", en: "Assign caseworker")
    static let closeCase = T(da: "Luk sagen", en: "Close the case")
    static let level = T(da: "Niveau", en: "Level")
    static let source = T(da: "Hvem er bekymret", en: "Who is worried")
    static let description = T(da: "Beskrivelse", en: "Description")
    static let noteText = T(da: "Notat", en: "Note")
    static let occurredAt = T(da: "Tidspunkt", en: "When")
    static let caseworker = T(da: "Rådgiver", en: "Caseworker")
    static let reason = T(da: "Begrundelse", en: "Reason")
    static let save = T(da: "Gem", en: "Save")
    static let saved = T(da: "Gemt i journalen.", en: "Saved in the journal.")
    static let correct = T(da: "Ret denne indførsel", en: "Correct this entry")
    static let correctionReason = T(da: "Hvorfor rettes der?", en: "Why is it corrected?")
    static let voidEntry = T(da: "Indført ved en fejl – annullér", en: "Entered in error – void")
    static let voidLegend = T(da: "Annullering", en: "Voiding")
    static let saveCorrection = T(da: "Gem rettelse", en: "Save correction")
    static let correctedMark = T(da: "Rettet", en: "Corrected")
    static let voidedMark = T(da: "Annulleret", en: "Voided")
    static let correctionOf = T(da: "Rettelse: {0}", en: "Correction: {0}")
    static let nowReads = T(da: "Gælder nu:", en: "Now reads:")
    static let recordedBy = T(da: "Skrevet af {0}, registreret {1}", en: "Written by {0}, recorded {1}")
    static let formHasErrors = T(da: "Indførslen blev ikke gemt:", en: "The entry was not saved:")

    static func entryKind(_ kind: EntryKind) -> T {
        switch kind {
        case .concern: T(da: "Bekymring", en: "Concern")
        case .consultation: T(da: "Sparring", en: "Consultation")
        case .networkMeeting: T(da: "Netværksmøde", en: "Network meeting")
        case .notification: T(da: "Underretning", en: "Notification")
        case .urgencyAssessment: T(da: "Vurdering inden 24 timer", en: "24-hour assessment")
        case .receiptSent: T(da: "Kvittering sendt", en: "Receipt sent")
        case .notifierFeedback: T(da: "Tilbagemelding til underretter", en: "Feedback to notifier")
        case .screening: T(da: "Screening", en: "Screening")
        case .focusedAssessment: T(da: "Afdækning", en: "Focused assessment")
        case .focusedAssessmentConcluded: T(da: "Afdækning afsluttet", en: "Focused assessment concluded")
        case .investigation: T(da: "Børnefaglig undersøgelse", en: "Child welfare investigation")
        case .investigationConcluded: T(da: "Børnefaglig undersøgelse afsluttet", en: "Investigation concluded")
        case .preliminaryAssessment: T(da: "Foreløbig vurdering", en: "Preliminary assessment")
        case .handoverMeeting: T(da: "Overleveringsmøde", en: "Handover meeting")
        case .childConversation: T(da: "Børnesamtale", en: "Child conversation")
        case .ownViews: T(da: "Barnets egne synspunkter", en: "The child's own views")
        case .decision: T(da: "Afgørelse", en: "Decision")
        case .measureStarted: T(da: "Indsats begyndt", en: "Measure started")
        case .measureEnded: T(da: "Indsats ophørt", en: "Measure ended")
        case .plan: T(da: "Barnets plan", en: "Child's plan")
        case .followUp: T(da: "Opfølgning", en: "Follow-up")
        case .placementStarted: T(da: "Anbringelse", en: "Placement")
        case .placementEnded: T(da: "Anbringelse ophørt", en: "Placement ended")
        case .homecomingPlan, .homecomingFollowUp, .fosterCarers: homecomingEntryKind(kind)
        case .transition: T(da: "Overgang", en: "Transition")
        case .caseworkerAssigned: T(da: "Rådgiver tildelt", en: "Caseworker assigned")
        case .journalNote: T(da: "Journalnotat", en: "Journal note")
        case .correction: T(da: "Rettelse", en: "Correction")
        case .caseClosed: T(da: "Sag lukket", en: "Case closed")
        case .taskCompleted, .deadlineNotRelevant: taskEntryKind(kind)
        case .letter: T(da: "Brev", en: "Letter")
        case .letterHandedOver: T(da: "Brev afsendt", en: "Letter handed over")
        case .attachment: T(da: "Bilag", en: "Attachment")
        case .schooling: schoolingKind
        case .contactPlan, .contactVisit: contactEntryKind(kind)
        case .preparednessStep: preparednessEntryKind
        }
    }

    // MARK: Notifications
    static func notifierKind(_ kind: NotifierKind) -> T {
        switch kind {
        case .professional: T(da: "Fagperson", en: "Professional")
        case .privatePerson: T(da: "Privatperson", en: "Private person")
        case .anonymous: T(da: "Anonym", en: "Anonymous")
        case .child: T(da: "Barnet selv", en: "The child")
        case .police: T(da: "Politiet", en: "The police")
        case .healthcare: T(da: "Sygehus eller læge", en: "Hospital or GP")
        case .otherMunicipality: T(da: "Anden kommune", en: "Another municipality")
        }
    }
    static func nextStep(_ step: NextStep) -> T {
        switch step {
        case .noAction: T(da: "Ingen videre handling", en: "No further action")
        case .focusedAssessment: T(da: "Afdækning (§ 19)", en: "Focused assessment (§ 19)")
        case .investigation: T(da: "Børnefaglig undersøgelse (§ 20)", en: "Child welfare investigation (§ 20)")
        case .immediateHelp: T(da: "Straks-indsats", en: "Immediate help")
        case .reassessment: T(da: "Revurdering af kendt barn (§ 137)", en: "Reassessment of a known child (§ 137)")
        }
    }
    static let dialogBased = T(da: "Dialogbaseret (familien er orienteret eller var med)", en: "Dialog-based (the family was told or took part)")
    static let concernsAbuse = T(da: "Drejer sig om (mistanke om) overgreb", en: "Concerns (suspected) abuse")
    static let inDanger = T(da: "Barnets sundhed eller udvikling er i fare", en: "The child's health or development is in danger")
    static let acuteMeasures = T(da: "Akutte foranstaltninger er nødvendige", en: "Acute measures are needed")
    static let nextStepLabel = T(da: "Næste skridt", en: "Next step")
    static let reasoning = T(da: "Begrundelse", en: "Reasoning")
    static let yes = T(da: "Ja", en: "Yes")
    static let no = T(da: "Nej", en: "No")
    /// {0}: the hours the municipality's rule book gives (the law's most is 24).
    static let assessNotification = T(da: "Vurdér inden {0} timer (§ 136)", en: "Assess within {0} hours (§ 136)")
    /// {0}: the working days the municipality's rule book gives (the law's most is 6).
    static let sendReceipt = T(da: "Send kvittering (inden {0} hverdage)", en: "Send receipt (within {0} working days)")
    static let receiptDraft = T(da: "Tak for din underretning om {0}, som vi modtog {1}. Vi har vurderet den og arbejder videre med sagen. Du får besked om, hvorvidt underretningen fører til en undersøgelse. Venlig hilsen Børne- og Familieafdelingen",
                                en: "Thank you for your notification about {0}, which we received {1}. We have assessed it and are working on the case. You will be told whether it leads to an investigation. Kind regards, Children and Family services")
    static let giveFeedback = T(da: "Tilbagemelding til underretter", en: "Feedback to the notifier")
    static let ledToInvestigation = T(da: "Førte til en undersøgelse", en: "Led to an investigation")
    static let receiptText = T(da: "Kvitteringens tekst", en: "Text of the receipt")
    static let feedbackText = T(da: "Tilbagemeldingens tekst", en: "Text of the feedback")

    // MARK: The professional's side
    static let findChild = T(da: "Hvilket barn drejer det sig om?", en: "Which child is it about?")
    static let findChildHint = T(da: "Skriv barnets CPR-nummer – eller, hvis du ikke kender det, barnets fulde navn og fødselsdato.",
                                 en: "Write the child's CPR number – or, if you do not know it, the child's full name and birth date.")
    static let childName = T(da: "Barnets fulde navn", en: "The child's full name")
    static let whatToPassOn = T(da: "Hvad vil du give videre?", en: "What do you want to pass on?")
    static let submissionKind = T(da: "Slags", en: "Kind")
    static let levelIfConcern = T(da: "Bekymringsniveau (ved en bekymring)", en: "Concern level (for a concern)")
    static let submit = T(da: "Send", en: "Send")
    static let submissionReceived = T(da: "Modtaget. Du kan følge den her på siden.", en: "Received. You can follow it here on this page.")
    static let submissionNotSaved = T(da: "Intet blev sendt:", en: "Nothing was sent:")
    static let childIdentifierMissing = T(da: "Skriv barnets CPR-nummer, eller barnets fulde navn og fødselsdato.", en: "Write the child's CPR number, or the child's full name and birth date.")
    static let childNotFoundByIdentifier = T(da: "Vi kan ikke finde præcis ét barn med de oplysninger. Tjek dem, eller ring til Børne- og Familieafdelingen.",
                                             en: "We cannot find exactly one child with those details. Check them, or call the Children and Family department.")
    static let submissionStatus = T(da: "Status", en: "Status")
    static let statusReceived = T(da: "Modtaget {0}", en: "Received {0}")
    static let statusReceiptSent = T(da: "kvittering sendt {0}", en: "receipt sent {0}")
    static let statusLedToInvestigation = T(da: "førte til en undersøgelse", en: "led to an investigation")
    static let statusNoInvestigation = T(da: "førte ikke til en undersøgelse", en: "did not lead to an investigation")

    // MARK: Intake
    static let intakeTitle = T(da: "Nye underretninger", en: "New notifications")
    static let intakeIntro = T(da: "Underretninger i {0}, der venter på vurderingen inden 24 timer (§ 136).",
                               en: "Notifications in {0} waiting for the assessment within 24 hours (§ 136).")
    static let countedAt = T(da: "Tiden er talt {0}.", en: "Time counted {0}.")
    static let countAgain = T(da: "Tæl igen", en: "Count again")
    static let intakeEmpty = T(da: "Ingen underretninger venter.", en: "No notifications are waiting.")
    static let columnReceived = T(da: "Modtaget", en: "Received")
    static let columnNotifier = T(da: "Underretter", en: "Notifier")
    static let columnAssessmentDue = T(da: "Vurdering inden 24 timer", en: "Assessment within 24 hours")
    static let durationHours = T(da: "{0} t {1} min", en: "{0} h {1} min")
    static let durationDays = T(da: "{0} døgn {1} t", en: "{0} days {1} h")
    static let timeLeft = T(da: "{0} tilbage", en: "{0} left")
    static let overdueBy = T(da: "Overskredet med {0}", en: "Overdue by {0}")
    static let navIntake = T(da: "Nye underretninger", en: "New notifications")
    static let sentAt = T(da: "Sendt", en: "Sent")

    // MARK: Worklist
    static let columnDue = T(da: "Frist", en: "Due")
    static let teamList = T(da: "{0} (ikke fordelt)", en: "{0} (unassigned)")

    // MARK: Network meetings (SOS)
    static let meetingTitle = T(da: "Netværksmøde", en: "Network meeting")
    static let meetingIntro = T(da: "Netværksmødet efter SOS-modellen: tal med barnet og familien, ikke om dem.",
                                en: "The network meeting in the SOS model: talk with the child and the family, not about them.")
    static let meetingWorries = T(da: "Hvad er vi bekymrede for?", en: "What are we worried about?")
    static let meetingWorkingWell = T(da: "Hvad går godt?", en: "What is working well?")
    static let meetingNeedsToHappen = T(da: "Hvad skal der ske?", en: "What needs to happen?")
    static let safetyScale = T(da: "Sikkerhedsskala (0 = barnet kan ikke være trygt som nu, 10 = alle er enige om, at barnet er trygt nok)",
                               en: "Safety scale (0 = the child cannot stay safe as things are, 10 = everyone agrees the child is safe enough)")
    static let participants = T(da: "Hvem var med?", en: "Who took part?")
    static let participantChild = T(da: "Barnet", en: "The child")
    static let participantParents = T(da: "Forældrene", en: "The parents")
    static let participantNetwork = T(da: "Netværket", en: "The network")
    static let agreedActions = T(da: "Aftalte handlinger", en: "Agreed actions")
    static let actionWhat = T(da: "Hvad", en: "What")
    static let actionOwner = T(da: "Hvem", en: "Who")
    static let actionDue = T(da: "Senest", en: "By")
    static let threeHouses = T(da: "Barnets egne ord – de tre huse", en: "The child's own words – the three houses")
    static let houseWorries = T(da: "Bekymringernes hus", en: "House of worries")
    static let houseGood = T(da: "Det gode hus", en: "House of good things")
    static let houseDreams = T(da: "Drømmenes hus", en: "House of dreams")
    static let meetingSaved = T(da: "Netværksmødet er gemt. Aftalte handlinger står på de ansvarliges arbejdslister.",
                                en: "The network meeting is saved. Agreed actions are on their owners' worklists.")
    static let scaleValue = T(da: "Sikkerhedsskala: {0}/10", en: "Safety scale: {0}/10")
    static let navMeeting = T(da: "Netværksmøde", en: "Network meeting")

    // MARK: Search
    static let searchTitle = T(da: "Søg efter et barn", en: "Search for a child")
    static let searchLabel = T(da: "Navn eller CPR-nummer", en: "Name or CPR number")
    static let searchButton = T(da: "Søg", en: "Search")
    static let searchNoResults = T(da: "Ingen børn passer til søgningen.", en: "No children match the search.")
    static let searchHint = T(da: "Skriv et eller flere navne, eller et helt CPR-nummer (DDMMÅÅ-XXXX).",
                              en: "Type one or more names, or a whole CPR number (DDMMYY-XXXX).")

    // MARK: Registration
    static let registerTitle = T(da: "Opret et barn", en: "Register a child")
    static let registerIntro = T(da: "Opret et barn, der ikke findes i Spor. Søg først, så barnet ikke oprettes to gange. Fødselsdato og køn læses af CPR-nummeret.",
                                 en: "Register a child who is not in Spor. Search first, so the child is not registered twice. Birth date and sex are read from the CPR number.")
    static let registerButton = T(da: "Opret barnet", en: "Register the child")
    static let registerNotSaved = T(da: "Barnet blev ikke oprettet:", en: "The child was not registered:")
    static let childRegistered = T(da: "Barnet er oprettet.", en: "The child is registered.")
    static let givenName = T(da: "Fornavn(e)", en: "Given name(s)")
    static let familyName = T(da: "Efternavn", en: "Family name")
    static let navRegister = T(da: "Opret barn", en: "Register child")

    // MARK: Break-the-glass
    static let breakGlassTitle = T(da: "Adgang med begrundelse", en: "Access with a stated reason")
    static let breakGlassIntro = T(da: "Hvis du har et sagligt behov for at se barnet, kan du skrive hvorfor. Du får adgang i {0} timer. Din begrundelse og dit opslag logges og vises for din leder.",
                                   en: "If you have a legitimate need to see the child, write why. You get access for {0} hours. Your reason and your look are logged and shown to your team lead.")
    static let breakGlassReason = T(da: "Hvorfor skal du se barnet?", en: "Why do you need to see the child?")
    static let breakGlassButton = T(da: "Giv mig adgang", en: "Give me access")
    static let breakGlassGranted = T(da: "Du har fået adgang med begrundelse. Det er logget.", en: "You have access with a stated reason. It is logged.")
    static let breakGlassReviewTitle = T(da: "Adgang med begrundelse i teamet", en: "Access with a stated reason in the team")
    static let breakGlassReviewIntro = T(da: "De seneste 90 dages adgang med begrundelse: dit teams medarbejdere uden for deres sager, og alle, der har åbnet et af teamets børn.",
                                         en: "The last 90 days' access with a stated reason: your team's staff outside their cases, and anyone who opened one of the team's children.")
    static let breakGlassNone = T(da: "Ingen har brugt adgang med begrundelse.", en: "Nobody has used access with a stated reason.")
    static let breakGlassExpires = T(da: "Udløber", en: "Expires")
    static let navBreakGlass = T(da: "Adgang med begrundelse", en: "Access with reason")

    // MARK: Data-subject access
    static let exportTitle = T(da: "Alle oplysninger om {0}", en: "All data about {0}")
    static let exportIntro = T(da: "Indsigt: alt, hvad Spor har om barnet — stamdata, familie, hele journalen med rettelser og hvem der har set oplysningerne. Udtrækket er logget.",
                               en: "Subject access: everything Spor holds about the child — identity, family, the whole journal with corrections and who has seen the data. This export is logged.")
    static let exportLink = T(da: "Indsigt: hent alle oplysninger", en: "Subject access: export all data")
    static let exportJSON = T(da: "Hent som JSON", en: "Download as JSON")
    static let exportFamily = T(da: "Familie og netværk", en: "Family and network")
    static let exportCustody = T(da: "forældremyndighed", en: "custody")
    static let exportJournal = T(da: "Journal", en: "Journal")
    static let exportAccess = T(da: "Hvem har set oplysningerne", en: "Who has seen the data")
    static let sexLabel = T(da: "Køn", en: "Sex")

    // MARK: Access log
    static let accessLogTitle = T(da: "Hvem har kigget på {0}?", en: "Who has looked at {0}?")
    static let accessLogIntro = T(da: "Alle opslag og skrivninger om barnet. Loggen kan ikke ændres.",
                                  en: "Every view of and write about the child. The log cannot be changed.")
    static let columnWhen = T(da: "Hvornår", en: "When")
    static let columnWho = T(da: "Hvem", en: "Who")
    static let columnRole = T(da: "Rolle", en: "Role")
    static let columnAction = T(da: "Handling", en: "Action")
    static func auditAction(_ action: AuditAction) -> T {
        switch action {
        case .viewChild: T(da: "Så barnets side", en: "Viewed the child's page")
        case .downloadFile: T(da: "Hentede en fil fra journalen", en: "Downloaded a file from the journal")
        case .appendEntry: T(da: "Skrev i journalen", en: "Wrote in the journal")
        case .registerChild: T(da: "Oprettede barnet", en: "Registered the child")
        case .importChild: T(da: "Indlæste barnet", en: "Imported the child")
        case .registerExpectedChild, .childBorn: expectedAuditAction(action)
        case .search: T(da: "Søgte", en: "Searched")
        case .login: T(da: "Loggede ind", en: "Logged in")
        case .loginFailed: T(da: "Mislykket login", en: "Failed login")
        case .loginLocked: T(da: "Login afvist: for mange forkerte forsøg", en: "Login refused: too many wrong attempts")
        case .totpEnabled: T(da: "Slog to-trins-login til", en: "Turned on two-step login")
        case .logout: T(da: "Loggede ud", en: "Logged out")
        case .createApiToken: T(da: "Oprettede API-nøgle", en: "Created an API token")
        case .apiRead: T(da: "Læste via API", en: "Read through the API")
        case .accessDenied: T(da: "Blev nægtet adgang", en: "Was refused access")
        case .totpReset: T(da: "To-trins-login nulstillet", en: "Two-step login reset")
        case .breakGlass: T(da: "Gav sig selv adgang med begrundelse", en: "Took access with a stated reason")
        case .exportChild: T(da: "Hentede alle oplysninger (indsigt)", en: "Exported all data (subject access)")
        case .saveConfiguration: T(da: "Gemte kommunens opsætning", en: "Saved the municipality's configuration")
        case .viewIndicatorChildren: T(da: "Så børnene bag et tal", en: "Viewed the children behind a number")
        case .familyAccountCreated: T(da: "Lavede en aktiveringskode til Min side", en: "Made an activation code for My page")
        case .familyAccountActivated: T(da: "Familien åbnede sin konto på Min side", en: "The family opened its account on My page")
        case .familyAccountRevoked: T(da: "Lukkede en konto på Min side", en: "Closed an account on My page")
        case .familyLogin: T(da: "Familien loggede ind på Min side", en: "The family logged in to My page")
        case .familyView: T(da: "Familien så Min side", en: "The family viewed My page")
        case .revokeApiToken: T(da: "Tilbagekaldte en API-nøgle", en: "Revoked an API token")
        case .userDeactivated: T(da: "Brugeren blev deaktiveret", en: "The user was deactivated")
        case .userReactivated: T(da: "Brugeren blev genaktiveret", en: "The user was reactivated")
        case .loginUnlocked: T(da: "Spærringen af brugerens login blev ophævet", en: "The lockout of the user's login was lifted")
        case .administerUser: T(da: "Deaktiverede, genaktiverede eller låste en bruger op", en: "Deactivated, reactivated or unlocked a user")
        case .downloadLetter: T(da: "Hentede et brevs fil", en: "Downloaded a letter's file")
        case .householdChanged: householdAuditAction
        }
    }

    // MARK: Role homes
    static let outreachTitle = T(da: "Fremskudt rådgivning", en: "Outreach counselling")
    static let outreachIntro = T(da: "Sparring, netværksmøder og tidlig hjælp ude på skoler og i dagtilbud. Find et barn for at se, om der er en bekymring.",
                                 en: "Consultations, network meetings and early help in schools and daycare. Find a child to see whether there is a concern.")
    static let professionalTitle = T(da: "Jeg er bekymret for et barn", en: "I am worried about a child")
    static let professionalIntro = T(da: "Her kan du som fagperson give en bekymring eller en underretning videre og følge, at den er modtaget. Du ser aldrig selve sagen.",
                                     en: "As a professional you can pass on a concern or a notification here and follow that it was received. You never see the case itself.")
    static let professionalSubmissions = T(da: "Dine henvendelser", en: "Your submissions")
    static let professionalNoSubmissions = T(da: "Du har ingen henvendelser endnu.", en: "You have no submissions yet.")
    static let adminTitle = T(da: "Administration", en: "Administration")
    static let adminIntro = T(da: "Brugere og roller. Administratorer ser ikke sagernes indhold.", en: "Users and roles. Administrators do not see case content.")
    static let columnUsername = T(da: "Brugernavn", en: "Username")
    static let columnTeam = T(da: "Team", en: "Team")

    // MARK: Account and API tokens
    static let accountTitle = T(da: "Min konto", en: "My account")
    static let apiTokens = T(da: "Personlige API-nøgler", en: "Personal API tokens")
    static let apiTokensIntro = T(da: "En API-nøgle giver et program adgang til API'et med dine rettigheder. Nøglen vises kun én gang.",
                                  en: "An API token gives a program access to the API with your rights. The token is shown only once.")
    static let apiTokenName = T(da: "Hvad skal nøglen bruges til?", en: "What is the token for?")
    static let createApiToken = T(da: "Opret nøgle", en: "Create token")
    static let newApiToken = T(da: "Din nye nøgle (kopiér den nu – den vises ikke igen):", en: "Your new token (copy it now – it is not shown again):")
    static let columnCreated = T(da: "Oprettet", en: "Created")
    static let noApiTokens = T(da: "Du har ingen API-nøgler.", en: "You have no API tokens.")

    // MARK: Login security
    static let loginWait = T(da: "For mange forkerte forsøg i træk. Vent {0} sekunder, og prøv så igen.",
                             en: "Too many wrong attempts in a row. Wait {0} seconds, then try again.")
    static let loginLocked = T(da: "For mange forkerte forsøg i træk: der kan ikke logges ind med dette brugernavn i {0} minutter. Prøv igen fra {1}. Kontakt en administrator, hvis det ikke var dig.",
                               en: "Too many wrong attempts in a row: this username cannot log in for {0} minutes. Try again from {1}. Contact an administrator if it was not you.")
    static let sessionExpired = T(da: "Du har ikke brugt Spor i {0} minutter, så du er logget ud for at beskytte oplysningerne. Log ind igen.",
                                  en: "You have not used Spor for {0} minutes, so you were logged out to protect the information. Log in again.")
    static let loginCodeTitle = T(da: "Kode fra din app", en: "Code from your app")
    static let loginCodeIntro = T(da: "Skriv den 6-cifrede kode, som din godkendelses-app viser for Spor.",
                                  en: "Type the 6-digit code your authenticator app shows for Spor.")
    static let totpCode = T(da: "Kode (6 cifre)", en: "Code (6 digits)")
    static let loginCodeButton = T(da: "Bekræft", en: "Confirm")
    static let loginCodeWrong = T(da: "Koden er forkert eller brugt. Skriv den kode, appen viser nu.",
                                  en: "The code is wrong or already used. Type the code the app shows now.")
    static let loginCodeExpired = T(da: "Det tog for lang tid at skrive koden. Log ind igen.", en: "Typing the code took too long. Log in again.")
    static let loginStartAgain = T(da: "Log ind forfra", en: "Start the login again")
    static let totpTitle = T(da: "To-trins-login", en: "Two-step login")
    static let totpIntro = T(da: "Med to-trins-login skriver du ud over adgangskoden en kode fra en app på din telefon (fx Microsoft Authenticator eller Google Authenticator). Så kan en stjålet adgangskode ikke alene åbne Spor.",
                             en: "With two-step login you type, besides your password, a code from an app on your phone (e.g. Microsoft Authenticator or Google Authenticator). Then a stolen password alone cannot open Spor.")
    static let totpStepKey = T(da: "1. Tilføj en konto i appen, og skriv denne nøgle (mellemrummene er kun for læsbarhed):",
                               en: "1. Add an account in the app and type this key (the spaces are only for readability):")
    static let totpStepAddress = T(da: "Eller brug denne adresse, hvis appen kan læse den:", en: "Or use this address if the app can read it:")
    static let totpStepCode = T(da: "2. Skriv den kode, appen nu viser, for at slå to-trins-login til.",
                                en: "2. Type the code the app now shows to turn on two-step login.")
    static let totpEnableButton = T(da: "Slå to-trins-login til", en: "Turn on two-step login")
    static let totpEnabledNotice = T(da: "To-trins-login er slået til. Næste gang du logger ind, skal du også skrive koden fra appen.",
                                     en: "Two-step login is on. Next time you log in, you also type the code from the app.")
    static let totpIsOn = T(da: "To-trins-login er slået til siden {0}. Har du mistet telefonen, så kontakt en administrator.",
                            en: "Two-step login has been on since {0}. If you have lost your phone, contact an administrator.")
    static let totpCodeWrong = T(da: "Koden passer ikke til nøglen. Tjek at nøglen er skrevet rigtigt, og at telefonens ur går rigtigt, og skriv den kode, appen viser nu.",
                                 en: "The code does not match the key. Check that the key was typed correctly and that the phone's clock is right, and type the code the app shows now.")

    // MARK: Errors
    static let errorTitle = T(da: "Noget gik galt", en: "Something went wrong")
    static let errorNotFound = T(da: "Siden findes ikke.", en: "The page does not exist.")
    static let errorForbidden = T(da: "Du har ikke adgang til denne side.", en: "You do not have access to this page.")
    static let errorChildOutOfScope = T(da: "Barnet er ikke i din eller dit teams sager. Kontakt din leder, hvis du skal have adgang.",
                                        en: "The child is not among your or your team's cases. Ask your team lead if you need access.")
    static let errorCSRF = T(da: "Formularen var udløbet eller ufuldstændig, så intet blev gemt. Gå tilbage, genindlæs siden og prøv igen.",
                             en: "The form had expired or was incomplete, so nothing was saved. Go back, reload the page and try again.")
    static let errorTooLarge = T(da: "Det sendte er for stort (højst 256 kB), så intet blev gemt. Gør teksten kortere.",
                                 en: "What was sent is too large (at most 256 kB), so nothing was saved. Shorten the text.")
    static let errorBadRequest = T(da: "Forespørgslen kunne ikke læses, så intet blev gemt.", en: "The request could not be read, so nothing was saved.")
    static let errorServer = T(da: "Der skete en fejl hos os. Intet er gået tabt af det, der allerede var gemt. Prøv igen.",
                               en: "An error occurred on our side. Nothing already saved was lost. Try again.")
    static let errorLoginRequired = T(da: "Log ind for at fortsætte.", en: "Log in to continue.")
    static let backToStart = T(da: "Til forsiden", en: "To the start page")
    static let errorOccurredInvalid = T(da: "Tidspunktet kunne ikke læses. Brug formatet ÅÅÅÅ-MM-DD TT:MM.", en: "The time could not be read. Use the format YYYY-MM-DD HH:MM.")
    static let errorChoiceInvalid = T(da: "Vælg en af mulighederne på listen.", en: "Choose one of the options in the list.")
    /// A legal question left unanswered: Spor never answers it for the caseworker.
    static let errorAnswerRequired = T(da: "Besvar spørgsmålet: Spor svarer ikke for dig.", en: "Answer the question: Spor does not answer it for you.")
    /// The first option of a legal question, chosen until the user chooses.
    static let chooseAnswer = T(da: "— Vælg svar —", en: "— Choose an answer —")

    static func error(_ code: DomainError.Code) -> T {
        switch code {
        case .cprFormat: T(da: "CPR-nummeret skal skrives som DDMMÅÅ-XXXX eller DDMMÅÅXXXX.", en: "Write the CPR number as DDMMYY-XXXX or DDMMYYXXXX.")
        case .cprDate: T(da: "CPR-nummeret indeholder ikke en gyldig fødselsdato. Tjek de første seks cifre.", en: "The CPR number does not hold a valid birth date. Check the first six digits.")
        case .nameMissing: T(da: "Skriv et navn.", en: "Write a name.")
        case .textMissing: T(da: "Feltet må ikke være tomt.", en: "The field must not be empty.")
        case .textTooLong: T(da: "Teksten er for lang (højst 20.000 tegn). Del den op i flere notater.", en: "The text is too long (at most 20,000 characters). Split it into several notes.")
        case .occurredInFuture: T(da: "Tidspunktet ligger i fremtiden. Skriv hvornår det skete.", en: "The time is in the future. Write when it happened.")
        case .occurredBeforeBirth: T(da: "Tidspunktet ligger før barnets fødsel. Skriv hvornår det skete.", en: "The time is before the child's birth. Write when it happened.")
        case .occurredTooEarly: T(da: "Tidspunktet ligger før år 2000. Tjek årstallet.", en: "The time is before the year 2000. Check the year.")
        case .birthDateImplausible: T(da: "Fødselsdatoen i CPR-nummeret ligger i fremtiden eller passer ikke til et barn eller en ung under 23 år. Tjek nummeret.",
                                      en: "The birth date in the CPR number is in the future or does not fit a child or young person under 23. Check the number.")
        case .concernLevelInvalid: T(da: "Vælg et bekymringsniveau fra 1 til 5.", en: "Choose a concern level from 1 to 5.")
        case .correctionTargetMissing: T(da: "Indførslen, der skal rettes, findes ikke i barnets journal.", en: "The entry to correct is not in the child's journal.")
        case .correctionOfCorrection: T(da: "En rettelse kan ikke rettes. Ret den oprindelige indførsel igen.", en: "A correction cannot be corrected. Correct the original entry again.")
        case .correctionKindMismatch: T(da: "En rettelse skal være af samme slags som det, den retter.", en: "A correction must be of the same kind as what it corrects.")
        case .correctionOtherChild: T(da: "En rettelse skal høre til samme barn som det, den retter.", en: "A correction must belong to the same child as what it corrects.")
        case .caseworkerUnknown: T(da: "Den valgte rådgiver findes ikke.", en: "The chosen caseworker does not exist.")
        case .caseworkerNotCaseworker: T(da: "Den valgte person er ikke rådgiver eller leder.", en: "The chosen person is not a caseworker or team lead.")
        case .caseAlreadyClosed: T(da: "Sagen er allerede lukket.", en: "The case is already closed.")
        case .caseHasRunningMeasures: closingRunningMeasures
        case .childNotFound: T(da: "Barnet findes ikke.", en: "The child does not exist.")
        case .cprAlreadyRegistered: T(da: "Der findes allerede et barn med dette CPR-nummer. Søg det frem.", en: "A child with this CPR number already exists. Search for it.")
        case .usernameTaken: T(da: "Brugernavnet er optaget.", en: "The username is taken.")
        case .passwordTooShort: T(da: "Adgangskoden skal være mindst 12 tegn.", en: "The password must be at least 12 characters.")
        case .passwordTooCommon: T(da: "Adgangskoden er for let at gætte: den er almindelig, ligner brugernavnet eller består kun af tal og tegn. Brug fx en sætning af flere ord.",
                                   en: "The password is too easy to guess: it is common, looks like the username or is only digits and signs. Use, for example, a sentence of several words.")
        case .roleUnknown: T(da: "Ukendt rolle.", en: "Unknown role.")
        case .dateInvalid: T(da: "Datoen findes ikke.", en: "The date does not exist.")
        case .notificationMissing: T(da: "Underretningen findes ikke i barnets journal.", en: "The notification is not in the child's journal.")
        case .alreadyDone: T(da: "Det er allerede gjort for denne underretning.", en: "That has already been done for this notification.")
        case .notProfessionalNotifier: T(da: "Kvittering og tilbagemelding gives kun til en underretter med skærpet underretningspligt (fagperson, politi, sygehus eller læge, anden kommune). En privatperson er ikke part.", en: "A receipt and feedback go only to a notifier with the heightened duty to notify (a professional, the police, a hospital or GP, another municipality). A private person is not a party.")
        case .safetyScaleInvalid: T(da: "Vælg et tal på sikkerhedsskalaen fra 0 til 10.", en: "Choose a number on the safety scale from 0 to 10.")
        case .childsViewWithoutChild: T(da: "Barnets egne ord kan kun skrives, når barnet var med.", en: "The child's own words can only be written when the child took part.")
        case .actionOwnerUnknown: T(da: "Den valgte ansvarlige for en handling findes ikke.", en: "The chosen owner of an action does not exist.")
        case .birthDateUnknown: T(da: "Barnets fødselsdato mangler.", en: "The child's birth date is missing.")
        case .assessmentMissing: T(da: "Afdækningen eller undersøgelsen findes ikke.", en: "The assessment was not found.")
        case .bisidderTooYoung: T(da: "En bisidder skal være fyldt 15 år.", en: "A bisidder must be 15 or older.")
        case .childsWordsOrReasonMissing: T(da: "Skriv barnets egne ord – eller hvorfor samtalen ikke blev holdt.", en: "Give the child's own words – or why the conversation was not held.")
        case .ownViewsEmpty: T(da: "Skriv noget, eller svar på skalaen.", en: "Write something or answer the scale.")
        case .scaleAnswerInvalid: T(da: "Svaret ligger uden for skalaen.", en: "The answer is outside the scale.")
        case .childsViewsMissing: T(da: "Henvis til barnets synspunkter (en børnesamtale eller barnets egne ord), eller begrund, hvorfor barnet ikke er hørt.", en: "Refer to the child's views (a child conversation or the child's own words), or say why the child was not heard.")
        case .childsViewsNotFound: T(da: "Henvisningen er ikke en afholdt børnesamtale eller barnets egne synspunkter fra før afgørelsen.", en: "The reference is not a held conversation or the child's own views from before the decision.")
        case .childsViewsTooOld: T(da: "Barnets synspunkter er for gamle – hold en ny samtale.", en: "The child's views are too old – hold a new conversation.")
        case .consentBelowAge: T(da: "Et barns eget samtykke tæller først fra 15 år.", en: "A child's own consent counts only from 15.")
        case .consentMissing: T(da: "Det nødvendige samtykke mangler.", en: "The required consent is missing.")
        case .recipientMissing: T(da: "Vælg mindst én modtager.", en: "Choose at least one recipient.")
        case .fileInvalid: T(da: "Filen kunne ikke gemmes.", en: "The file could not be stored.")
        case .entryMissing: T(da: "Den indførsel, der henvises til, findes ikke i barnets journal.", en: "The entry referred to is not in the child's journal.")
        case .reasonsMissing: T(da: "Skriv afgørelsens begrundelse: den kræves ved afslag, delvis bevilling og afgørelser uden samtykke (forvaltningsloven § 22).", en: "Write the decision's reasons: they are required for a refusal, a partial grant and a decision without consent (Public Administration Act § 22).")
        case .complaintGuidanceMissing: T(da: "Barnet er fyldt 10 år og skal have sin egen klagevejledning.", en: "The child is 10 or older and must get their own complaint guidance.")
        case .offersMissing: T(da: "Vælg mindst én indsats.", en: "Choose at least one offer.")
        case .offerUnknown: T(da: "Indsatsen findes ikke i tilbudsviften.", en: "The offer is not in the catalogue.")
        case .decisionMissing: T(da: "Indsatsen kræver en forudgående afgørelse.", en: "The measure needs an earlier decision.")
        case .offerNotInDecision: T(da: "Afgørelsen bevilger ikke denne indsats.", en: "The decision does not grant this offer.")
        case .legalBasisMismatch: T(da: "Lovgrundlaget passer ikke til indsatsen.", en: "The legal basis does not match the offer.")
        case .youngAdultSupportAge: T(da: "Ungestøtte gives fra 18 år til og med 22 år.", en: "Young-adult support is for ages 18 up to and including 22.")
        case .measureMissing: T(da: "Indsatsen eller anbringelsen findes ikke.", en: "The measure or placement was not found.")
        case .endBeforeStart: T(da: "Slutningen ligger før starten.", en: "The end is before the start.")
        case .placementKindMismatch: T(da: "Anbringelsesformen passer ikke til tilbuddet.", en: "The kind of placement does not match the offer.")
        case .placementAlreadyActive: T(da: "Barnet er allerede anbragt – afslut den nuværende anbringelse først.", en: "The child is already placed – end that placement first.")
        case .goalsMissing: T(da: "Planen skal have mindst ét mål.", en: "The plan needs at least one goal.")
        case .goalIncomplete: T(da: "Hvert mål skal sige hvad, hvornår og hvordan vi ved, det er nået.", en: "Each goal needs what, by when and how we will know.")
        case .planVersionOutdated: T(da: "Planen er ændret af en anden – åbn den nyeste udgave.", en: "Someone else changed the plan – open the latest version.")
        case .goalNotRated: T(da: "Vurdér alle planens mål.", en: "Rate every goal in the plan.")
        case .goalUnknown: T(da: "Målet findes ikke i planen.", en: "The goal is not in the plan.")
        case .nextFollowUpMissing: T(da: "Angiv dato og begrundelse for næste opfølgning.", en: "Set the date of the next follow-up and the reason.")
        case .homecomingDecisionWithOffers, .homecomingDecisionMissing, .homecomingFollowUpPeriodInvalid, .homecomingPlanMissing,
             .homecomingMissing, .fosterCarersNotAFamily, .fosterCarerTwice, .networkRelationUnanswered: homecomingError(code)
        case .transitionInvalid: T(da: "Vælg to forskellige trin for overgangen.", en: "Choose two different stages for the transition.")
        case .offerIdInvalid: T(da: "Ugyldigt id (små bogstaver, tal og bindestreg).", en: "Invalid id (lower-case letters, digits and hyphens).")
        case .offerIdTaken: T(da: "Id'et er allerede brugt.", en: "The id is already used.")
        case .ageRangeInvalid: T(da: "Aldersgrænserne passer ikke sammen.", en: "The age range is invalid.")
        case .familyAccountTooYoung: T(da: "Barnet er under 10 år og kan ikke få sin egen konto endnu.", en: "The child is under 10 and cannot have an account yet.")
        case .familyAccountNoCustody: T(da: "Kun en forælder med forældremyndighed kan få en konto.", en: "Only a parent with custody can have an account.")
        case .familyAccountExists: T(da: "Der er allerede en konto. Lav en ny kode til den i stedet.", en: "There is already an account. Make a new code for it instead.")
        case .familyAccountUnknown: T(da: "Kontoen findes ikke, eller den er lukket.", en: "The account does not exist or is closed.")
        case .activationCodeUnknown: T(da: "Koden passer ikke. Tjek, at du har skrevet den rigtigt.", en: "The code is not right. Check that you typed it correctly.")
        case .activationCodeExpired: T(da: "Koden er for gammel. Bed din rådgiver om en ny kode.", en: "The code is too old. Ask your caseworker for a new code.")
        case .activationCodeUsed: T(da: "Koden er allerede brugt. Log ind med dit brugernavn, eller bed din rådgiver om en ny kode.", en: "The code has already been used. Log in with your username, or ask your caseworker for a new code.")
        case .usernameInvalid: T(da: "Brugernavnet skal være 3–40 tegn: bogstaver, tal, punktum eller bindestreg.", en: "The username must be 3–40 characters: letters, digits, dot or hyphen.")
        case .passwordsDiffer: T(da: "De to adgangskoder er ikke ens.", en: "The two passwords are not the same.")
        case .consultationMissing: T(da: "Sparringen findes ikke.", en: "The consultation does not exist.")
        case .actionDueBeforeMeeting: T(da: "En aftalt handling kan ikke have frist før mødet.", en: "An agreed action cannot be due before the meeting.")
        case .reassessmentNeedsNewPerson: T(da: "En revurdering efter § 137 skal underskrives af en, der er ny i sagen. Bed en kollega, der ikke har arbejdet med barnet, om at foretage den.",
                                            en: "A reassessment under § 137 must be signed by someone new to the case. Ask a colleague who has not worked with the child to do it.")
        case .beforeNotification: T(da: "Tidspunktet ligger før underretningen blev modtaget.", en: "The time is before the notification was received.")
        case .feedbackContradictsJournal: T(da: "Tilbagemeldingen skal sige det, journalen viser: om underretningen har ført til en afdækning eller en børnefaglig undersøgelse.", en: "The feedback must say what the journal shows: whether the notification led to a focused assessment or a child welfare investigation.")
        case .entryKindNotWritable: T(da: "Denne slags indførsel kan ikke skrives her endnu.", en: "This kind of entry cannot be written here yet.")
        case .taskMissing, .taskAlreadyClosed, .taskCompletedBeforeStart, .taskOutcomeInvalid, .taskCommentMissing,
             .notRelevantReasonMissing: taskError(code)
        case .schoolingInvalid, .absenceShareInvalid, .absencePeriodInvalid: schoolError(code)
        case .dueDateImplausible, .birthOutsideDueWindow, .childAlreadyBorn, .notBeforeBirth, .expectantParentMissing: expectedError(code)
        case .placementNotRunning, .contactPlanMissing, .contactPlanOutdated, .contactPersonMissing, .contactFrequencyInvalid,
             .supervisionUnanswered, .visitCancellationInvalid: contactError(code)
        case .settingUnknown, .settingBelowLawMinimum, .settingAboveLawMaximum, .settingOutOfRange, .targetOutOfRange,
             .settingDateOutOfRange: settingsError(code)
        case .notAbuseNotification, .suspicionUnanswered, .conversationMissing, .preparednessOutcomeMissing,
             .preparednessStepInvalid: preparednessError(code)
        case .siblingNotOfChild, .siblingAnswerMissing, .siblingAssessmentInvalid, .relationMissing: householdError(code)
        }
    }
}
