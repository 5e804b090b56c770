import Foundation
import Plot
import SporDomain
import SporStore

/// *Mine aftaler*: what was agreed, about which child, by when, and the form to mark it done or not done.
enum MyActionsView {
    static func body(_ model: MyActionsModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.myActionsTitle))),
            .p(.plain(context.t(Strings.myActionsIntroTasks))),
            model.rows.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.myActionsEmpty))) :
                .table(.id("actions"), .class("list"),
                    Components.columnHeaders([Strings.columnDue, Strings.columnAction, Strings.columnChild, Strings.taskComplete], context),
                    .tbody(.forEach(model.rows) { row in
                        let obligation = row.obligation
                        return .tr(.class(obligation.due < model.now ? "overdue" : "open"), .id("action-\(obligation.action?.uuidString ?? "")"),
                            .td(.plain(Format.deadline(obligation.due, context.language)), .element(named: "br"),
                                IntakeController.countdown(due: obligation.due, now: model.now, context)),
                            .td(.class("action-what"), .plain(row.what)),
                            .td(.plain(obligation.childName)),
                            .td(.unwrap(row.rule) { rule in
                                TaskForms.controls(for: obligation, rule: rule, user: model.user, context: context, returnTo: SiteURL.actions.path)
                            }))
                    }))
        )
    }
}
