import Foundation

extension PolicyContent {
    /// The policy a year's status report is about: the council's policy in force on the year's last day; failing that,
    /// the latest one in force during the year; failing both (no policy gives its period), the 2021 policy. So a new
    /// policy's tracking starts with its first year, while the old one's last report is still drafted on the old one.
    public func reportedPolicy(year: Int) -> PolicyID {
        let reported = PolicyPeriod.year(year)
        let dated = policies.filter { $0.kind == .policy }.compactMap { policy in policy.period.map { (policy.id, $0) } }
        if let inForce = dated.last(where: { $0.1.contains(reported.end) }) { return inForce.0 }
        let during = dated.filter { $0.1.start <= reported.end && reported.start <= $0.1.end }
        if let latest = during.max(by: { $0.1.start < $1.1.start }) { return latest.0 }
        return PolicyContent.policy2021
    }
}
