import Foundation
import SporDomain

/// A measure or placement written in the child's journal, as local minutes: what § 137 reads.
struct HelpPeriod {
    let id: UUID
    let start: Int
    /// Nil while it runs.
    var end: Int?
    /// Under § 32 or a placement (§§ 46–47): "already receives help" in § 137.
    let supportive: Bool
}

extension CourseWriter {
    /// Plans what follows a notification event (`CourseHelpPlanner.consider`) and returns the minute the course must
    /// stay open until: a few working days after the last day planned, or — after measures — some months, to see
    /// that the help holds. `Int.min` when nothing was planned.
    mutating func holdOpen(for event: Event, help: inout CourseHelpPlanner, _ rng: inout SeededRandom) -> Int {
        guard case .notification(let plan, _) = event else { return Int.min }
        let last = help.consider(plan, &rng)
        guard last != Int.min else { return Int.min }
        let pause = help.measures.isEmpty ? rng.int(in: 3...15) : rng.int(in: DemoCourse.watchAfterHelpDays)
        let day = context.clock.workingDay(onOrAfter: last + pause)
        return DemoClock.officeMinute(day, &rng, from: 9 * 60, to: 15 * 60)
    }

    /// Writes the help a course planned, day by day in the steps' order, at minutes in office hours that no
    /// notification of the course shares (so which came first is clear to § 137), each recorded after the one
    /// before it. A step after `limit` is left out, and every step after it.
    mutating func writeHelp(_ steps: [HelpStep], limit: Int, avoiding taken: Set<Int>, caseworker: (Int) -> UUID,
                            _ rng: inout SeededRandom) {
        let ordered = steps.sorted { ($0.day, $0.order.rawValue, $0.sequence) < ($1.day, $1.order.rawValue, $1.sequence) }
        var lastRecorded = Int.min
        var index = 0
        while index < ordered.count {
            let day = ordered[index].day
            var dayEnd = index
            while dayEnd < ordered.count && ordered[dayEnd].day == day { dayEnd += 1 }
            var minutes = (index..<dayEnd).map { _ in DemoClock.officeMinute(day, &rng, from: 8 * 60, to: 15 * 60 + 30) }.sorted()
            var previous = Int.min
            for k in minutes.indices {
                var minute = max(minutes[k], previous + 1)
                while taken.contains(minute) { minute += 1 }
                minutes[k] = minute
                previous = minute
            }
            for (step, minute) in zip(ordered[index..<dayEnd], minutes) {
                guard minute <= limit else { return }
                let author = caseworker(minute)
                var payload = step.payload
                if case .childConversation(var conversation) = payload {
                    conversation.heldBy = author
                    payload = .childConversation(conversation)
                }
                let recorded = min(limit, max(minute + rng.int(in: 2...40), lastRecorded + 1))
                lastRecorded = recorded
                _ = add(payload, occurred: minute, recorded: recorded, author: author, &rng, id: step.id)
                switch payload {
                case .investigationConcluded:
                    investigationsConcluded.append(minute)
                case .measureStarted(let start):
                    helpPeriods.append(HelpPeriod(id: step.id, start: minute, end: nil,
                                                  supportive: LegalBasis.supportive.contains(start.legalBasis)))
                case .placementStarted:
                    helpPeriods.append(HelpPeriod(id: step.id, start: minute, end: nil, supportive: true))
                case .measureEnded(let end):
                    if let period = helpPeriods.lastIndex(where: { $0.id == end.measure }) { helpPeriods[period].end = minute }
                case .placementEnded(let end):
                    if let period = helpPeriods.lastIndex(where: { $0.id == end.placement }) { helpPeriods[period].end = minute }
                default:
                    break
                }
            }
            index = dayEnd
        }
    }

    /// Whether a børnefaglig undersøgelse of the child was concluded before `minute`, in an earlier course.
    func investigatedBefore(_ minute: Int) -> Bool {
        investigationsConcluded.contains { $0 < minute }
    }

    /// Whether the child already receives help before `minute`, as § 137's rule reads the journal
    /// (`TriggerCondition.childAlreadyReceivesHelp`): a § 32 measure or a placement running. An open case with a
    /// caseworker but no help started is not in § 137's scope.
    func receivesHelp(before minute: Int) -> Bool {
        helpPeriods.contains { $0.supportive && $0.start < minute && ($0.end.map { $0 > minute } ?? true) }
    }
}
