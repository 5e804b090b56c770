import Foundation
import SporDomain

/// An expected child of the demo (issue 23, item 1): a notification before birth from a health visitor, the intake's
/// steps on it, support to the expectant mother on *Gruppeforløb for sårbare gravide* (or a network meeting), and — once
/// born — the same journal continuing, with *Efterfødselsreaktionssamtaler* for some parents. Born children carry a CPR
/// number; those still expected at the demo's end have none.
public struct DemoExpectedChild: Sendable {
    public struct Parent: Sendable {
        public let person: Person
        public let kind: Relation.Kind
    }

    /// Born: the child with its birth date and name. Still expected: `Child.expected` (its `dueDate` set).
    public let child: Child
    /// `DDMMYYSSSS` once born; nil while expected.
    public let cpr: String?
    public let parents: [Parent]
    /// In the order they were recorded; those before the birth day pass the rules of an unborn child.
    public let entries: [Entry]
}

extension DemoGenerator {
    /// The stream of the expected children, apart from the others' so that adding them shifts no other data.
    static let expectedStream: UInt64 = 0x23E1

    /// Births a year, as the share of 0–17-year-olds born each year.
    var birthsPerYear: Double { Double(configuration.children) / 18 }

    /// Notifications before birth per birth. Nationally about 1–2 % of births have one (a few a month in a municipality
    /// of Norddjurs' size); ours is 1.5 %, so the `support-before-birth` indicator has a yearly cell above 5.
    static let expectedPerBirth = 0.015

    /// The expected children whose due date falls in the demo's years or up to eight months after its end, oldest first.
    /// The same configuration gives the same children; each is drawn from its own stream.
    public func expectedChildren() -> [DemoExpectedChild] {
        let context = self.context
        let endDay = context.clock.endDay
        let perYear = birthsPerYear * Self.expectedPerBirth
        let spanDays = endDay + 240 - context.startDay
        let count = Int((perYear * Double(spanDays) / 365).rounded())
        var children: [DemoExpectedChild] = []
        var usedCPR = Set<String>()
        for index in 0..<count {
            var rng = SeededRandom(seed: configuration.seed, stream: Self.expectedStream, index: UInt64(index))
            let dueDay = context.startDay + 200 + rng.below(Swift.max(1, spanDays - 200))
            if let made = expectedChild(dueDay: dueDay, endDay: endDay, &rng, usedCPR: &usedCPR) { children.append(made) }
        }
        return children
    }

    private func expectedChild(dueDay: Int, endDay: Int, _ rng: inout SeededRandom, usedCPR: inout Set<String>) -> DemoExpectedChild? {
        let context = self.context
        let municipality = configuration.municipality.code
        let districtIndex = rng.weighted(context.districts.map(\.share))
        let district = context.districts[districtIndex]
        let team = context.teamsByDistrict[districtIndex][0]
        let caseworker = rng.pick(context.caseworkersByTeam[team])
        let dueDate = LocalDate(dayNumber: dueDay)
        // The health visitor or midwife notifies 8–28 weeks before the due date; not yet, if that is after the end.
        let notifiedDay = dueDay - rng.int(in: 56...196)
        guard notifiedDay < endDay - 2 else { return nil }
        let bornDay = dueDay + rng.int(in: -21...10)
        let born = bornDay < endDay

        // The expectant parents.
        let family = rng.pick(DemoNames.surnames)
        var parents = [DemoExpectedChild.Parent(person: Person(id: rng.uuid(), municipality: municipality,
                                                                 givenName: DemoNames.adult(&rng, female: true), familyName: family),
                                                 kind: .mother)]
        if rng.chance(0.6) {
            parents.append(.init(person: Person(id: rng.uuid(), municipality: municipality, givenName: DemoNames.adult(&rng, female: false),
                                                familyName: rng.chance(0.5) ? family : rng.pick(DemoNames.surnames)), kind: .father))
        }
        let mother = parents[0].person.id

        // The child: born with a CPR number, or still expected.
        let id = rng.uuid()
        let sex: LegalSex = rng.chance(0.51) ? .male : .female
        let givenName = rng.pick(sex == .male ? DemoNames.boys : DemoNames.girls)
        let child: Child
        var cpr: String?
        if born {
            let birthDate = LocalDate(dayNumber: bornDay)
            child = Child(id: id, municipality: municipality, givenName: givenName, familyName: family, birthDate: birthDate, sex: sex,
                          district: district.name)
            cpr = Self.cpr(birth: birthDate, sex: sex, &rng, used: &usedCPR)
        } else {
            guard let expected = try? Child.expected(id: id, municipality: municipality, dueDate: dueDate, district: district.name,
                                                     familyName: family, today: context.endDate) else { return nil }
            child = expected
        }

        // The journal.
        var entries: [Entry] = []
        func add(_ payload: EntryPayload, day: Int, hour: Int, by author: UUID) -> Entry? {
            let at = DanishTime.instant(LocalDate(dayNumber: day), hour: hour, minute: rng.int(in: 0...59))
            guard at < configuration.end else { return nil }
            let entry = Entry(id: rng.uuid(), municipality: municipality, child: id, payload: payload, occurredAt: at, recordedAt: at, author: author)
            entries.append(entry)
            return entry
        }
        let worry = rng.pick(Self.worries)
        guard let notification = add(.notification(Notification(notifierKind: .professional, profession: .healthVisitor,
                                                                description: "Underretning om ufødt barn (§ 133, stk. 3): \(worry)",
                                                                channel: rng.chance(0.6) ? .phone : .email,
                                                                notifierName: "Jordemoder/sundhedsplejerske")),
                                     day: notifiedDay, hour: 9, by: caseworker) else { return nil }
        _ = add(.urgencyAssessment(UrgencyAssessment(notification: notification.id, inDanger: false, acuteMeasures: false, nextStep: .noAction,
                                                     reasoning: "Ikke akut før fødslen. Tilbud til den gravide om forløb og samtaler.")),
                day: notifiedDay, hour: 14, by: caseworker)
        _ = add(.receiptSent(Receipt(notification: notification.id, text: "Tak for din underretning om det ufødte barn. Vi har modtaget den.")),
                day: notifiedDay + rng.int(in: 1...4), hour: 10, by: caseworker)
        _ = add(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), day: notifiedDay + 1, hour: 11, by: caseworker)
        // Support before birth: mostly the group for vulnerable pregnant women, some a network meeting, some none in time.
        let support = rng.unit()
        var group: Entry?
        let supportDay = notifiedDay + rng.int(in: 7...35)
        if support < 0.7, supportDay < bornDay {
            group = add(.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp, parent: mother)),
                        day: supportDay, hour: 10, by: caseworker)
        } else if support < 0.85, supportDay < bornDay {
            _ = add(.networkMeeting(NetworkMeeting(participants: .init(child: false, parents: true, network: true, professions: [.healthVisitor]),
                                                   worries: worry, workingWell: "Den gravide tager imod hjælp og kommer til jordemoderen.",
                                                   needsToHappen: "Faste samtaler med sundhedsplejen før og efter fødslen.", safetyScale: 5)),
                    day: supportDay, hour: 13, by: caseworker)
        }
        _ = add(.notifierFeedback(NotifierFeedback(notification: notification.id, ledToInvestigation: false,
                                                   text: "Underretningen har ført til tilbud til den gravide.")),
                day: notifiedDay + rng.int(in: 20...40), hour: 10, by: caseworker)
        if born {
            // The journal continues on the child: the group ends some weeks after the birth; some parents take the
            // conversations after a birth reaction, mothers and fathers alike.
            if let group {
                _ = add(.measureEnded(MeasureEnd(measure: group.id, reason: .goalsReached, note: "Forløbet er afsluttet efter fødslen.")),
                        day: bornDay + rng.int(in: 21...60), hour: 10, by: caseworker)
            }
            if rng.chance(0.2) {
                let parent = rng.pick(parents).person.id
                _ = add(.measureStarted(MeasureStart(offer: "efterfoedselsreaktion", decision: nil, legalBasis: .earlyHelp, parent: parent)),
                        day: bornDay + rng.int(in: 30...120), hour: 10, by: caseworker)
            }
        }
        entries.sort { ($0.recordedAt, $0.occurredAt) < ($1.recordedAt, $1.occurredAt) }
        return DemoExpectedChild(child: child, cpr: cpr, parents: parents, entries: entries)
    }

    /// A CPR number for a child born on `birth` in the demo's expected children: 7th digit 4 (born 2000–2036), a serial
    /// the families' allocator also draws from, so the loader skips any number already registered.
    static func cpr(birth: LocalDate, sex: LegalSex, _ rng: inout SeededRandom, used: inout Set<String>) -> String {
        while true {
            let serial = rng.int(in: 0...99) * 10 + rng.int(in: 0...4) * 2 + (sex == .male ? 1 : 0)
            let text = String(format: "%02d%02d%02d4%03d", birth.day, birth.month, birth.year % 100, serial)
            if used.insert(text).inserted { return text }
        }
    }

    static let worries = [
        "Den gravide har et aktuelt forbrug af hash og alkohol.",
        "Den gravide har tidligere haft en fødselsdepression og er nu uden netværk.",
        "Uro og konflikter i hjemmet; politiet har været tilkaldt.",
        "Den gravide er 17 år og bor alene uden støtte fra familien.",
        "Den kommende far har et misbrug; den gravide er bekymret for at klare det alene.",
        "Den gravide har en psykisk lidelse og har svært ved at passe sin medicin.",
    ]
}
