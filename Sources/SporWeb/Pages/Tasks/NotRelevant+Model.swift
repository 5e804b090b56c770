import Foundation
import SporDomain
import SporStore

/// The form that marks one open legal deadline of a child *ikke relevant*: which deadline, on whom, by when.
struct NotRelevantModel {
    let child: UUID
    let childName: String
    let obligation: OpenObligation
    let rule: DeadlineRule
    /// Where the user came from (a checked local path); the child page when nil.
    let returnTo: String?

    /// The open obligation a query or a form names (`rule`, `trigger`, optional `action`) among the child's, or nil when
    /// it names none: a deadline met, marked or unknown.
    static func query(child: Child, obligations: [OpenObligation], rule ruleID: String?, trigger: String?, action: String?,
                      returnTo: String?) -> NotRelevantModel? {
        guard let ruleID, let rule = RuleBook.barnetsLov[ruleID], let trigger = trigger.flatMap(UUID.init(uuidString:)) else { return nil }
        let actionID = action.flatMap { $0.isEmpty ? nil : UUID(uuidString: $0) }
        if action?.isEmpty == false, actionID == nil { return nil }
        guard let obligation = obligations.first(where: { $0.rule == ruleID && $0.trigger == trigger && $0.action == actionID }) else {
            return nil
        }
        return NotRelevantModel(child: child.id, childName: child.fullName, obligation: obligation, rule: rule, returnTo: returnTo)
    }

    /// Where "back" leads.
    var back: String { returnTo ?? SiteURL.child(child).path }
}
