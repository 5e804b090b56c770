import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// Break-the-glass: opening a child outside one's own cases by stating why. The access lasts a few
/// hours, is logged, and the team lead reviews every such reason.
enum BreakGlassController {
    /// The page a caseworker or team lead sees instead of a child outside their cases.
    static func offer(_ request: Request, child: UUID, error: String?, reason: String = "") -> Response {
        // Refused until a reason is given: 403; a reason that could not be accepted: 422.
        Page.render(request, title: Strings.breakGlassTitle(request.language), status: error == nil ? .forbidden : .unprocessableEntity) { context in
            .div(.class("break-glass"),
                .h1(.plain(context.t(Strings.breakGlassTitle))),
                .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(Strings.errorChildOutOfScope))),
                .p(.plain(context.t(Strings.breakGlassIntro, String(Int(Store.grantDuration / 3600))))),
                .form(.id("break-glass-form"), .action("/children/\(child.uuidString)/break-glass"), .method(.post),
                    csrfField(context),
                    .unwrap(error) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                    Components.field(context.t(Strings.breakGlassReason), id: "break-glass-reason",
                        .textarea(.id("break-glass-reason"), .name("reason"), .attribute(named: "rows", value: "3"), .required(true), .plain(reason))),
                    .button(.id("break-glass-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.breakGlassButton)))),
                .p(.a(.href(context.user.map { Authorization.home($0.role) } ?? "/login"), .plain(context.t(Strings.backToStart)))))
        }
    }

    struct GrantForm: Content {
        var reason: String?
    }

    @Sendable static func grant(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let child = try ChildrenController.childID(request)
        let reason = (try request.content.decode(GrantForm.self)).reason ?? ""
        guard try await request.store.child(id: child) != nil else { throw Abort(.notFound) }
        do {
            try await request.store.grantAccess(user: user.id, child: child, reason: reason, now: request.now)
        } catch let error as DomainError {
            return offer(request, child: child, error: Strings.error(error.code)(request.language), reason: reason)
        }
        request.session.data["notice"] = Strings.breakGlassGranted(request.language)
        return request.redirect(to: "/children/\(child.uuidString)", redirectType: .normal)
    }

    /// The team lead's review: every reason stated by the team in the last 90 days.
    @Sendable static func review(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let since = request.now.addingTimeInterval(-90 * 86_400)
        var grants: [AccessGrant] = []
        if let team = try await request.store.teams().first(where: { $0.id == user.team }) {
            grants = try await request.store.accessGrants(team: team, since: since)
        }
        return Page.render(request, title: Strings.breakGlassReviewTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.breakGlassReviewTitle))),
                .p(.plain(context.t(Strings.breakGlassReviewIntro))),
                grants.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.breakGlassNone))) :
                    .table(.id("break-glass-review"), .class("list"),
                        Components.columnHeaders([Strings.columnWhen, Strings.columnWho, Strings.columnName, Strings.reason, Strings.breakGlassExpires], context),
                        .tbody(.forEach(grants) { grant in
                            .tr(.td(.plain(Format.dateTime(grant.grantedAt, context.language))),
                                .td(.plain(grant.userDisplayName)),
                                .td(.a(.href("/children/\(grant.child.uuidString)/access-log"), .plain(grant.childName))),
                                .td(.class("text"), .plain(grant.reason)),
                                .td(.plain(Format.dateTime(grant.expiresAt, context.language))))
                        }))
            )
        }
    }
}
