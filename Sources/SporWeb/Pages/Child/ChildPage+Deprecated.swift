import Foundation
import Plot
import SporDomain

/// What other areas still call on the child page's controller; the lead removes these once nobody calls them.
extension ChildrenController {
    /// When an entry happened. Deprecated: use `FormValues.occurred`.
    static func occurred(_ text: String?, shown: String? = nil, now: Date) throws -> Date {
        var values: [String: String] = [:]
        if let text { values["occurredAt"] = text }
        if let shown { values["occurredAtShown"] = shown }
        return try FormValues(values).occurred(now: now)
    }

    /// The hidden companion of a time field. Deprecated: use `FormFields.dateTime`, which writes it.
    static func shownField<C: HTMLContext>(_ name: String, _ context: PageContext, kept: String? = nil) -> Node<C> {
        .selfClosedElement(named: "input", attributes: [
            .attribute(named: "type", value: "hidden"),
            .attribute(named: "name", value: name + "Shown"),
            .attribute(named: "value", value: escapeAttribute(kept ?? Format.dateTimeLocal(context.now))),
        ])
    }
}
