import SporDomain
import SporStore

/// Expected children (issue 23, item 1): registering one, a notification before birth, and the birth.
extension Strings {
    // MARK: Registering an expected child
    static let expectedTitle = T(da: "Opret forventet barn", en: "Register an expected child")
    static let expectedIntro = T(da: "Et forventet barn har en termin og kommende forældre, men intet CPR-nummer endnu. Journalen begynder nu og fortsætter, når barnet er født.",
                                 en: "An expected child has a due date and expectant parents, but no CPR number yet. The journal starts now and continues once the child is born.")
    static let expectedNotSaved = T(da: "Det forventede barn blev ikke oprettet.", en: "The expected child was not registered.")
    static let dueDate = T(da: "Termin", en: "Due date")
    static let expectedMother = T(da: "Den gravide / mor", en: "The pregnant woman / mother")
    static let expectedFather = T(da: "Far (hvis kendt)", en: "Father (if known)")
    static let expectedParentsHint = T(da: "Skriv mindst én af de kommende forældre.", en: "Write at least one of the expectant parents.")
    static let expectedButton = T(da: "Opret forventet barn", en: "Register expected child")
    static let expectedRegistered = T(da: "Det forventede barn er oprettet.", en: "The expected child is registered.")
    static let navExpected = T(da: "Forventet barn", en: "Expected child")
    static let expectedLink = T(da: "Opret forventet barn (graviditet)", en: "Register an expected child (pregnancy)")

    /// How an expected child is named wherever a child is named: it has no name of its own yet.
    static func expectedChild(_ dueDate: LocalDate) -> T {
        T(da: "Forventet barn (termin \(Format.date(dueDate, .da)))", en: "Expected child (due \(Format.date(dueDate, .en)))")
    }
    static let expectedDue = T(da: "termin {0}", en: "due {0}")
    static let expectedParents = T(da: "Kommende forældre", en: "Expectant parents")
    static let expectedNoCPR = T(da: "Ikke født endnu", en: "Not born yet")
    static let expectedAllowed = T(da: "Før fødslen kan journalen rumme bekymringer, sparring, netværksmøder, underretninger og deres trin, åbne tilbud til de kommende forældre, notater, breve og bilag. Afgørelser, børnesamtaler og anbringelser venter til barnet er født.",
                                   en: "Before the birth the journal can hold concerns, consultations, network meetings, notifications and their steps, open offers to the expectant parents, notes, letters and attachments. Decisions, child conversations and placements wait until the child is born.")

    // MARK: Notification before birth
    static let beforeBirthTitle = T(da: "Underretning om ufødt barn", en: "Notification about an unborn child")
    static let beforeBirthIntro = T(da: "Underretning før fødslen (Barnets Lov § 133, stk. 3), fx fra jordemoder, sundhedsplejerske eller egen læge. Fristerne løber fra modtagelsen som for ethvert barn.",
                                    en: "A notification before birth (Barnets Lov § 133, stk. 3), e.g. from a midwife, health visitor or GP. The deadlines run from receipt as for any child.")
    static let beforeBirthLink = T(da: "Registrér underretning før fødslen", en: "Register a notification before birth")
    static let beforeBirthNotSaved = T(da: "Underretningen blev ikke gemt.", en: "The notification was not saved.")
    static let supportLink = T(da: "Start støtte til de kommende forældre (åbent tilbud)", en: "Start support to the expectant parents (open offer)")

    // MARK: The birth
    static let birthTitle = T(da: "Barnet er født", en: "The child is born")
    static let birthIntro = T(da: "Skriv barnets CPR-nummer og navn. Barnet beholder sin journal: alt, der er skrevet før fødslen, står videre på barnet.",
                              en: "Write the child's CPR number and name. The child keeps its journal: everything written before the birth stays on the child.")
    static let birthLink = T(da: "Barnet er født", en: "The child is born")
    static let birthNotSaved = T(da: "Fødslen blev ikke registreret.", en: "The birth was not recorded.")
    static let birthFamilyNameHint = T(da: "Efternavnet er foreslået fra en af forældrene. Ret det, hvis barnet får et andet.",
                                       en: "The family name is suggested from one of the parents. Change it if the child gets another.")
    static let birthButton = T(da: "Registrér fødslen", en: "Record the birth")
    static let birthRecorded = T(da: "Fødslen er registreret. Journalen fortsætter på barnet.", en: "The birth is recorded. The journal continues on the child.")
    static let birthAlreadyRegistered = T(da: "Der findes allerede et barn med dette CPR-nummer. Intet er gemt, og de to journaler lægges ikke sammen. Tjek nummeret, eller kontakt teamlederen.",
                                          en: "A child with this CPR number already exists. Nothing was saved, and the two journals are not merged. Check the number or contact the team lead.")

    static func expectedAuditAction(_ action: AuditAction) -> T {
        switch action {
        case .childBorn: T(da: "Registrerede fødslen (forventet barn fik CPR-nummer)", en: "Recorded the birth (the expected child got a CPR number)")
        default: T(da: "Oprettede forventet barn", en: "Registered an expected child")
        }
    }

    static func expectedError(_ code: DomainError.Code) -> T {
        switch code {
        case .dueDateImplausible: T(da: "Terminen skal ligge højst 30 dage tilbage og højst 42 uger frem. Tjek datoen.",
                                    en: "The due date must be at most 30 days ago and at most 42 weeks ahead. Check the date.")
        case .birthOutsideDueWindow: T(da: "Fødselsdatoen i CPR-nummeret passer ikke til terminen (fra 18 uger før til 4 uger efter). Tjek nummeret.",
                                       en: "The birth date in the CPR number does not fit the due date (from 18 weeks before to 4 weeks after). Check the number.")
        case .childAlreadyBorn: T(da: "Barnet er allerede født og har et CPR-nummer.", en: "The child is already born and has a CPR number.")
        case .notBeforeBirth: T(da: "Det kan ikke skrives på et ufødt barn. Før fødslen kan journalen rumme bekymringer, underretninger, netværksmøder, åbne tilbud til de kommende forældre, notater, breve og bilag.",
                                en: "This cannot be written on an unborn child. Before the birth the journal can hold concerns, notifications, network meetings, open offers to the expectant parents, notes, letters and attachments.")
        case .expectantParentMissing: T(da: "Skriv mindst én af de kommende forældre (fornavn og efternavn).", en: "Write at least one of the expectant parents (given and family name).")
        default: error(code)
        }
    }
}
