import Foundation

/// Slows down and then stops password guessing, per username: after a few wrong attempts in a row
/// the next one is taken only after a growing delay, and after many the username is locked for a
/// while. Unknown usernames are counted the same way, so the answers do not tell which exist.
public enum LoginThrottle {
    /// Every number of the throttle, in one place.
    public struct Policy: Sendable, Hashable {
        /// Failures in a row before each further attempt must wait.
        public var failuresBeforeDelay: Int
        /// The wait after the `failuresBeforeDelay`-th failure; it doubles with each further failure…
        public var firstDelay: TimeInterval
        /// …up to this.
        public var longestDelay: TimeInterval
        /// Failures in a row that lock the username.
        public var failuresBeforeLockout: Int
        public var lockout: TimeInterval
        /// Failures older than this no longer count.
        public var forgetAfter: TimeInterval

        public init(failuresBeforeDelay: Int = 5, firstDelay: TimeInterval = 2, longestDelay: TimeInterval = 60,
                    failuresBeforeLockout: Int = 20, lockout: TimeInterval = 15 * 60, forgetAfter: TimeInterval = 24 * 3600) {
            self.failuresBeforeDelay = failuresBeforeDelay
            self.firstDelay = firstDelay
            self.longestDelay = longestDelay
            self.failuresBeforeLockout = failuresBeforeLockout
            self.lockout = lockout
            self.forgetAfter = forgetAfter
        }

        public static let standard = Policy()

        /// How long to wait after `failures` failures in a row (zero below the threshold).
        public func delay(afterFailures failures: Int) -> TimeInterval {
            guard failures >= failuresBeforeDelay else { return 0 }
            let doublings = min(failures - failuresBeforeDelay, 30)
            return min(firstDelay * pow(2, Double(doublings)), longestDelay)
        }
    }

    /// What is remembered about one username.
    public struct State: Sendable, Hashable {
        public var failures: Int
        public var lastFailureAt: Date?
        public var lockedUntil: Date?

        public init(failures: Int = 0, lastFailureAt: Date? = nil, lockedUntil: Date? = nil) {
            self.failures = failures
            self.lastFailureAt = lastFailureAt
            self.lockedUntil = lockedUntil
        }

        public static let clean = State()
    }

    public enum Decision: Sendable, Hashable {
        case allowed
        /// Too many failures in a row: the next attempt is taken from `until`.
        case wait(until: Date)
        /// Locked after `failuresBeforeLockout` failures: nothing, not even the right password, is taken before `until`.
        case locked(until: Date)
    }

    /// Whether an attempt at `now` is looked at.
    public static func decision(_ state: State, now: Date, policy: Policy = .standard) -> Decision {
        let state = current(state, now: now, policy: policy)
        if let lockedUntil = state.lockedUntil, lockedUntil > now { return .locked(until: lockedUntil) }
        guard let last = state.lastFailureAt else { return .allowed }
        let until = last.addingTimeInterval(policy.delay(afterFailures: state.failures))
        return until > now ? .wait(until: until) : .allowed
    }

    /// The state after a wrong attempt at `now`. Once locked, each further failure locks again.
    public static func afterFailure(_ state: State, now: Date, policy: Policy = .standard) -> State {
        var next = current(state, now: now, policy: policy)
        next.failures += 1
        next.lastFailureAt = now
        next.lockedUntil = next.failures >= policy.failuresBeforeLockout ? now.addingTimeInterval(policy.lockout) : nil
        return next
    }

    /// Forgets failures that are too old to count.
    private static func current(_ state: State, now: Date, policy: Policy) -> State {
        guard let last = state.lastFailureAt, now.timeIntervalSince(last) > policy.forgetAfter,
              (state.lockedUntil ?? .distantPast) <= now else { return state }
        return .clean
    }
}
