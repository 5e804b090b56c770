import Foundation
import SporDomain

/// Why a form was refused, with what the user typed, so nothing they wrote is lost. The one refusal type: every form
/// page takes one (or nil) and shows the message at the top and beside the field it names.
struct Refusal: Error, Sendable {
    /// Which form on the page was refused, where a page has several (the child page: "note", "concern", …).
    let form: String
    /// The field to mark; nil when the refusal is about the whole form.
    let field: String?
    let message: String
    let values: FormValues

    init(form: String = "", field: String?, message: String, values: FormValues) {
        self.form = form
        self.field = field
        self.message = message
        self.values = values
    }

    /// The refusal's message for `field` of `form`, if it is the one refused.
    func message(for field: String, in form: String? = nil) -> String? {
        guard form == nil || form == self.form, self.field == field else { return nil }
        return message
    }
}
