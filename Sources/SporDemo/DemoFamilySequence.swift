import Foundation
import SporDomain

/// The families of the demo municipality, made one at a time as the consumer iterates, so a data set
/// many times Norddjurs' size never needs to sit in memory. Family `n` is the same on every run,
/// however far the consumer goes.
public struct DemoFamilySequence: Sequence, Sendable {
    let context: DemoContext

    public func makeIterator() -> Iterator { Iterator(context: context) }

    public struct Iterator: IteratorProtocol {
        private let context: DemoContext
        private var index = 0
        private var remainingMinors: Int
        private var remainingYoungAdults: Int
        private var cpr: CPRAllocator
        private var openCases: [UUID: Int] = [:]
        /// Notifications still to be left unassessed at the end, per team (`DemoIntake.backlog`).
        private var backlog: [[Backlog]]

        init(context: DemoContext) {
            self.context = context
            remainingMinors = context.configuration.children
            remainingYoungAdults = context.configuration.youngAdults
            cpr = CPRAllocator(seed: context.configuration.seed)
            backlog = context.caseworkersByTeam.indices.map(DemoIntake.backlog(team:))
        }

        public mutating func next() -> DemoFamily? {
            guard remainingMinors + remainingYoungAdults > 0 else { return nil }
            defer { index += 1 }
            var rng = SeededRandom(seed: context.configuration.seed, stream: DemoContext.Stream.family.rawValue,
                                   index: UInt64(index))
            return makeFamily(&rng)
        }

        private mutating func makeFamily(_ rng: inout SeededRandom) -> DemoFamily {
            let municipality = context.configuration.municipality.code
            let districtIndex = rng.weighted(context.districts.map(\.share))
            let district = context.districts[districtIndex]
            let districtTeams = context.teamsByDistrict[districtIndex]
            let teamIndex = districtTeams[rng.weighted(districtTeams.map { Double(context.caseworkersByTeam[$0].count) })]
            let risk = RiskGroup(rawValue: rng.weighted(RiskGroup.shares))!
            let size = Swift.min(1 + rng.weighted([0.34, 0.42, 0.18, 0.06]), remainingMinors + remainingYoungAdults)

            // Parents.
            let surname = rng.pick(DemoNames.surnames)
            var parents: [(person: Person, kind: Relation.Kind, custody: Bool)] = []
            if rng.chance(0.78) {
                let sameSex = rng.chance(0.02)
                let motherSurname = rng.chance(0.55) ? surname : rng.pick(DemoNames.surnames)
                let mother = Person(id: rng.uuid(), municipality: municipality,
                                    givenName: DemoNames.adult(&rng, female: true), familyName: motherSurname)
                let father = Person(id: rng.uuid(), municipality: municipality,
                                    givenName: DemoNames.adult(&rng, female: sameSex), familyName: surname)
                let custody = rng.unit()
                let fatherCustody = custody < 0.90 || custody >= 0.97
                let motherCustody = custody < 0.97
                parents.append((mother, sameSex ? .parent : .mother, motherCustody))
                parents.append((father, sameSex ? .parent : .father, fatherCustody))
            } else {
                let female = rng.chance(0.8)
                let parent = Person(id: rng.uuid(), municipality: municipality,
                                    givenName: DemoNames.adult(&rng, female: female), familyName: surname)
                parents.append((parent, female ? .mother : .father, true))
            }

            // Children.
            let familySchool = rng.pick(district.schools)
            let familyDaycare = rng.pick(district.daycares)
            var births: [Int] = []
            var usedNames = Set<String>()
            var children: [DemoChild] = []
            for _ in 0..<size {
                let birthDay = drawBirthDay(after: births, &rng)
                births.append(birthDay)
                if birthDay >= context.oldestMinorBirthDay { remainingMinors -= 1 } else { remainingYoungAdults -= 1 }
                let birthDate = LocalDate(dayNumber: birthDay)
                let sex: LegalSex = rng.chance(0.51) ? .male : .female
                var givenName: String
                repeat { givenName = rng.pick(sex == .male ? DemoNames.boys : DemoNames.girls) }
                while usedNames.contains(givenName)
                usedNames.insert(givenName)
                let age = birthDate.age(on: context.endDate)
                let institution: String? = switch age {
                case ..<6: rng.chance(0.8) ? familyDaycare : rng.pick(district.daycares)
                case ..<17: rng.chance(0.8) ? familySchool : rng.pick(district.schools)
                default: rng.chance(age <= 19 ? 0.75 : 0.4) ? rng.pick(DemoPlaces.youthEducations) : nil
                }
                let child = Child(id: rng.uuid(), municipality: municipality, givenName: givenName, familyName: surname,
                                  birthDate: birthDate, sex: sex, district: district.name, institution: institution)
                let cprNumber = cpr.make(birth: birthDate, sex: sex)
                // The first children of a team now and then get a notification the team has not assessed yet.
                var request: Backlog?
                if let next = backlog[teamIndex].first, (1...16).contains(age), rng.chance(0.3) { request = next }
                var writer = CourseWriter(context: context, child: child, districtIndex: districtIndex,
                                          teamIndex: teamIndex, risk: risk, backlog: request)
                let written = DemoGroups.amend(DemoSchool.amend(writer.write(openCases: &openCases, &rng), child: child, context: context),
                                               child: child, context: context)
                children.append(DemoChild(child: child, cpr: cprNumber,
                                           entries: DemoPreparedness.amend(DemoContact.amend(written, child: child, parents: parents,
                                                                                             configuration: context.configuration),
                                                                           child: child, configuration: context.configuration)))
                if writer.backlogWritten { backlog[teamIndex].removeFirst() }
            }
            children = DemoSiblings.amend(children, configuration: context.configuration)
            let relations = children.flatMap { child in
                parents.map { Relation(child: child.child.id, person: $0.person.id, kind: $0.kind, hasCustody: $0.custody) }
            }
            return DemoFamily(children: children, parents: parents.map(\.person), relations: relations)
        }

        /// A birth day (day number) 0–22 years before the end. The first child's age group (0–17 or
        /// 18–22) is drawn in proportion to what is left of each; siblings are 1–6 years apart (now and
        /// then twins). When an age group is used up, a child is moved into the other one, so the data
        /// set holds exactly `children` minors and `youngAdults` young adults.
        private func drawBirthDay(after siblings: [Int], _ rng: inout SeededRandom) -> Int {
            let youngest = context.clock.endDay - 1
            let minors = context.oldestMinorBirthDay...youngest
            let youngAdults = context.oldestYoungAdultBirthDay...(context.oldestMinorBirthDay - 1)
            var day: Int
            if let sibling = siblings.isEmpty ? nil : rng.pick(siblings) {
                let gap = rng.chance(0.02) ? 0 : rng.int(in: 330...2_200)
                day = rng.chance(0.5) ? sibling + gap : sibling - gap
                if !(youngAdults.lowerBound...youngest).contains(day) { day = rng.chance(0.5) ? sibling + gap : sibling - gap }
                if !(youngAdults.lowerBound...youngest).contains(day) {
                    day = rng.int(in: youngAdults.lowerBound...youngest)
                }
            } else {
                let pickYoungAdult = rng.unit() * Double(remainingMinors + remainingYoungAdults) < Double(remainingYoungAdults)
                day = rng.int(in: pickYoungAdult ? youngAdults : minors)
            }
            if minors.contains(day) && remainingMinors == 0 { day = rng.int(in: youngAdults) }
            if youngAdults.contains(day) && remainingYoungAdults == 0 { day = rng.int(in: minors) }
            return day
        }
    }
}
