import Foundation
import Plot
import SporDomain
import SporStore

/// The administrator's form for the concern scale's names and guidance, one fieldset per level.
enum ConcernScaleView {
    /// An age band as the page writes it ("0–5").
    static func ages(_ group: AgeGroup) -> String { group.rawValue.replacingOccurrences(of: "-", with: "–") }

    static func body(_ model: ConcernScaleModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        // The scale's fields have always been named and identified alike ("nameDa-3").
        let names = model.scale.levels.flatMap { level in
            let n = level.level.rawValue
            return ["nameDa-\(n)", "nameEn-\(n)"] + AgeGroup.allCases.map { ConcernScaleModel.guidanceField(n, $0) }
        }
        let fields = FormFields(context, idPrefix: "scale", refusal: refusal, ids: Dictionary(uniqueKeysWithValues: names.map { ($0, $0) }))
        return .group(
            .p(.a(.href(SiteURL.admin.path), .plain("← \(context.t(Strings.adminTitle))"))),
            .h1(.plain(context.t(Strings.scaleTitle))),
            .p(.plain(context.t(Strings.scaleIntro))),
            .p(.class("meta"), .plain(context.t(Strings.scaleVersions, String(model.versions)))),
            fields.summary(Strings.notSaved),
            .form(.id("scale-form"), .class("entry-form"), .action(SiteURL.concernScale.path), .method(.post),
                csrfField(context),
                .forEach(model.scale.levels) { level in
                    let n = level.level.rawValue
                    return .element(named: "fieldset", nodes: [
                        .class("scale-level"),
                        .element(named: "legend", nodes: [Components.concernBadge(level.level, context)]),
                        fields.text("nameDa-\(n)", Strings.scaleNameDa, required: true, fallback: level.nameDa),
                        fields.text("nameEn-\(n)", Strings.scaleNameEn, required: true, fallback: level.nameEn),
                        .forEach(AgeGroup.allCases) { group in
                            fields.area(ConcernScaleModel.guidanceField(n, group), Strings.scaleGuidance.filled(ages(group)), rows: 2,
                                        fallback: level.guidance[group] ?? "")
                        },
                    ])
                },
                .button(.id("scale-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }
}
