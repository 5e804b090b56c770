import Foundation

/// The configuration the indicators are counted under (DOMAIN.md: "Every default below is configuration, and the
/// definition page of each indicator shows the definition in force"). The rules, the offers catalogue and the course
/// rules are the same values the worklists and the case page read; the windows are the indicators' own.
public struct IndicatorSettings: Sendable, Hashable {
    /// The deadline rules: `deadlines-met` and `handover-meetings` read the obligations they start, and
    /// `care-leaver-decision` reads the due day of `careLeaverRule`.
    public var ruleBook: RuleBook
    public var calendar: WorkdayCalendar
    /// Levels of offers (almen, forebyggende, specialiseret) and which are a fast kontaktperson.
    public var offers: OfferCatalogue {
        didSet { offerIndex = OfferIndex(offers) }
    }
    /// What counts as immediate help (`CourseRules.immediateHelp`).
    public var courseRules: CourseRules
    /// `network-meeting-first`: a network meeting counts when it was held at most this many days before the day the
    /// notification was received.
    public var networkMeetingWindowDays: Int
    /// `child-heard`: the child's views count when told at most this many days before the day of the decision.
    public var childsViewsWindowDays: Int
    /// `child-in-network-meeting`: meetings about children of at least this age on the day of the meeting.
    public var networkMeetingMinimumAge: Int
    /// `deadlines-met`: the rules counted, each as its own series and together as the headline. By default the
    /// rules of Barnets Lov in the book; the policy's own rules (`DeadlineRule.policyRuleIDs`: agreed actions, handover
    /// meetings, messages from Min side) are left out.
    public var deadlineRules: [String]
    /// `handover-meetings`: the rule whose obligations are the transitions and their meetings.
    public var handoverRule: String
    /// `care-leaver-decision`: the rule whose due computation says by when the decision on support after 18 is owed.
    public var careLeaverRule: String
    /// A child-year of open case: `caseworker-changes` per child-year divides by days / this.
    public var daysPerChildYear: Double
    /// `placed-schooling`: schooling at a placement's new place counts when it began at most this many days after the
    /// placement. The law asks the municipality to secure schooling without delay; this is the policy's measurable version.
    public var placedSchoolingDays = 30
    /// `help-after-absence`: help counts when it began at most this many days after the school reported the absence.
    public var absenceHelpDays = 30
    /// The municipality's settings as they changed over time (`MunicipalSettingsHistory`): when set, the obligations are
    /// computed under them as the work tray's are (a deadline follows the settings in force while it was running), not
    /// under `ruleBook` and `calendar` alone.
    public var settingsHistory: MunicipalSettingsHistory?

    private(set) var offerIndex: OfferIndex

    public init(ruleBook: RuleBook = .barnetsLov, calendar: WorkdayCalendar = .standard, offers: OfferCatalogue = .standard,
                courseRules: CourseRules = .standard, networkMeetingWindowDays: Int = 180, childsViewsWindowDays: Int = 90,
                networkMeetingMinimumAge: Int = 6, deadlineRules: [String]? = nil,
                handoverRule: String = DeadlineRule.transitionHandover.id,
                careLeaverRule: String = DeadlineRule.supportAfter18Decision.id, daysPerChildYear: Double = 365.25) {
        self.ruleBook = ruleBook
        self.calendar = calendar
        self.offers = offers
        self.courseRules = courseRules
        self.networkMeetingWindowDays = networkMeetingWindowDays
        self.childsViewsWindowDays = childsViewsWindowDays
        self.networkMeetingMinimumAge = networkMeetingMinimumAge
        self.deadlineRules = deadlineRules ?? ruleBook.rules.map(\.id).filter { !DeadlineRule.policyRuleIDs.contains($0) }
        self.handoverRule = handoverRule
        self.careLeaverRule = careLeaverRule
        self.daysPerChildYear = daysPerChildYear
        self.offerIndex = OfferIndex(offers)
    }

    public static let standard = IndicatorSettings()
}

/// The catalogue read once per settings, not once per measure: levels by offer id, and the offers that are a fast
/// kontaktperson (§ 32, stk. 1, nr. 3).
struct OfferIndex: Sendable, Hashable {
    let levels: [String: OfferLevel]
    let contactPersonOffers: Set<String>

    init(_ catalogue: OfferCatalogue) {
        var levels: [String: OfferLevel] = [:]
        var contactPerson: Set<String> = []
        for offer in catalogue.offers {
            levels[offer.id] = offer.level
            if offer.legalBases.contains(.contactPerson) { contactPerson.insert(offer.id) }
        }
        self.levels = levels
        self.contactPersonOffers = contactPerson
    }
}
