import Foundation
import SporDomain

/// Participation in the policy's open offers (issue 23, item 4), from a stream of its own so that the rest of the demo
/// draws the same numbers as before. It adds to a journal already written, never moving what is there.
///
/// The seeds (001, 003) name the initiatives but give no numbers of participants or groups, so the rates aim at some
/// 10–40 children per offer per half-year in a municipality of Norddjurs' size. The open offers (BRUS, SES,
/// skilsmissegrupper, CPDF, efterfødselsreaktionssamtaler, the talk on alcohol and drugs, digital dannelse) are enrolled
/// in without a decision by an outreach counsellor; the referral offers (Skolevægringsprojektet, netværksgrupper, *Få styr
/// på angsten*, Rette hjælp til ADHD) are granted by the caseworker under § 30 (`referrals`).
///
/// A child is enrolled only while its case is open (early help or more), and its participation ends before the case
/// closes (a case is not closed with a measure running), so no case is opened by an enrolment and the other indicators
/// keep their counts. A group offer has one group per district and half-year: its id, start day, length and outreach
/// counsellor are drawn from a stream keyed by (seed, offer, district, half-year, and which of a large district's
/// groups), so children of different families
/// share them; each participation ends 8–14 weeks after the start (or runs on at the demo's end) with a drawn outcome.
enum DemoGroups {
    static let stream: UInt64 = 0x6B0_0B5

    struct Plan {
        let offer: String
        /// Enrolled together in a group (one per district and half-year), or each on their own.
        let grouped: Bool
        /// The chance that a child of the offer's ages with an open case through the start takes part in a half-year.
        let chance: Double
    }

    static let plans: [Plan] = [
        Plan(offer: "brus", grouped: false, chance: 0.012),
        Plan(offer: "ses", grouped: false, chance: 0.016),
        Plan(offer: "skilsmissegrupper", grouped: true, chance: 0.03),
        Plan(offer: "cpdf", grouped: false, chance: 0.04),
        Plan(offer: "efterfoedselsreaktion", grouped: false, chance: 0.3),
        Plan(offer: "alkohol-og-rusmidler", grouped: true, chance: 0.03),
        Plan(offer: "digital-tryghed", grouped: true, chance: 0.045),
    ]

    /// One group: the same for every child of its district and half-year.
    struct Group {
        let id: UUID
        let startDay: Int
        let endDay: Int
        let author: UUID
    }

    static func group(offer index: Int, district: Int, half: Int, part: Int, seed: UInt64, outreach: [UUID]) -> Group {
        var rng = SeededRandom(seed: seed, stream: stream &+ UInt64(index + 1) << 32,
                               index: UInt64(part) << 48 | UInt64(district) << 32 | UInt64(UInt32(truncatingIfNeeded: half)))
        let id = rng.uuid()
        let start = half + rng.int(in: 14...120)
        let weeks = rng.int(in: 8...14)
        return Group(id: id, startDay: workingDay(start), endDay: workingDay(start + weeks * 7), author: rng.pick(outreach))
    }

    /// `entries` (in recorded order) with the enrolments and their ends added, still in recorded order.
    static func amend(_ entries: [Entry], child: Child, context: DemoContext) -> [Entry] {
        guard !entries.isEmpty, let district = context.districts.firstIndex(where: { $0.name == child.district }),
              !context.outreachByDistrict[district].isEmpty else { return entries }
        let seed = context.configuration.seed
        var rng = SeededRandom(seed: seed, stream: stream, index: index(of: child.id))
        let end = context.configuration.end
        let endDay = context.clock.endDay
        let outreach = context.outreachByDistrict[district]
        let catalogue = OfferCatalogue.standard
        let windows = openWindows(entries)
        var added: [Entry] = []

        for (offerIndex, plan) in plans.enumerated() {
            guard let offer = catalogue[plan.offer], let basis = offer.legalBases.first else { continue }
            var busyUntil = Int.min
            for window in windows {
                var half = halfStart(window.from)
                while half < min(window.until ?? endDay, endDay) {
                    let next = halfStart(half + 200)
                    defer { half = next }
                    guard rng.chance(plan.chance) else { continue }
                    let day: Int, stop: Int, group: UUID?, author: UUID
                    if plan.grouped {
                        // A large district runs more than one group a half-year (groups of some 6–12).
                        let parts = max(1, Int((context.districts[district].share * 6 * context.configuration.scale).rounded()))
                        let made = Self.group(offer: offerIndex, district: district, half: half, part: rng.below(parts), seed: seed,
                                              outreach: outreach)
                        (day, stop, group, author) = (made.startDay, made.endDay, made.id, made.author)
                    } else {
                        let from = max(half, window.from + 3)
                        let to = min(next - 1, endDay - 1)
                        guard from <= to else { continue }
                        day = workingDay(rng.int(in: from...to))
                        stop = workingDay(day + rng.int(in: 56...98))
                        (group, author) = (nil, rng.pick(outreach))
                    }
                    // Within the open case, the child of the offer's ages, not twice at once.
                    guard day > window.from + 2, day > busyUntil, day < endDay, offer.isFor(age: child.birthDate.age(on: LocalDate(dayNumber: day))),
                          window.until.map({ day + 21 < $0 }) ?? true else { continue }
                    let startAt = DanishTime.instant(LocalDate(dayNumber: day), hour: 10, minute: rng.int(in: 0...59))
                    guard startAt < end else { continue }
                    let start = Entry(id: rng.uuid(), municipality: child.municipality, child: child.id,
                                      payload: .measureStarted(MeasureStart(offer: offer.id, decision: nil, legalBasis: basis, group: group)),
                                      occurredAt: startAt, recordedAt: startAt, author: author)
                    added.append(start)
                    let reason: EndReason = [.goalsReached, .declined, .other][rng.weighted([0.76, 0.15, 0.09])]
                    // Ends with the group, or earlier when the case closes first; runs on at the demo's end.
                    let last = window.until.map { min(stop, $0 - 1) } ?? stop
                    busyUntil = last
                    let endAt = DanishTime.instant(LocalDate(dayNumber: last), hour: 14, minute: rng.int(in: 0...59))
                    guard endAt < end, endAt > startAt else {
                        busyUntil = window.until ?? Int.max
                        continue
                    }
                    added.append(Entry(id: rng.uuid(), municipality: child.municipality, child: child.id,
                                       payload: .measureEnded(MeasureEnd(measure: start.id, reason: reason, note: note(reason))),
                                       occurredAt: endAt, recordedAt: endAt, author: author))
                }
            }
        }
        added += referrals(entries, child: child, windows: windows, context: context, &rng)
        guard !added.isEmpty else { return entries }
        let ordered = entries.enumerated().map { ($0.element, Double($0.offset)) }
            + added.enumerated().map { ($0.element, Double(entries.count) + Double($0.offset)) }
        return ordered.sorted { ($0.0.recordedAt, $0.1) < ($1.0.recordedAt, $1.1) }.map(\.0)
    }

    /// The initiatives given on referral (no open access): the chance a child of the offer's ages whose views were heard
    /// in a conversation once an assessment began gets a § 30 decision on it in a half-year, and the weeks it runs.
    static let referralPlans: [(offer: String, chance: Double, weeks: ClosedRange<Int>)] = [
        ("skolevaegringsprojektet", 0.12, 12...26),
        ("netvaerksgrupper", 0.1, 12...20),
        ("faa-styr-paa-angsten", 0.3, 10...14),
        ("rette-hjaelp-til-adhd", 0.12, 8...10),
    ]

    /// The referral offers: the child's caseworker decides on early help (§ 30) once an assessment has begun in the open
    /// case, hearing the child in a conversation held 1–10 days before, and the child starts 2–14 days later and ends
    /// before the case closes. Only a course already at an assessment gets one, so the case's phase is unchanged.
    static func referrals(_ entries: [Entry], child: Child, windows: [(from: Int, until: Int?)], context: DemoContext,
                          _ rng: inout SeededRandom) -> [Entry] {
        let end = context.configuration.end
        let endDay = context.clock.endDay
        let catalogue = OfferCatalogue.standard
        let ordered = entries.filter { $0.corrects == nil }.sorted { $0.occurredAt < $1.occurredAt }
        let day = { (entry: Entry) in DanishTime.localDate(of: entry.occurredAt).dayNumber }
        var added: [Entry] = []
        for window in windows {
            let inside = ordered.filter { entry in
                let on = day(entry)
                return on >= window.from && (window.until.map { on < $0 } ?? true)
            }
            let conclusions: [EntryKind] = [.focusedAssessment, .investigation, .focusedAssessmentConcluded, .investigationConcluded, .decision]
            guard let assessed = inside.first(where: { conclusions.contains($0.kind) }) else { continue }
            let heard = inside.filter { entry in
                guard case .childConversation(let conversation) = entry.payload else { return false }
                return conversation.wasHeld && entry.occurredAt >= assessed.occurredAt
            }
            var busyUntil = Int.min
            for conversation in heard {
                let decided = context.clock.workingDay(onOrAfter: day(conversation) + rng.int(in: 1...10))
                guard decided > busyUntil, decided < endDay - 1,
                      window.until.map({ decided + 45 < $0 }) ?? true else { continue }
                let age = child.birthDate.age(on: LocalDate(dayNumber: decided))
                let choices = referralPlans.filter { plan in
                    catalogue[plan.offer]?.isFor(age: age) == true
                        && !entries.contains { if case .measureStarted(let start) = $0.payload { start.offer == plan.offer } else { false } }
                }
                guard !choices.isEmpty else { continue }
                let plan = choices[rng.below(choices.count)]
                guard rng.chance(plan.chance * Double(referralPlans.count) / Double(choices.count)) else { continue }
                guard let caseworker = inside.last(where: { $0.kind == EntryKind.caseworkerAssigned && $0.occurredAt <= conversation.occurredAt }),
                      case .caseworkerAssigned(let assignment) = caseworker.payload else { continue }
                let author = assignment.caseworker
                let started = context.clock.workingDay(onOrAfter: decided + rng.int(in: 2...14))
                let planned = started + 7 * rng.int(in: plan.weeks)
                let decidedAt = DanishTime.instant(LocalDate(dayNumber: decided), hour: 11, minute: rng.int(in: 0...59))
                let startAt = DanishTime.instant(LocalDate(dayNumber: started), hour: 10, minute: rng.int(in: 0...59))
                guard startAt < end else { continue }
                let decision = Entry(id: rng.uuid(), municipality: child.municipality, child: child.id,
                                     payload: .decision(Decision(offers: [plan.offer], legalBasis: .earlyHelp,
                                                                 purpose: rng.pick(DemoTexts.purpose(.earlyHelp, age: age)),
                                                                 expectedEnd: LocalDate(dayNumber: planned),
                                                                 consent: Consent(custodyHolders: .given, youngPerson: nil),
                                                                 childsViews: .heardIn(conversation.id),
                                                                 complaintGuidanceToChild: Decision.requiresComplaintGuidanceToChild(age: age))),
                                     occurredAt: decidedAt, recordedAt: decidedAt, author: author)
                let start = Entry(id: rng.uuid(), municipality: child.municipality, child: child.id,
                                  payload: .measureStarted(MeasureStart(offer: plan.offer, decision: decision.id, legalBasis: .earlyHelp)),
                                  occurredAt: startAt, recordedAt: startAt, author: author)
                added += [decision, start]
                let last = window.until.map { min(planned, $0 - 1) } ?? planned
                busyUntil = window.until ?? Int.max
                let endAt = DanishTime.instant(LocalDate(dayNumber: last), hour: 14, minute: rng.int(in: 0...59))
                guard endAt < end, endAt > startAt else { continue }
                busyUntil = last
                let reason: EndReason = [.goalsReached, .declined, .other][rng.weighted([0.72, 0.16, 0.12])]
                added.append(Entry(id: rng.uuid(), municipality: child.municipality, child: child.id,
                                   payload: .measureEnded(MeasureEnd(measure: start.id, reason: reason, note: note(reason))),
                                   occurredAt: endAt, recordedAt: endAt, author: author))
            }
        }
        return added
    }

    static func note(_ reason: EndReason) -> String? {
        switch reason {
        case .goalsReached: "Forløbet er gennemført."
        case .declined: "Familien ønskede ikke at fortsætte."
        default: nil
        }
    }

    /// The days (day numbers) the case is open, in the order things happened: from the entry that opens it to the day
    /// it is closed (nil: open at the demo's end).
    static func openWindows(_ entries: [Entry]) -> [(from: Int, until: Int?)] {
        var windows: [(from: Int, until: Int?)] = []
        var openedOn: Int?
        for entry in entries.sorted(by: { $0.occurredAt < $1.occurredAt }) where entry.corrects == nil {
            let day = DanishTime.localDate(of: entry.occurredAt).dayNumber
            if case .caseClosed = entry.payload {
                if let from = openedOn { windows.append((from, day)) }
                openedOn = nil
            } else if openedOn == nil, entry.kind.opensCase {
                openedOn = day
            }
        }
        if let from = openedOn { windows.append((from, nil)) }
        return windows
    }

    /// The first day of the half-year `day` falls in.
    static func halfStart(_ day: Int) -> Int {
        let date = LocalDate(dayNumber: day)
        return LocalDate(year: date.year, month: date.month <= 6 ? 1 : 7, day: 1)!.dayNumber
    }

    /// Monday to Friday: a Saturday or Sunday moves to the Monday after.
    static func workingDay(_ day: Int) -> Int {
        let weekday = LocalDate(dayNumber: day).isoWeekday
        return weekday >= 6 ? day + (8 - weekday) : day
    }

    private static func index(of id: UUID) -> UInt64 {
        let bytes = id.uuid
        return [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
