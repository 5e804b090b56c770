import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// Data-subject access (indsigt): everything about one child, as JSON and as a readable page. Logged.
enum ExportController {
    struct Export: Content {
        struct Identity: Codable {
            let id: UUID
            let cpr: String?
            let givenName: String
            let familyName: String
            let birthDate: String
            let sex: String
            let district: String
            let institution: String?
        }

        struct Relative: Codable {
            let givenName: String
            let familyName: String
            let relation: String
            let hasCustody: Bool
        }

        struct Access: Codable {
            let at: Date
            let who: String?
            let role: String?
            let action: String
        }

        let exportedAt: Date
        let child: Identity
        let family: [Relative]
        let journal: [ApiController.EntryDTO]
        let accessLog: [Access]
    }

    static func build(_ request: Request) async throws -> (ChildPageModel, Export) {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let store = request.store
        let child = model.child
        try await store.audit(.exportChild, user: model.user.id, child: child.id, now: request.now)
        let cpr = try await store.cpr(child: child.id)
        let family = try await store.relations(child: child.id).map {
            Export.Relative(givenName: $0.person.givenName, familyName: $0.person.familyName,
                            relation: $0.relation.kind.rawValue, hasCustody: $0.relation.hasCustody)
        }
        let access = try await store.accessLog(child: child.id, limit: 100_000).map {
            Export.Access(at: $0.at, who: $0.userDisplayName, role: $0.userRole?.rawValue, action: $0.action.rawValue)
        }
        let export = Export(
            exportedAt: request.now,
            child: .init(id: child.id, cpr: cpr?.formatted, givenName: child.givenName, familyName: child.familyName,
                         birthDate: child.birthDate.iso, sex: child.sex.rawValue, district: child.district, institution: child.institution),
            family: family,
            // An export goes to the family (indsigt), and the family never reads who notified.
            journal: ApiController.entryDTOs(model.timeline, showsNotifier: false),
            accessLog: access)
        return (model, export)
    }

    @Sendable static func json(_ request: Request) async throws -> Response {
        let (model, export) = try await build(request)
        let response = try await export.encodeResponse(for: request)
        response.headers.replaceOrAdd(name: .contentDisposition,
                                      value: "attachment; filename=\"spor-indsigt-\(model.child.id.uuidString.lowercased()).json\"")
        return response
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let (model, export) = try await build(request)
        return Page.render(request, title: Strings.exportTitle(request.language, model.child.fullName)) { context in
            .group(
                .h1(.plain(context.t(Strings.exportTitle, model.child.fullName))),
                .p(.plain(context.t(Strings.exportIntro))),
                .p(.a(.href("/children/\(model.child.id.uuidString)/export.json"), .plain(context.t(Strings.exportJSON)))),
                .div(.class("facts"),
                    ChildPageView.fact(Strings.cprLabel, .plain(export.child.cpr ?? context.t(Strings.none)), context),
                    ChildPageView.fact(Strings.birthDate, .plain(Format.date(model.child.birthDate, context.language)), context),
                    ChildPageView.fact(Strings.sexLabel, .plain(export.child.sex), context),
                    ChildPageView.fact(Strings.columnDistrict, .plain(export.child.district), context),
                    ChildPageView.fact(Strings.institution, .plain(export.child.institution ?? context.t(Strings.none)), context)),
                .h2(.plain(context.t(Strings.exportFamily))),
                export.family.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.none))) :
                    .ul(.forEach(export.family) { relative in
                        .li(.plain("\(relative.givenName) \(relative.familyName) — \(relative.relation)\(relative.hasCustody ? ", \(context.t(Strings.exportCustody))" : "")"))
                    }),
                .h2(.plain(context.t(Strings.exportJournal))),
                ChildPageView.timelineReadOnly(model, context),
                .h2(.plain(context.t(Strings.exportAccess))),
                .table(.class("list"),
                    Components.columnHeaders([Strings.columnWhen, Strings.columnWho, Strings.columnAction], context),
                    .tbody(.forEach(export.accessLog) { access in
                        .tr(.td(.plain(Format.dateTime(access.at, context.language))), .td(.plain(access.who ?? context.t(Strings.none))),
                            .td(.plain(AuditAction(rawValue: access.action).map { context.t(Strings.auditAction($0)) } ?? access.action)))
                    }))
            )
        }
    }
}
