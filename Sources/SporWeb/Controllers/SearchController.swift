import Plot
import Vapor
import SporDomain
import SporStore

enum SearchController {
    @Sendable static func search(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let query = (try? request.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var results: [ChildListItem] = []
        if !query.isEmpty {
            results = try await request.store.search(query)
            // The audit log records that a search happened, never what was searched for.
            try await request.store.audit(.search, user: user.id, now: request.now)
        }
        return Page.render(request, title: Strings.searchTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.searchTitle))),
                .form(.id("search-form"), .class("search"), .action("/search"), .method(.get), .attribute(named: "role", value: "search"),
                    Components.field(context.t(Strings.searchLabel), id: "search-q",
                        .input(.id("search-q"), .name("q"), .type(.search), .value(escapeAttribute(query)), .attribute(named: "aria-describedby", value: "search-hint"))),
                    .p(.id("search-hint"), .class("hint"), .plain(context.t(Strings.searchHint))),
                    .button(.type(.submit), .class("primary"), .plain(context.t(Strings.searchButton)))),
                .if(!query.isEmpty,
                    results.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.searchNoResults)))
                                    : Components.childrenTable(results, context, showCaseworker: true))
            )
        }
    }
}

enum AccessLogController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request)
        let log = try await request.store.accessLog(child: model.child.id)
        return Page.render(request, title: Strings.accessLogTitle(request.language, model.child.fullName)) { context in
            .group(
                .h1(.plain(context.t(Strings.accessLogTitle, model.child.fullName))),
                .p(.plain(context.t(Strings.accessLogIntro))),
                .p(.a(.href("/children/\(model.child.id.uuidString)"), .plain(model.child.fullName))),
                .table(.id("access-log"), .class("list"),
                    Components.columnHeaders([Strings.columnWhen, Strings.columnWho, Strings.columnRole, Strings.columnAction], context),
                    .tbody(.forEach(log) { record in
                        .tr(.td(.plain(Format.dateTime(record.at, context.language))),
                            .td(.plain(record.userDisplayName ?? context.t(Strings.none))),
                            .td(.plain(record.userRole.map { context.t(Strings.role($0)) } ?? context.t(Strings.none))),
                            .td(.plain(context.t(Strings.auditAction(record.action)))))
                    }))
            )
        }
    }
}
