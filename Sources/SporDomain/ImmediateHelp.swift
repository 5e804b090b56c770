import Foundation

/// Straks-indsats (immediate help), the policy's 70/30 goal (strategy 2.1: at least 70 % of measures start as
/// immediate help). It is done under § 32, stk. 4: a supportive measure starts on an afdækning or alongside a
/// børnefaglig undersøgelse, not after one.
///
/// The definition, as the `immediate-help-share` indicator shows it: a measure or placement is immediate help when
/// no assessment of the kinds in `ruledOutBy` (by default a concluded børnefaglig undersøgelse) was concluded in
/// the child's course at or before the measure started — within `lookbackMonths` before the start, or at any time
/// when that is nil. Voided conclusions count for nothing; a corrected one counts as corrected. A measure the
/// course has voided is not immediate help (it is not a measure).
public struct ImmediateHelpDefinition: Sendable, Hashable, Codable {
    /// Conclusions that, made before the start, make a measure planned help rather than immediate help.
    public var ruledOutBy: Set<EntryKind>
    /// How far back a conclusion counts; nil: the whole course (DOMAIN.md, "Course = one child's journal").
    public var lookbackMonths: Int?

    public init(ruledOutBy: Set<EntryKind> = [.investigationConcluded], lookbackMonths: Int? = nil) {
        self.ruledOutBy = ruledOutBy
        self.lookbackMonths = lookbackMonths
    }

    public static let standard = ImmediateHelpDefinition()

    /// Whether `measure` (a measure or placement start) is immediate help in `timeline`, its child's course.
    /// Pure: it reads only its arguments. Any other kind of entry is not.
    public func isImmediateHelp(_ measure: Entry, in timeline: Timeline) -> Bool {
        let payload = timeline.items.first { $0.entry.id == measure.id }.map(\.effective) ?? measure.payload
        guard let payload, payload.kind == .measureStarted || payload.kind == .placementStarted else { return false }
        let startedAt = measure.occurredAt
        let earliest = lookbackMonths.map { DanishTime.startOfDay(DanishTime.localDate(of: startedAt).adding(months: -$0)) }
        return !timeline.items.contains { item in
            guard item.entry.child == measure.child, let concluded = item.effective, ruledOutBy.contains(concluded.kind)
            else { return false }
            return item.entry.occurredAt <= startedAt && item.entry.occurredAt >= (earliest ?? .distantPast)
        }
    }

    /// The definition in words, for the indicator's definition page.
    public var summaryEn: String {
        let kinds = ruledOutBy.contains(.focusedAssessmentConcluded)
            ? "a child welfare investigation or a focused assessment" : "a child welfare investigation"
        let window = lookbackMonths.map { "in the \($0) months before" } ?? "at any time before"
        return "A measure or placement is immediate help when \(kinds) of the same child was not concluded \(window) it started."
    }

    public var summaryDa: String {
        let kinds = ruledOutBy.contains(.focusedAssessmentConcluded)
            ? "en børnefaglig undersøgelse eller en afdækning" : "en børnefaglig undersøgelse"
        let window = lookbackMonths.map { "i de \($0) måneder før" } ?? "på noget tidspunkt før"
        return "En indsats eller anbringelse er en straks-indsats, når \(kinds) af samme barn ikke var afsluttet \(window) den begyndte."
    }
}
