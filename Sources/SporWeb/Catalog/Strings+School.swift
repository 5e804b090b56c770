import SporDomain

/// School and work (issue 23, item 2): daycare, school, education or work over time, absence reported by the school,
/// and a placed child's schooling.
extension Strings {
    // MARK: Schooling
    static let schoolingKind = T(da: "Skole og beskæftigelse", en: "School and work")
    static let schoolingHistory = T(da: "Historik", en: "History")
    static let schoolingNone = T(da: "Journalen har endnu ingen status for dagtilbud, skole, uddannelse eller arbejde.",
                                 en: "The journal has no status yet for daycare, school, education or work.")
    static let schoolingNow = T(da: "Nu: {0}", en: "Now: {0}")
    static let schoolingRecord = T(da: "Registrér skole eller beskæftigelse", en: "Record school or work")
    static let schoolingRecordHint = T(da: "Det seneste, journalen ved, er udfyldt. Ret det, der har ændret sig, og dagen det gælder fra.",
                                       en: "What the journal knows last is filled in. Change what has changed, and the day it holds from.")
    static let schoolingSetting = T(da: "Hvor barnet eller den unge er", en: "Where the child or young person is")
    static let schoolingInstitution = T(da: "Dagtilbud, skole, uddannelsessted eller arbejdsplads", en: "Daycare, school, place of education or workplace")
    static let schoolingGrade = T(da: "Klasse eller årgang (i skole)", en: "Class or grade (in school)")
    static let schoolingFrom = T(da: "Gælder fra", en: "Holds from")
    static let schoolingSaved = T(da: "Skole og beskæftigelse er gemt i journalen.", en: "School and work is saved in the journal.")
    static let schoolingFromDay = T(da: "fra {0}", en: "from {0}")
    static let schoolingGradeShown = T(da: "{0}. klasse/årgang", en: "class/grade {0}")

    static func schoolingSetting(_ setting: SchoolingSetting) -> T {
        switch setting {
        case .daycare: T(da: "Dagtilbud", en: "Daycare")
        case .primarySchool: T(da: "Grundskole", en: "Primary and lower secondary school")
        case .specialSchool: T(da: "Specialskole eller specialklasse", en: "Special school or special class")
        case .youthEducation: T(da: "Ungdomsuddannelse", en: "Youth education")
        case .work: T(da: "I arbejde", en: "In work")
        case .none: T(da: "Hverken i dagtilbud, skole, uddannelse eller arbejde", en: "Not in daycare, school, education or work")
        }
    }

    // MARK: Absence reported by the school
    static let concernCategory = T(da: "Kategori", en: "Category")
    static let concernCategoryGeneral = T(da: "Bekymring", en: "Concern")
    static let concernCategoryAbsence = T(da: "Skolefravær", en: "School absence")
    static let absenceShare = T(da: "Fravær i procent af perioden (0–100, ved skolefravær)", en: "Absence as a percentage of the period (0–100, for school absence)")
    static let absenceFrom = T(da: "Perioden fra", en: "Period from")
    static let absenceTo = T(da: "Perioden til", en: "Period to")
    static let absenceShown = T(da: "Skolefravær {0} %", en: "School absence {0} %")
    static let absencePeriodShown = T(da: "{0}–{1}", en: "{0}–{1}")
    static let absenceRecord = T(da: "Skolefravær meldt af skolen", en: "School absence reported by the school")
    static let absenceRecordHint = T(da: "Registrér skolens melding på skolens vegne: fraværet i procent og perioden, det gælder.",
                                     en: "Record the school's report on its behalf: the absence as a percentage and the period it covers.")
    static let absenceSaved = T(da: "Skolefraværet er gemt i journalen.", en: "The school absence is saved in the journal.")
    static let absenceShareMissing = T(da: "Skriv fraværet i procent (et helt tal fra 0 til 100).", en: "Write the absence as a percentage (a whole number from 0 to 100).")
    static let absenceReportedBy = T(da: "Meldt af", en: "Reported by")

    // MARK: The team's list
    static let trayAbsences = T(da: "Skolefravær meldt", en: "School absence reported")
    static let trayAbsencesHint = T(da: "Skolernes meldinger om fravær de seneste {0} dage om børn i teamets distrikt.",
                                    en: "The schools' reports of absence in the last {0} days about children in the team's district.")
    static let trayAbsenceReported = T(da: "Meldt", en: "Reported")
    static let trayAbsenceShare = T(da: "Fravær", en: "Absence")
    static let trayAbsencePeriod = T(da: "Periode", en: "Period")

    // MARK: A placed child's schooling
    static let schoolingStarted = T(da: "Skolegang begyndt på det nye sted (når skolen ikke bevares; tom hvis endnu ikke)",
                                    en: "Schooling began at the new place (when the school is not kept; empty if not yet)")
    static let schoolingStartedShown = T(da: "Skolegang begyndt {0}", en: "Schooling began {0}")

    static func schoolError(_ code: DomainError.Code) -> T {
        switch code {
        case .absenceShareInvalid: T(da: "Fraværet skal være et helt tal fra 0 til 100 %.", en: "The absence must be a whole number from 0 to 100 %.")
        case .absencePeriodInvalid: T(da: "Fraværsperioden skal gå fremad og må ikke slutte efter i dag.",
                                      en: "The period of absence must run forwards and cannot end after today.")
        default: T(da: "Skriv institutionen for dagtilbud, skole, uddannelse og arbejde; klasse kun i skole; og dagen for skolegang kun, når skolen ikke bevares.",
                   en: "Write the institution for daycare, school, education and work; a class only in school; and the day schooling began only when the school is not kept.")
        }
    }
}
