import Foundation
import Plot
import SporDomain
import SporStore

/// A refused completion of a task: the form alone, open, with the reason and what was typed; and the page of a
/// completion the user may not make.
enum TaskCompletionView {
    static func body(_ model: TaskCompletionModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(escapeAttribute(model.returnTo)), .plain("← " + context.t(Strings.backToList)))),
            .h1(.plain(context.t(model.title))),
            .p(.class("meta"), .plain(model.childName)),
            .unwrap(refusal) { .div(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.formHasErrors)) \($0.message)")) },
            TaskForms.form(model.kind, child: model.child, trigger: model.trigger, action: model.action, user: model.user,
                           context: context, returnTo: model.returnTo, refusal: refusal))
    }

    /// 403: the task is not the user's to complete.
    static func forbidden(_ message: LocalizedText, home: SiteURL, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("error-page"),
            .h1(.plain(context.t(Strings.errorTitle))),
            .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(message))),
            .p(.a(.href(home.path), .plain(context.t(Strings.backToStart)))))
    }
}
