import Foundation
import SporDomain

/// Abuse preparedness in the demo's journals (issue 24, item 1), from a stream of its own so that the rest of the demo
/// draws the same numbers as before. It adds to a journal already written, never moving what is there. On each
/// notification about abuse (about 3 % of the demo's notifications), by the caseworker holding the case at the time:
/// - the conversation step about 1–3 hours after the first child conversation held since the notification (about 9 in
///   10), the parents suspected in about 6 in 10;
/// - the police consulted 0–4 days after the notification in about 85 %, reported in about 3 in 10 of those;
/// - the børnehus 1–8 days after in about 75 %: referred in about 6 in 10, otherwise not relevant with a reason;
/// - the decision not to inform the parents yet the same day or the next in about 4 in 10.
/// (The seeds give no rates for the preparedness; these are set so the checklist and `abuse-preparedness-steps` show
/// something plausible.) A step that would fall after the demo's end, a closure of the case or with no caseworker is left out.
enum DemoPreparedness {
    static let stream: UInt64 = 0xAB05E

    static let houseReasons = ["Barnet er afhørt af politiet i videoafhøringslokalet", "Mistanken er afkræftet ved samtalen",
                               "Barnet er allerede i forløb i børnehuset"]
    static let parentsReasons = ["Forældrene er mistænkt; politiet afhører dem først", "Far er mistænkt; mor orienteres efter afhøringen",
                                 "Politiet har bedt om, at forældrene ikke orienteres endnu"]

    /// `entries` (in recorded order) with preparedness steps added after each notification about abuse, still in recorded order.
    static func amend(_ entries: [Entry], child: Child, configuration: DemoConfiguration) -> [Entry] {
        let corrected = Set(entries.compactMap(\.corrects))
        let notifications = entries.filter { entry in
            guard !corrected.contains(entry.id), case .notification(let notification) = entry.payload else { return false }
            return notification.concernsAbuse
        }
        guard !notifications.isEmpty else { return entries }
        var rng = SeededRandom(seed: configuration.seed, stream: stream, index: index(of: child.id))
        let end = configuration.end
        var added: [Entry] = []
        for notification in notifications {
            // The case as it runs from the notification: until its closure, or the demo's end.
            let closed = entries.first { $0.kind == .caseClosed && $0.occurredAt > notification.occurredAt }?.occurredAt
            let until = min(closed ?? end, end)
            let caseworker = { (at: Date) -> UUID? in
                entries.last { $0.kind == .caseworkerAssigned && $0.occurredAt <= at }.flatMap {
                    if case .caseworkerAssigned(let assignment) = $0.payload { assignment.caseworker } else { nil }
                }
            }
            // A notification registered after it came: its steps follow the registration.
            let known = max(notification.occurredAt, notification.recordedAt)
            func add(_ step: PreparednessStep, at: Date) {
                guard at < until, at > known, let author = caseworker(at) else { return }
                added.append(Entry(id: rng.uuid(), municipality: child.municipality, child: child.id, payload: .preparednessStep(step),
                                   occurredAt: at, recordedAt: at, author: author))
            }
            let day = { (days: Int) -> Date in
                let date = DanishTime.localDate(of: notification.occurredAt).adding(days: days)
                return DanishTime.instant(date, hour: rng.int(in: 9...15), minute: rng.int(in: 0...59))
            }
            let conversation = entries.first {
                guard !corrected.contains($0.id), $0.occurredAt > notification.occurredAt,
                      case .childConversation(let talk) = $0.payload else { return false }
                return talk.wasHeld
            }
            if let conversation, rng.chance(0.9) {
                add(PreparednessStep(notification: notification.id, step: .childConversation, parentsSuspected: rng.chance(0.6),
                                     conversation: conversation.id),
                    at: conversation.occurredAt.addingTimeInterval(Double(rng.int(in: 60...180)) * 60))
            }
            if rng.chance(0.85) {
                add(PreparednessStep(notification: notification.id, step: .police, police: rng.chance(0.3) ? .reported : .consultedNotReported),
                    at: max(day(rng.int(in: 0...4)), known.addingTimeInterval(1_800)))
            }
            if rng.chance(0.75) {
                let referred = rng.chance(0.6)
                add(PreparednessStep(notification: notification.id, step: .childrensHouse, childrensHouse: referred ? .referred : .notRelevant,
                                     reason: referred ? nil : rng.pick(houseReasons)),
                    at: day(rng.int(in: 1...8)))
            }
            if rng.chance(0.4) {
                add(PreparednessStep(notification: notification.id, step: .parentsNotInformed, reason: rng.pick(parentsReasons)),
                    at: max(day(rng.int(in: 0...1)), known.addingTimeInterval(3_600)))
            }
        }
        guard !added.isEmpty else { return entries }
        let ordered = entries.enumerated().map { ($0.element, Double($0.offset)) } + added.map { ($0, Double(entries.count)) }
        return ordered.sorted { ($0.0.recordedAt, $0.1) < ($1.0.recordedAt, $1.1) }.map(\.0)
    }

    private static func index(of id: UUID) -> UInt64 {
        let bytes = id.uuid
        return [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
