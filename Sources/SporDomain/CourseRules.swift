import Foundation

/// The configurable limits the course's validation reads: ages from the law and the municipality's own windows.
/// Every value is configuration (STYLE.md, "Law as data"); `standard` holds the law's numbers and our defaults.
public struct CourseRules: Sendable, Hashable, Codable {
    /// A decision must rest on the child's views told at most this many months before it (a child conversation or
    /// the child's own views), or state why the child was not heard (§ 5, stk. 3). A default of ours, not the law's;
    /// the `child-heard` indicator keeps its own window.
    public var childsViewsMonths: Int
    /// § 6, stk. 4: a bisidder must be 15 or older.
    public var bisidderMinimumAge: Int
    /// § 46 (and § 32 with § 22, stk. 2): the young person's own consent counts from 15; recorded for a younger
    /// child it is an error.
    public var consentAge: Int
    /// § 3: from 10 the child is a party with its own right to complain, so a decision gives it complaint guidance.
    public var partyAge: Int
    /// Ungestøtte (§§ 114–116) runs from 18 up to and including 22: it ends as the 23rd birthday begins.
    public var youngAdultSupportAges: ClosedRange<Int>
    /// What counts as immediate help (straks-indsats) for the 70/30 indicator and the case page.
    public var immediateHelp: ImmediateHelpDefinition

    public init(childsViewsMonths: Int = 6, bisidderMinimumAge: Int = 15, consentAge: Int = 15, partyAge: Int = 10,
                youngAdultSupportAges: ClosedRange<Int> = 18...22, immediateHelp: ImmediateHelpDefinition = .standard) {
        self.childsViewsMonths = childsViewsMonths
        self.bisidderMinimumAge = bisidderMinimumAge
        self.consentAge = consentAge
        self.partyAge = partyAge
        self.youngAdultSupportAges = youngAdultSupportAges
        self.immediateHelp = immediateHelp
    }

    public static let standard = CourseRules()
}

/// What validating a course entry needs besides the course itself: the child's birth date (for the ages of
/// consent, party rights and ungestøtte), the offers catalogue and the course rules.
public struct JournalContext: Sendable {
    /// The child's birth date. Without it an entry whose rules depend on the child's age (a decision, a measure of
    /// ungestøtte) is refused with `birthDateUnknown`.
    public var birthDate: LocalDate?
    public var offers: OfferCatalogue
    public var rules: CourseRules
    /// The deadline rules: a task completed or a deadline marked not relevant must be an obligation they start.
    public var ruleBook: RuleBook
    public var calendar: WorkdayCalendar
    /// The child is expected, not yet born: its journal holds only `EntryKind.allowedBeforeBirth`.
    public var unborn: Bool
    /// The child's siblings in Spor, read by the store as a placement is written: each must be answered for, and no
    /// other child may be. Nil: not read (history loaded in bulk), and the answers are not held against them.
    public var siblings: [KnownSibling]? = nil

    public init(birthDate: LocalDate? = nil, offers: OfferCatalogue = .standard, rules: CourseRules = .standard,
                ruleBook: RuleBook = .barnetsLov, calendar: WorkdayCalendar = .standard, unborn: Bool = false) {
        self.unborn = unborn
        self.birthDate = birthDate
        self.offers = offers
        self.rules = rules
        self.ruleBook = ruleBook
        self.calendar = calendar
    }

    /// The child's age in whole years on the Danish day of `instant`.
    func age(at instant: Date, field: String? = nil) throws(DomainError) -> Int {
        guard let birthDate else { throw DomainError(.birthDateUnknown, field: field) }
        return birthDate.age(on: DanishTime.localDate(of: instant))
    }
}

extension LocalDate {
    /// The first day on which someone born on `self` is `age` years old: a 29 February birthday falls on 1 March
    /// in common years, as `age(on:)` counts it.
    public func birthday(turning age: Int) -> LocalDate {
        let year = self.year + age
        if month == 2, day == 29, !LocalDate.isLeapYear(year) { return LocalDate(year: year, month: 3, day: 1)! }
        return LocalDate(year: year, month: month, day: day)!
    }
}
