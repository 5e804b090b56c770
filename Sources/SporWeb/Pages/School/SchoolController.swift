import Foundation
import Vapor
import SporDomain

/// School and work from the child page: a status (daycare, school, education, work or none, from a day), and absence
/// the school reported, registered by the caseworker on the school's behalf. Both through the child page's one form path.
enum SchoolController {
    @Sendable static func recordSchooling(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "schooling") { values, now, _ in
            EntryDraft(payload: .schooling(try SchoolForm.schooling(values)), occurredAt: now)
        }
    }

    @Sendable static func recordAbsence(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "absence") { values, now, _ in
            guard let level = values["level"].flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
            }
            let source = try values.choice("source", as: ConcernSource.self)
            return EntryDraft(payload: .concern(Concern(level: level, source: source, description: values["description"] ?? "",
                                                        absence: try SchoolForm.absence(values, required: true))),
                              occurredAt: try values.occurred(now: now))
        }
    }
}

/// Reads the school's fields from a form (the child page's and the professional's).
enum SchoolForm {
    static func schooling(_ values: FormValues) throws -> Schooling {
        let setting = try values.choice("setting", as: SchoolingSetting.self)
        return Schooling(setting: setting, institution: setting.hasInstitution ? values.optionalText("institution") : nil,
                         grade: setting.isSchool ? values.optionalText("grade") : nil, from: try values.date("from"))
    }

    /// The absence when the category is school absence (or `required`): the share and the period; nil for another concern.
    static func absence(_ values: FormValues, required: Bool = false) throws -> SchoolAbsence? {
        guard required || values["category"] == "absence" else { return nil }
        guard let share = try values.optionalInt("absenceShare") else {
            throw FormError(field: "absenceShare", text: Strings.absenceShareMissing)
        }
        return SchoolAbsence(share: share, from: try values.date("absenceFrom"), to: try values.date("absenceTo"))
    }
}
