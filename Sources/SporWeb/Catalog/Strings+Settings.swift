import SporDomain

/// The municipality's settings without code (issue 25, item 2): `/admin/settings`.
extension Strings {
    static let settingsLink = T(da: "Kommunens indstillinger (lukkedage, frister, mål)", en: "The municipality's settings (closed days, deadlines, targets)")
    static let settingsTitle = T(da: "Kommunens indstillinger", en: "The municipality's settings")
    static let settingsIntro = T(
        da: "Det, loven overlader til kommunen, ændres her uden en ny version af Spor. Hver ændring gemmes som en ny version med den dag, den gælder fra, hvem og hvornår; intet slettes. En frist, der endnu ikke er udløbet den dag, ændringen gælder fra, beregnes efter den nye værdi; en frist, der udløb før, beholder sin. Lovens paragraffer og aldre (part fra 10 år, samtykke og bisidder fra 15, ungestøtte 18–22) ændres ikke her.",
        en: "What the law leaves to the municipality is changed here without a new release of Spor. Each change is saved as a new version with the day it takes effect, who and when; nothing is deleted. A deadline not yet past on the day a change takes effect is computed with the new value; one that fell due before keeps its own. The law's paragraphs and ages (a party from 10, consent and a bisidder from 15, support 18–22) are not changed here.")
    static let settingsSaved = T(da: "Indstillingen er gemt og gælder fra {0}. De afledte tabeller genberegnes nu.",
                                 en: "The setting is saved and takes effect from {0}. The derived tables are being recounted.")
    static let settingsValidFrom = T(da: "Gælder fra", en: "Takes effect from")
    static let settingsSave = T(da: "Gem ny version", en: "Save a new version")

    // MARK: The recount
    static let settingsRecountIdle = T(da: "Ingen genberegning er i gang.", en: "No recount is running.")
    static let settingsRecountRunning = T(da: "Genberegner frister og indikatorer: {0} af {1} trin.", en: "Recounting deadlines and indicators: {0} of {1} steps.")
    static let settingsRecountFinished = T(da: "Frister og indikatorer er genberegnet efter indstillingerne ({0}).",
                                           en: "Deadlines and indicators are recounted under the settings ({0}).")
    static let settingsRecountFailed = T(da: "Genberegningen mislykkedes; den forsøges igen ved næste ændring, og `spor rebuild` kan køre den.",
                                         en: "The recount failed; it is tried again at the next change, and `spor rebuild` can run it.")

    // MARK: The calendar
    static let settingsCalendar = T(da: "Arbejdsdage og lukkedage", en: "Working days and closed days")
    static let settingsCalendarIntro = T(da: "Helligdagene følger loven. Grundlovsdag, juleaftensdag og nytårsaftensdag er almindeligvis lukket; kommunen vælger.",
                                         en: "Public holidays follow the law. Constitution Day, Christmas Eve and New Year's Eve are commonly closed; the municipality chooses.")
    static let settingsCustomaryLegend = T(da: "Lukket på", en: "Closed on")
    static let settingsExtraDates = T(da: "Ekstra lukkedage", en: "Extra closed days")
    static let settingsExtraNone = T(da: "Ingen ekstra lukkedage.", en: "No extra closed days.")
    static let settingsClosedDate = T(da: "Tilføj en lukkedag", en: "Add a closed day")
    static let settingsRemoveDates = T(da: "Fjern markerede lukkedage (en ny version uden dem)", en: "Remove the marked closed days (a new version without them)")

    static func customaryDay(_ day: WorkdayCalendar.CustomaryClosedDay) -> T {
        switch day {
        case .constitutionDay: T(da: "Grundlovsdag (5. juni)", en: "Constitution Day (5 June)")
        case .christmasEve: T(da: "Juleaftensdag (24. december)", en: "Christmas Eve (24 December)")
        case .newYearsEve: T(da: "Nytårsaftensdag (31. december)", en: "New Year's Eve (31 December)")
        }
    }

    // MARK: The deadline rules
    static let settingsRules = T(da: "Fristernes parametre", en: "The deadlines' parameters")
    static let settingsRulesIntro = T(
        da: "Kun det tal, loven overlader til kommunen. Hvor loven sætter fristen (24 timer, 6 hverdage, 6 måneder før 18 år), kan kommunen være hurtigere, aldrig langsommere; et tal uden for loven afvises.",
        en: "Only the number the law leaves to the municipality. Where the law sets the time (24 hours, 6 working days, 6 months before 18), the municipality may be quicker, never slower; a number outside the law is refused.")
    static let settingsRule = T(da: "Frist", en: "Deadline")
    static let settingsRuleValue = T(da: "Værdi", en: "Value")
    static let settingsRuleBounds = T(da: "Tilladt", en: "Allowed")
    static let settingsRuleLawBound = T(da: "{0} (lovens grænse)", en: "{0} (the law's bound)")
    static let settingsRuleNow = T(da: "Gældende", en: "In force")

    static func parameterUnit(_ unit: RuleParameter.Unit) -> T {
        switch unit {
        case .hours: T(da: "timer", en: "hours")
        case .workingDays: T(da: "hverdage", en: "working days")
        case .calendarDays: T(da: "dage", en: "days")
        case .months: T(da: "måneder", en: "months")
        case .monthsBefore: T(da: "måneder før fødselsdagen", en: "months before the birthday")
        }
    }

    // MARK: Targets and the immediate-help definition
    static let settingsTargets = T(da: "Indikatorernes mål", en: "The indicators' targets")
    static let settingsTargetsIntro = T(da: "Målet for en andel, i procent (0–100). Det vises på overblikket og i statusrapporten.",
                                        en: "The target of a share, in per cent (0–100). It shows on the dashboard and in the status report.")
    static let settingsIndicator = T(da: "Indikator", en: "Indicator")
    static let settingsTarget = T(da: "Mål (%)", en: "Target (%)")
    static let settingsImmediateHelp = T(da: "Hvad er en straks-indsats", en: "What counts as immediate help")
    static let settingsLookback = T(da: "En afsluttet undersøgelse tæller i så mange måneder før (tom: hele forløbet)",
                                    en: "A concluded investigation counts this many months before (empty: the whole course)")
    static let settingsFocusedAssessment = T(da: "En afsluttet afdækning gør også indsatsen planlagt", en: "A concluded focused assessment also makes the measure planned")

    // MARK: The course's windows
    static let settingsCourse = T(da: "Forløbets vinduer", en: "The course's windows")
    static let settingsCourseIntro = T(da: "Lovens aldre ændres ikke her; disse er kommunens egne valg.",
                                       en: "The law's ages are not changed here; these are the municipality's own choices.")
    static let settingsChildsViewsMonths = T(da: "Barnets synspunkter må højst være så mange måneder gamle ved en afgørelse (1–12)",
                                             en: "The child's views may be at most this many months old at a decision (1–12)")
    static let settingsNetworkAge = T(da: "Barnet deltager i netværksmøder fra alderen (indikator, 0–17)",
                                      en: "The child takes part in network meetings from the age of (indicator, 0–17)")

    // MARK: The history
    static let settingsHistory = T(da: "Historik", en: "History")
    static let settingsHistoryNone = T(da: "Ingen indstilling er ændret endnu: standardværdierne gælder.", en: "No setting has been changed yet: the standard values apply.")
    static let settingsSetting = T(da: "Indstilling", en: "Setting")
    static let settingsValue = T(da: "Værdi", en: "Value")
    static let settingsSavedBy = T(da: "Gemt af", en: "Saved by")
    static let settingsSavedAt = T(da: "Gemt", en: "Saved")
    static let settingsPending = T(da: "(gælder endnu ikke)", en: "(not yet in force)")
    static let settingsWholeCourse = T(da: "hele forløbet", en: "the whole course")
    static let settingsNone = T(da: "ingen", en: "none")

    static func settingName(_ key: MunicipalSetting.Key) -> T {
        switch key {
        case .customaryClosedDays: T(da: "Almindelige lukkedage", en: "Customary closed days")
        case .extraClosedDates: settingsExtraDates
        case .immediateHelp: settingsImmediateHelp
        case .childsViewsMonths: T(da: "Barnets synspunkter, måneder", en: "The child's views, months")
        case .networkMeetingMinimumAge: T(da: "Netværksmøder, alder", en: "Network meetings, age")
        case .ruleParameter(let rule): T(da: "Frist: \(RuleBook.barnetsLov[rule]?.paragraph ?? "") \(rule)", en: "Deadline: \(RuleBook.barnetsLov[rule]?.paragraph ?? "") \(rule)")
        case .target(let indicator): T(da: "Mål: \(indicator)", en: "Target: \(indicator)")
        }
    }

    static func settingsError(_ code: DomainError.Code) -> T {
        switch code {
        case .settingBelowLawMinimum: T(da: "Værdien er under lovens mindste, {0}. Skriv {0} eller mere.", en: "The value is below the law's minimum, {0}. Write {0} or more.")
        case .settingAboveLawMaximum: T(da: "Værdien er over lovens højeste, {0}. Skriv {0} eller mindre.", en: "The value is above the law's maximum, {0}. Write {0} or less.")
        case .settingOutOfRange: T(da: "Skriv et tal i intervallet {0}.", en: "Write a number in the range {0}.")
        case .targetOutOfRange: T(da: "Målet skal være fra 0 til 100 %.", en: "The target must be from 0 to 100 %.")
        case .settingDateOutOfRange: T(da: "Datoen {0} kan ikke bruges: en ændring gælder fra i dag og højst 5 år frem, og en lukkedag ligger i år eller højst 5 år frem.",
                                       en: "The date {0} cannot be used: a change takes effect from today and at most 5 years ahead, and a closed day falls this year or at most 5 years ahead.")
        default: T(da: "Indstillingen findes ikke.", en: "There is no such setting.")
        }
    }
}
