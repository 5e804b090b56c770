import Plot
import SporDomain
import SporStore

/// The administrator's page of users: a row per user with their status and a form per action.
enum AdminUsersView {
    static func body(_ model: AdminUsersModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.admin.path), .plain("← \(context.t(Strings.adminTitle))"))),
            .h1(.plain(context.t(Strings.adminUsersTitle))),
            .p(.plain(context.t(Strings.adminUsersIntro))),
            .unwrap(refusal) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0.message)) },
            .table(.id("users"), .class("list"),
                Components.columnHeaders([Strings.columnUsername, Strings.columnName, Strings.columnRole, Strings.columnTeam,
                                          Strings.columnStatus, Strings.columnAction], context),
                .tbody(.forEach(model.rows) { row(for: $0, context) }))
        )
    }

    private static func row(for row: AdminUsersModel.Row, _ context: PageContext) -> Node<HTML.TableContext> {
        let user = row.user
        let url = { (action: SiteURL.UserAction) in SiteURL.adminUser(.value(user.id), action) }
        return .tr(.id(escapeAttribute("user-\(user.id.uuidString)")),
            .td(.plain(user.username), .if(row.isViewer, .group(.text(" "), .plain(context.t(Strings.userYou))))),
            .td(.plain(user.displayName)),
            .td(.plain(context.t(Strings.role(user.role)))),
            .td(.plain(row.teamName ?? context.t(Strings.none))),
            .td(.plain(status(row, context))),
            .td(
                .if(row.login != .allowed,
                    action(url(.unlock), Strings.unlockUser, label: Strings.unlockUserLabel, user, context)),
                user.isActive
                    ? .if(!row.isViewer, action(url(.deactivate), Strings.deactivateUser, label: Strings.deactivateUserLabel, user, context))
                    : action(url(.reactivate), Strings.reactivateUser, label: Strings.reactivateUserLabel, user, context)))
    }

    private static func status(_ row: AdminUsersModel.Row, _ context: PageContext) -> String {
        var parts: [String] = []
        if let since = row.user.deactivatedAt {
            parts.append(context.t(Strings.userDeactivatedSince, Format.dateTime(since, context.language)))
        } else {
            parts.append(context.t(Strings.userActive))
        }
        switch row.login {
        case .allowed: break
        case .wait: parts.append(context.t(Strings.userDelayed, String(row.failures)))
        case .locked(let until): parts.append(context.t(Strings.userLockedUntil, Format.dateTime(until, context.language), String(row.failures)))
        }
        return parts.joined(separator: " · ")
    }

    /// One action on one user: a form of its own, with the form token, named for whom it acts on.
    private static func action(_ url: SiteURL, _ title: LocalizedText, label: LocalizedText, _ user: UserRecord,
                               _ context: PageContext) -> Node<HTML.BodyContext> {
        .form(.action(escapeAttribute(url.path)), .method(.post), .class("inline"),
              csrfField(context),
              .button(.type(.submit), .attribute(named: "aria-label", value: escapeAttribute(context.t(label, user.username))),
                      .plain(context.t(title))))
    }
}
