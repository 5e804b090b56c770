/// An error in the policy tracker that its user can act on. Like `DomainError`, it carries a code
/// and the form field it belongs to; the Danish and English messages live in the web layer's
/// string catalog under `policy.<code>`.
public struct PolicyError: Error, Sendable, Hashable {
    public enum Code: String, Sendable, CaseIterable {
        /// An id, name or title is empty.
        case textMissing
        /// A report asked for on a policy the content does not hold.
        case policyUnknown
        /// Two policies, tracks, goals, initiatives or rounds share an id.
        case duplicateID
        /// An initiative names a track that no policy has.
        case trackUnknown
        /// An initiative names a goal that no track has.
        case goalUnknown
        case initiativeUnknown
        /// A status update on an initiative that has been stopped: restart it as a new initiative.
        case initiativeStopped
        /// A status update dated before the initiative's start.
        case updateBeforeStart
        /// A status update dated before the latest update: updates are kept in date order.
        case updateBeforeLatest
        /// A period whose end is before its start, or a deadline before the period starts.
        case periodInvalid
        /// A report text section without a title.
        case sectionTitleMissing
        /// A status report for a year with no indicator values and no status update at all.
        case noDataForYear
        /// A saved report version whose number does not follow the previous one.
        case versionOutOfOrder
    }

    public let code: Code
    /// Which form field the error belongs to, if any.
    public let field: String?

    public init(_ code: Code, field: String? = nil) {
        self.code = code
        self.field = field
    }
}
