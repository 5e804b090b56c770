import Foundation

/// Who took part in an initiative, and what came of it (issue 23, item 4), counted from the journal.
///
/// An initiative is carried by offers: the 001 status notes (Status2021) name the initiatives that are offers of the
/// tilbudsvifte, one each (BRUS, SES, skilsmissegrupper, *Få styr på angsten*, …). A child took part in an initiative in
/// the half-year its measure started on one of those offers — an open offer's start without a decision, or a referral
/// offer's start on a decision alike — and what came of it is the end reason of that measure, or nothing yet.
public enum InitiativeParticipation {
    /// The offers of the catalogue (`OfferCatalogue.standard`) that carry each initiative of the 001 status notes.
    public static let offers: [InitiativeID: [String]] = [
        "skolevaegringsprojektet": ["skolevaegringsprojektet"],
        "nye-netvaerksgrupper": ["netvaerksgrupper"],
        "brus": ["brus"],
        "ses": ["ses"],
        "skilsmissegrupper": ["skilsmissegrupper"],
        "faa-styr-paa-angsten": ["faa-styr-paa-angsten"],
        "rette-hjaelp-til-adhd": ["rette-hjaelp-til-adhd"],
        "cpdf": ["cpdf"],
        "efterfoedselsreaktionssamtaler": ["efterfoedselsreaktion"],
        "gruppeforloeb-saarbare-gravide": ["saarbare-gravide"],
        "forebyggelse-alkohol-rusmidler": ["alkohol-og-rusmidler"],
        "digital-dannelse": ["digital-tryghed"],
    ]

    /// Every offer that carries some initiative.
    public static var allOffers: Set<String> { Set(offers.values.flatMap { $0 }) }

    /// A half-year: 1 (January–June) or 2 (July–December) of a year.
    public struct HalfYear: Sendable, Hashable, Comparable {
        public let year: Int
        public let half: Int

        public init(_ day: LocalDate) {
            year = day.year
            half = day.month <= 6 ? 1 : 2
        }

        public init(year: Int, half: Int) {
            self.year = year
            self.half = half
        }

        public static func < (a: HalfYear, b: HalfYear) -> Bool { (a.year, a.half) < (b.year, b.half) }
    }

    /// One measure on an initiative's offer: the child, the day it started, and how it ended (nil: still running).
    public struct Start: Sendable, Hashable {
        public let child: UUID
        public let offer: String
        public let startedOn: LocalDate
        public let ended: EndReason?

        public init(child: UUID, offer: String, startedOn: LocalDate, ended: EndReason?) {
            self.child = child
            self.offer = offer
            self.startedOn = startedOn
            self.ended = ended
        }
    }

    /// One initiative's half-year: the children who began taking part in it, and what came of their participation.
    public struct Row: Sendable, Hashable {
        public let half: HalfYear
        /// Children (each counted once) whose participation began in the half-year.
        public let children: Int
        /// Participations begun in the half-year, by how they ended.
        public let ended: [EndReason: Int]
        /// Participations begun in the half-year that have not ended.
        public let ongoing: Int

        public init(half: HalfYear, children: Int, ended: [EndReason: Int], ongoing: Int) {
            self.half = half
            self.children = children
            self.ended = ended
            self.ongoing = ongoing
        }
    }

    /// Per initiative that anyone took part in, its half-years oldest first.
    public static func count(_ starts: [Start], offers mapping: [InitiativeID: [String]] = offers) -> [InitiativeID: [Row]] {
        var result: [InitiativeID: [Row]] = [:]
        for (initiative, carried) in mapping {
            let own = starts.filter { carried.contains($0.offer) }
            guard !own.isEmpty else { continue }
            let byHalf = Dictionary(grouping: own) { HalfYear($0.startedOn) }
            result[initiative] = byHalf.keys.sorted().map { half in
                let group = byHalf[half]!
                var ended: [EndReason: Int] = [:]
                for start in group { if let reason = start.ended { ended[reason, default: 0] += 1 } }
                return Row(half: half, children: Set(group.map(\.child)).count, ended: ended, ongoing: group.filter { $0.ended == nil }.count)
            }
        }
        return result
    }
}
