import Foundation
import SporDomain

/// One step of the help a course gives after a notification, planned by day. The course writes it later, when its
/// minute, its author and (for a conversation) who held it are known; a step after the end of the demo, or after the
/// course closed, is not written.
struct HelpStep {
    /// The order of steps on one day: an assessment begins before the child is heard, the child is heard before a
    /// decision, a follow-up comes before the plan it adjusts and before the measures it ends, and a measure ends before
    /// the next one begins.
    enum Order: Int {
        case assessmentStarted, conversation, preliminaryAssessment, assessmentConcluded, followUp, plan, ended, decision,
             started, transition, handoverMeeting
    }

    let id: UUID
    let day: Int
    let order: Order
    let payload: EntryPayload
    /// The order the steps were planned in, for steps of the same day and order.
    let sequence: Int
}

/// A measure or placement a course plans: its decision's offer and provision, when it starts and ends.
struct PlannedMeasure {
    let id: UUID
    let offer: String
    let basis: LegalBasis
    let isPlacement: Bool
    let start: Int
    var end: Int
    var endReason: EndReason
}

/// The notification a course's help follows: the first in the course whose assessment found a need for an
/// afdækning, an investigation or immediate help.
struct HelpTrigger {
    let notification: UUID
    let notificationDay: Int
    let assessmentDay: Int
    let severity: NextStep
    /// The child was found in danger and acute measures were taken.
    let acute: Bool
}
