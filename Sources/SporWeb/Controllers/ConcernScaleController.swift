import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The administrator edits the concern scale's names and guidance; every save is a new version.
enum ConcernScaleController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, scale: try await request.store.concernScale(), values: nil, error: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let fields = try request.content.decode([String: String].self)
        let current = try await request.store.concernScale()
        do {
            let levels = ConcernLevel.allCases.map { level in
                let n = level.rawValue
                let guidance = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { group in
                    (group, fields["guidance-\(n)-\(group.rawValue)"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? current.guidance(level, for: group))
                })
                return ConcernScale.Level(level: level, nameDa: fields["nameDa-\(n)"] ?? "", nameEn: fields["nameEn-\(n)"] ?? "", guidance: guidance)
            }
            let scale = try ConcernScale(levels: levels)
            try await request.store.saveConcernScale(scale, by: user.id, now: request.now)
            request.spor.configuration.replace(scale)
            let versions = try await request.store.configurationVersions(key: "concernScale")
            request.session.data["notice"] = Strings.scaleSaved(request.language).replacingOccurrences(of: "{0}", with: String(versions))
            return request.redirect(to: "/admin/concern-scale", redirectType: .normal)
        } catch let error as DomainError {
            return try await render(request, scale: current, values: fields, error: (error.field ?? "", Strings.error(error.code)(request.language)))
        }
    }

    static func render(_ request: Request, scale: ConcernScale, values: [String: String]?, error: (field: String, message: String)?) async throws -> Response {
        let versions = try await request.store.configurationVersions(key: "concernScale")
        return Page.render(request, title: Strings.scaleTitle(request.language), status: error == nil ? .ok : .unprocessableEntity) { context in
            let value = { (name: String, fallback: String) in values?[name] ?? fallback }
            let fieldError = { (name: String) in error?.field == name ? error?.message : nil }
            return .group(
                .p(.a(.href("/admin"), .plain("← \(context.t(Strings.adminTitle))"))),
                .h1(.plain(context.t(Strings.scaleTitle))),
                .p(.plain(context.t(Strings.scaleIntro))),
                .p(.class("meta"), .plain(context.t(Strings.scaleVersions, String(versions)))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notSaved)) \($0.message)")) },
                .form(.id("scale-form"), .class("entry-form"), .action("/admin/concern-scale"), .method(.post),
                    csrfField(context),
                    .forEach(scale.levels) { level in
                        let n = level.level.rawValue
                        return .element(named: "fieldset", nodes: [
                            .class("scale-level"),
                            .element(named: "legend", nodes: [Components.concernBadge(level.level, context)]),
                            Components.field(context.t(Strings.scaleNameDa), id: "nameDa-\(n)", error: fieldError("nameDa-\(n)"),
                                .input(.id("nameDa-\(n)"), .name("nameDa-\(n)"), .type(.text), .required(true),
                                       .value(escapeAttribute(value("nameDa-\(n)", level.nameDa))))),
                            Components.field(context.t(Strings.scaleNameEn), id: "nameEn-\(n)", error: fieldError("nameEn-\(n)"),
                                .input(.id("nameEn-\(n)"), .name("nameEn-\(n)"), .type(.text), .required(true),
                                       .value(escapeAttribute(value("nameEn-\(n)", level.nameEn))))),
                            .forEach(AgeGroup.allCases) { group in
                                let id = "guidance-\(n)-\(group.rawValue)"
                                return Components.field(context.t(Strings.scaleGuidance, group.rawValue.replacingOccurrences(of: "-", with: "–")), id: id,
                                                        error: fieldError(id),
                                    .textarea(.id(id), .name(id), .attribute(named: "rows", value: "2"), .plain(value(id, level.guidance[group] ?? ""))))
                            },
                        ])
                    },
                    .button(.id("scale-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
            )
        }
    }

    /// The guidance for one age band, folded under a concern form.
    static func guidance<C: HTML.BodyContext>(for group: AgeGroup, _ context: PageContext) -> Node<C> {
        .details(.class("scale-guidance"),
            .summary(.plain(context.t(Strings.scaleGuidanceFor, group.rawValue.replacingOccurrences(of: "-", with: "–")))),
            .dl(.forEach(context.concernScale.levels) { level in
                .group(.dt(Components.concernBadge(level.level, context)), .dd(.plain(level.guidance[group] ?? "")))
            }))
    }

    /// The guidance for every age band, for someone who has not yet said which child.
    static func guidanceForAllAges<C: HTML.BodyContext>(_ context: PageContext) -> Node<C> {
        .details(.class("scale-guidance"),
            .summary(.plain(context.t(Strings.scaleGuidanceAll))),
            .table(.class("list"),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .plain("")),
                           .forEach(AgeGroup.allCases) { .th(.attribute(named: "scope", value: "col"), .plain($0.rawValue.replacingOccurrences(of: "-", with: "–"))) })),
                .tbody(.forEach(context.concernScale.levels) { level in
                    .tr(.th(.attribute(named: "scope", value: "row"), Components.concernBadge(level.level, context)),
                        .forEach(AgeGroup.allCases) { .td(.plain(level.guidance[$0] ?? "")) })
                })))
    }
}
