import Foundation
import Plot
import SporDomain

/// A concern's category on the professional's form: a school reports school absence with its share and period.
extension ProfessionalView {
    static func absenceFields(_ form: FormFields, kept: FormValues, _ context: PageContext) -> Node<HTML.FormContext> {
        .element(named: "fieldset", nodes: [
            .class("absence-fields"),
            .element(named: "legend", nodes: [.plain(context.t(Strings.concernCategoryAbsence))]),
            form.choice("category", Strings.concernCategory, [("general", context.t(Strings.concernCategoryGeneral)),
                                                              ("absence", context.t(Strings.concernCategoryAbsence))],
                        fallback: kept["category"] ?? "general"),
            form.number("absenceShare", Strings.absenceShare, fallback: kept["absenceShare"] ?? "", max: 100),
            form.date("absenceFrom", Strings.absenceFrom, fallback: kept["absenceFrom"] ?? ""),
            form.date("absenceTo", Strings.absenceTo, fallback: kept["absenceTo"] ?? ""),
        ])
    }
}
