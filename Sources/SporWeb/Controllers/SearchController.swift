import Plot
import Vapor
import SporDomain
import SporStore

enum SearchController {
    struct SearchForm: Content {
        var q: String?
    }

    /// The search form, posted: a CPR number typed into it travels in the body, never in the URL (and so never in a
    /// server's or proxy's log or the browser's history). A name may still come as `?q=`; a CPR number that way is
    /// not searched for.
    @Sendable static func search(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let sent = request.method == .POST ? try request.content.decode(SearchForm.self).q : try? request.query.get(String.self, at: "q")
        var query = sent?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var notice: LocalizedText? = nil
        if request.method != .POST, query.filter(\.isNumber).count >= 6 {
            query = ""
            notice = Strings.searchCPRByForm
        }
        var results: [ChildListItem] = []
        var openable: Set<UUID> = []
        if !query.isEmpty {
            results = try await request.store.search(query)
            // The audit log records that a search happened, never what was searched for.
            try await request.store.audit(.search, user: user.id, now: request.now)
            let team = try await request.store.teams().first { $0.id == user.team }
            let grants = try await request.store.childrenWithActiveGrant(user: user.id, now: request.now)
            openable = Set(results.filter { Access.grounds(user, userTeam: team, item: $0, hasGrant: grants.contains($0.id)) != nil }.map(\.id))
        }
        let mayAskForAccess = Authorization.allows(user.role, .breakGlass)
        return Page.render(request, title: Strings.searchTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.searchTitle))),
                .form(.id("search-form"), .class("search"), .action("/search"), .method(.post), .attribute(named: "role", value: "search"),
                    csrfField(context),
                    Components.field(context.t(Strings.searchLabel), id: "search-q",
                        .input(.id("search-q"), .name("q"), .type(.search), .value(escapeAttribute(query)), .attribute(named: "aria-describedby", value: "search-hint"))),
                    .p(.id("search-hint"), .class("hint"), .plain(context.t(Strings.searchHint))),
                    .button(.type(.submit), .class("primary"), .plain(context.t(Strings.searchButton)))),
                .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .plain(context.t($0))) },
                .if(!query.isEmpty,
                    results.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.searchNoResults)))
                                    : resultsTable(results, openable: openable, linkAll: mayAskForAccess, context))
            )
        }
    }

    /// For a child the searcher may open: the whole row. For any other: only what is needed to ask for access —
    /// name, birth date and district, never the concern level or the caseworker.
    static func resultsTable(_ results: [ChildListItem], openable: Set<UUID>, linkAll: Bool, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("count"), .plain(context.t(Strings.childCount, String(results.count)))),
            .table(.id("search-results"), .class("list"),
                Components.columnHeaders([Strings.columnName, Strings.birthDate, Strings.columnDistrict, Strings.columnConcern,
                                          Strings.columnCaseworker], context),
                .tbody(.forEach(results) { child in
                    let mayOpen = openable.contains(child.id)
                    return .tr(
                        .td(mayOpen || linkAll ? .a(.class("child-link"), .href("/children/\(child.id.uuidString)"), .plain(child.name))
                                               : .plain(child.name)),
                        .td(.plain(Format.date(child.birthDate, context.language))),
                        .td(.plain(child.district)),
                        mayOpen ? .td(Components.concernBadge(child.concernLevel, context))
                                : .td(.class("muted"), .plain(context.t(Strings.searchNotInYourCases))),
                        mayOpen ? .td(.plain(child.caseworkerName ?? context.t(Strings.noCaseworker))) : .td(.plain("")))
                })))
    }
}

enum AccessLogController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .reading)
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
