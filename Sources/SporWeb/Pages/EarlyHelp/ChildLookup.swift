import Foundation
import SporDomain
import SporStore

/// How someone outside the case names a child: by CPR number, or else by full name and birth date (exactly one child
/// must match). Used by the professional's page, the network meeting, the consultations, the intake form and the API.
enum ChildLookup {
    static func find(store: Store, cpr: String?, name: String?, birthDate: String?) async throws -> Child {
        let cprText = cpr?.trimmingCharacters(in: .whitespaces) ?? ""
        if !cprText.isEmpty {
            let cpr = try CPR(cprText)
            guard let child = try await store.child(cpr: cpr) else { throw FormError(field: "cpr", text: Strings.childNotFoundByIdentifier) }
            return child
        }
        let name = name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty, let birthDate = birthDate.flatMap(LocalDate.init(iso:)) else {
            throw FormError(field: "cpr", text: Strings.childIdentifierMissing)
        }
        let matches = try await store.children(name: name, birthDate: birthDate)
        guard matches.count == 1, let child = matches.first else { throw FormError(field: "cpr", text: Strings.childNotFoundByIdentifier) }
        return child
    }

    /// The child a form names with its `cpr`, `name` and `birthDate` fields.
    static func find(store: Store, _ values: FormValues) async throws -> Child {
        try await find(store: store, cpr: values["cpr"], name: values["name"], birthDate: values["birthDate"])
    }

    /// Whether a form names a child at all (a consultation may be anonymous).
    static func isNamed(_ values: FormValues) -> Bool {
        ["cpr", "name", "birthDate"].contains { !values.text($0).isEmpty }
    }
}
