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
    /// The refusal's code, as the API answers it (`{"error": code}`): the domain's or the policy's error code, or
    /// `invalid` for a value a form could not read.
    let code: String

    init(form: String = "", field: String?, message: String, values: FormValues, code: String = "invalid") {
        self.form = form
        self.field = field
        self.message = message
        self.values = values
        self.code = code
    }
}
