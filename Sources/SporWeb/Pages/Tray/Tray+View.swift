import Foundation
import Plot
import SporDomain
import SporStore

enum TrayView {
    /// The page's content from its model alone; a refused assignment's reason above it.
    static func body(_ model: TrayModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
            .group(
                .h1(.plain(context.t(Strings.trayTitle))),
                .p(.plain(context.t(model.isLead ? Strings.trayIntroLead : Strings.trayIntro))),
                .unwrap(refusal) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0.message)) },
                .p(.class("actions-bar"),
                   .a(.id("tray-register-notification"), .class("button"), .href(SiteURL.intakeNew.path(query: [("returnTo", SiteURL.tray.path)])), .plain(context.t(Strings.trayRegisterNotification))),
                   .if(model.isLead, .a(.href(SiteURL.teamNotRelevant.path), .plain(context.t(Strings.trayNotRelevantLink))))),
                summary(model, context),
                filterForm(model, context),
                // The lead's first task is who does what; a caseworker's is her own work due now, then the team's unassigned.
                .if(model.isLead, owners(model, context)),
                section(.overdue, model, context),
                section(.today, model, context),
                .if(!model.isLead, owners(model, context)),
                absences(model, context),
                section(.thisWeek, model, context),
                section(.later, model, context),
                backlog(model, context),
                .if(model.isLead && !model.loads.isEmpty, loads(model, context))
            )
    }

    /// "3 overskredet · 2 i dag · 5 denne uge · 9 senere · 14 i efterslæb".
    static func summary(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let parts = TrayGroup.allCases.map { context.t(Strings.trayGroupCount($0), String(model.items(in: $0).count)) }
            + [context.t(Strings.trayBacklogCount, String(model.backlog.count))]
        return .p(.id("tray-counts"), .class("count"), .plain(parts.joined(separator: " · ")))
    }

    static func filterForm(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let rules = RuleBook.barnetsLov.rules.filter { rule in model.all.contains { $0.rule.id == rule.id } }
        var children: [(UUID, String)] = []
        for item in model.all where !children.contains(where: { $0.0 == item.obligation.child }) {
            children.append((item.obligation.child, item.obligation.childName))
        }
        children.sort { $0.1 < $1.1 }
        let fields = FormFields(context, idPrefix: "filter", refusal: nil)
        return .form(.id("tray-filter"), .class("filter-form"), .action(SiteURL.tray.path), .method(.get),
            .element(named: "fieldset", nodes: [
                .element(named: "legend", nodes: [.plain(context.t(Strings.trayFilter))]),
                fields.choice("kind", Strings.trayFilterKind,
                              [("", context.t(Strings.trayFilterAll))] + TrayModel.Kind.allCases.map { ($0.rawValue, context.t(Strings.trayKind($0))) },
                              fallback: model.filter.kind?.rawValue ?? ""),
                fields.choice("rule", Strings.trayFilterRule,
                              [("", context.t(Strings.trayFilterAll))]
                              + rules.map { ($0.id, "\(context.t($0.title)) (\($0.paragraph))") },
                              fallback: model.filter.rule ?? ""),
                fields.choice("child", Strings.trayFilterChild,
                              [("", context.t(Strings.trayFilterAll))] + children.map { ($0.0.uuidString, $0.1) },
                              fallback: model.filter.child?.uuidString ?? ""),
                .if(model.isLead, fields.choice("member", Strings.trayFilterMember,
                                                [("", context.t(Strings.trayFilterAll))] + model.assignable.map { ($0.id.uuidString, $0.displayName) },
                                                fallback: model.filter.member?.uuidString ?? "")),
                .button(.id("filter-submit"), .type(.submit), .plain(context.t(Strings.trayFilterApply))),
                .if(model.filter.isActive, .a(.id("filter-clear"), .href(SiteURL.tray.path), .plain(context.t(Strings.trayFilterClear)))),
            ]))
    }

    /// The children waiting for a caseworker, and the cases the user took lately.
    static func owners(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(.if(!model.unassigned.isEmpty || (model.receivesIntake && !model.filter.isActive), unassigned(model, context)),
               .if(!model.newCases.isEmpty, newCases(model, context)))
    }

    /// The team's *Ufordelte*: children whose open case asks for a caseworker. Taken in one action ("Jeg tager den"), or
    /// given by the lead in two (choose, give).
    static func unassigned(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("unassigned"), .class("tray-group"),
            .h2(.plain(context.t(Strings.trayUnassignedTitle, String(model.unassigned.count)))),
            .p(.class("hint"), .plain(context.t(Strings.trayUnassignedIntro))),
            model.unassigned.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.trayUnassignedEmpty))) :
                .table(.class("list"),
                    Components.columnHeaders([Strings.columnName, Strings.trayColumnWhy, Strings.trayColumnWaiting, Strings.trayColumnOwner], context),
                    .tbody(.forEach(model.unassigned) { child in
                        .tr(.class("unassigned"),
                            .td(.a(.href(SiteURL.child(child.child).path), .plain(child.name))),
                            .td(.plain(child.level >= OwnerNeed.always
                                ? context.t(Strings.trayNeedCase)
                                : context.t(Strings.trayNeedConcern, child.concernLevel.map(context.levelName) ?? String(child.level)))),
                            .td(.plain(Format.dateTime(child.since, context.language)), .element(named: "br"),
                                .span(.class("meta"), .plain(IntakeController.countdownText(seconds: -Int(context.now.timeIntervalSince(child.since)), context.language)))),
                            .td(assignControls(child: child.child, name: child.name, model, context)))
                    }))
        )
    }

    /// The cases the user took lately: a child given by the lead lands here even before it has a deadline.
    static func newCases(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("new-cases"), .class("tray-group"),
            .h2(.plain(context.t(Strings.trayNewCasesTitle, String(model.newCases.count)))),
            .ul(.forEach(model.newCases) { new in
                .li(.a(.href(SiteURL.child(new.child).path), .plain(new.name)),
                    .plain(" · " + context.t(Strings.trayNewCaseSince, Format.dateTime(new.since, context.language))))
            }))
    }

    /// A caseworker's "Jeg tager den"; a lead's choice of caseworker and "Tildel".
    static func assignControls(child: UUID, name: String, _ model: TrayModel, _ context: PageContext,
                               key: String? = nil) -> Node<HTML.BodyContext> {
        assignControls(child: child, name: name, isLead: model.isLead, assignable: model.assignable, context, key: key, returnTo: SiteURL.tray.path)
    }

    /// The same, for any page that lists work on a child without a caseworker (the intake queue); back to `returnTo`.
    static func assignControls(child: UUID, name: String, isLead: Bool, assignable: [UserRecord], _ context: PageContext,
                               key: String? = nil, returnTo: String) -> Node<HTML.BodyContext> {
        // One picker per row: a child's row among the unassigned, or one deadline's row (`key`).
        let id = "assign-" + (key ?? child.uuidString)
        let fields = FormFields(context, idPrefix: "assign", refusal: nil)
        return .form(.class("assign-form"), .action(SiteURL.trayAssign(.value(child)).path), .method(.post),
            csrfField(context),
            fields.hidden("returnTo", returnTo),
            isLead
                ? .group(
                    // Named by aria-label: a visually hidden <label> counts as hidden to axe inside the row's flex form.
                    FormFields.select(id: id, name: "caseworker",
                        [FormFields.option(value: "", text: context.t(Strings.trayChooseCaseworker), selected: true)]
                            + assignable.map { FormFields.option(value: $0.id.uuidString, text: $0.displayName, selected: false) },
                        [("aria-label", context.t(Strings.trayAssignLabel, name))]),
                    .button(.type(.submit), .class("assign-submit"), .plain(context.t(Strings.trayAssign))))
                : .group(
                    fields.hidden("caseworker", "me"),
                    .button(.type(.submit), .class("claim-submit primary"),
                            .attribute(named: "aria-label", value: escapeAttribute(context.t(Strings.trayClaimLabel, name))),
                            .plain(context.t(Strings.trayClaim)))))
    }

    static func section(_ group: TrayGroup, _ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let items = model.items(in: group)
        return .section(.id("tray-\(group.rawValue)"), .class("tray-group"),
            .h2(.plain(context.t(Strings.trayGroupTitle(group), String(items.count)))),
            items.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.trayGroupEmpty))) : table(items, model, context))
    }

    static func backlog(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("tray-backlog"), .class("tray-group backlog"),
            .h2(.plain(context.t(Strings.trayBacklogTitle, String(model.backlog.count)))),
            .p(.class("hint"), .plain(context.t(Strings.trayBacklogIntro, String(model.settings.backlogAfterDays)))),
            model.backlog.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.trayGroupEmpty))) :
                .element(named: "details", nodes: [
                    .element(named: "summary", nodes: [.plain(context.t(Strings.trayBacklogShow, String(model.backlog.count)))]),
                    table(model.backlog, model, context),
                ]))
    }

    static func table(_ items: [TrayModel.Item], _ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .table(.class("list tray"),
            Components.columnHeaders([Strings.columnDue, Strings.trayColumnWhat, Strings.columnName, Strings.trayColumnOwner, Strings.trayColumnDo], context),
            .tbody(.forEach(items) { item in row(item, model, context) }))
    }

    static func row(_ item: TrayModel.Item, _ model: TrayModel, _ context: PageContext) -> Node<HTML.TableContext> {
        let obligation = item.obligation
        let ruleTitle = "\(context.t(item.rule.title)) (\(item.rule.paragraph))"
        let priority: Node<HTML.BodyContext> = obligation.isPriority
            ? .strong(.class("priority"), .plain("⚠ " + context.t(Strings.trayPriority) + " ")) : .empty
        let note: Node<HTML.BodyContext> = obligation.note.map { .p(.class("note"), .plain(context.t(Strings.trayNote, $0))) } ?? .empty
        // Work on a child without a caseworker, not listed among the unassigned (whose row has the picker): taken or given here.
        let listed = model.unassigned.contains { $0.child == obligation.child }
        let owner: Node<HTML.BodyContext> = item.assigneeID == nil && obligation.team == nil && !listed
            ? assignControls(child: obligation.child, name: obligation.childName, model, context,
                             key: "\(obligation.rule)-\(obligation.trigger.uuidString)-\(obligation.action?.uuidString ?? "")") : .empty
        let due: Node<HTML.BodyContext> = .group(.plain(Format.deadline(obligation.due, context.language)), .element(named: "br"),
                                                 IntakeController.countdown(due: obligation.due, now: context.now, context))
        let what: Node<HTML.BodyContext> = .group(priority, .span(.class("kind"), .plain(context.t(Strings.trayKind(item.kind)) + ": ")),
                                                  .plain(ruleTitle), RulesView.unverifiedMark(item.rule, context), note)
        let rowClass = "tray-item \(item.kind.rawValue) \(item.group == .overdue ? "overdue" : "open")"
        return .tr(.class(rowClass), .data(named: "rule", value: item.rule.id),
                   .td(due), .td(what),
                   .td(.a(.href(SiteURL.child(obligation.child).path), .plain(obligation.childName))),
                   .td(.plain(item.assigneeName ?? model.team.map { context.t(Strings.teamList, $0.name) } ?? ""), owner),
                   .td(doControls(item, model, context)))
    }

    /// What to do, and the way to do it: the step's own form for a legal deadline, the completion for a task.
    static func doControls(_ item: TrayModel.Item, _ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let open: Node<HTML.BodyContext> = switch item.kind {
        case .agreedAction: .empty
        case .portalMessage: .a(.class("do-link"), .href(stepPath(item)), .plain(context.t(Strings.trayReadMessage)))
        case .notification, .deadline: .a(.class("do-link"), .href(stepPath(item)), .plain(context.t(Strings.trayDo(item.rule.discharge.kind))))
        }
        return .group(open, taskControls(item, model, context))
    }

    /// Completing a task, or marking a deadline not relevant (the TASKS part's controls).
    static func taskControls(_ item: TrayModel.Item, _ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        TaskForms.controls(for: item.obligation, rule: item.rule, user: model.user, context: context)
    }

    /// The page that records the step that meets the deadline: its course step where it has one, else the entry on the
    /// child page (a notification's assessment and receipt are recorded at the notification).
    static func stepPath(_ item: TrayModel.Item) -> String {
        let child = item.obligation.child
        if let step = CourseStep(recording: item.rule.discharge.kind) { return SiteURL.child(child, .course(.value(step.rawValue))).path }
        // A follow-up after a homecoming is recorded in the child page's Hjemgivelse.
        if item.rule.discharge.kind == .homecomingFollowUp { return SiteURL.child(child).path(fragment: "homecoming") }
        return SiteURL.child(child).path(fragment: "entry-\(item.obligation.trigger.uuidString)")
    }

    static func loads(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("tray-loads"),
            .h2(.plain(context.t(Strings.trayLoadsTitle))),
            .table(.class("list"),
                Components.columnHeaders([Strings.columnWho, Strings.trayColumnOpen, Strings.trayColumnOverdue, Strings.trayColumnBacklog], context),
                .tbody(.forEach(model.loads) { load in
                    .tr(.td(.a(.href(SiteURL.tray.path(query: [("member", load.member.id.uuidString)])), .plain(load.member.displayName))),
                        .td(.plain(String(load.open))), .td(.plain(String(load.overdue))), .td(.plain(String(load.backlog))))
                })))
    }
}
