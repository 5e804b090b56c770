import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The work tray (*Arbejdsbakke*): everything that asks something of the signed-in person, in one place — new
/// notifications to assess, legal deadlines, agreed actions, messages from Min side, and (for those who assign) the
/// children without a caseworker — grouped *Overskredet* / *I dag* / *Denne uge* / *Senere*, the backlog apart.
struct TrayModel {
    /// What a piece of work is.
    enum Kind: String, CaseIterable, Sendable {
        /// A new notification to assess within 24 hours (§ 136).
        case notification
        /// Any other legal deadline.
        case deadline
        /// An action agreed at a network meeting.
        case agreedAction
        /// A message a child or parent sent from Min side.
        case portalMessage

        init(_ rule: DeadlineRule) {
            if rule.id == DeadlineRule.urgencyAssessment.id {
                self = .notification
            } else if rule.trigger.scope == .eachAgreedAction {
                self = .agreedAction
            } else if rule.discharge.kind == .taskCompleted {
                self = .portalMessage
            } else {
                self = .deadline
            }
        }
    }

    struct Item {
        let obligation: OpenObligation
        let rule: DeadlineRule
        let kind: Kind
        let group: TrayGroup
        let isBacklog: Bool
        /// Whose it is: a person's name; nil for the team's, while the child has no caseworker.
        let assigneeName: String?
        let assigneeID: UUID?

        /// Abuse and danger first, then the soonest.
        static func precedes(_ a: Item, _ b: Item) -> Bool {
            a.obligation.isPriority != b.obligation.isPriority ? a.obligation.isPriority : a.obligation.due < b.obligation.due
        }
    }

    /// One team member's load, side by side for the team lead.
    struct MemberLoad {
        let member: UserRecord
        let open: Int
        let overdue: Int
        let backlog: Int
    }

    /// What the tray is cut to; every value read from the query is checked against what the tray offers.
    struct Filter {
        var kind: Kind?
        var rule: String?
        var child: UUID?
        var member: UUID?

        init(kind: Kind? = nil, rule: String? = nil, child: UUID? = nil, member: UUID? = nil) {
            self.kind = kind
            self.rule = rule
            self.child = child
            self.member = member
        }

        init(_ request: Request) {
            self.init(kind: request.query[String.self, at: "kind"].flatMap(Kind.init(rawValue:)),
                      rule: request.query[String.self, at: "rule"].flatMap { id in RuleBook.barnetsLov.rules.contains { $0.id == id } ? id : nil },
                      child: request.query[String.self, at: "child"].flatMap(UUID.init(uuidString:)),
                      member: request.query[String.self, at: "member"].flatMap(UUID.init(uuidString:)))
        }

        var isActive: Bool { kind != nil || rule != nil || child != nil || member != nil }

        func admits(_ item: Item) -> Bool {
            (kind == nil || item.kind == kind) && (rule == nil || item.rule.id == rule)
                && (child == nil || item.obligation.child == child) && (member == nil || item.assigneeID == member)
        }
    }

    let user: UserRecord
    let team: TeamRecord?
    /// The team receives its district's intake: the children without a caseworker are its to assign.
    let receivesIntake: Bool
    let now: Date
    let filter: Filter
    /// Today's and coming work, the filter applied, abuse and danger first within each group.
    let items: [Item]
    /// Deadlines that fell due before the caseworker took the case, or long ago: apart, with their count.
    let backlog: [Item]
    /// Every item before the filter: the filter's choices are read from it.
    let all: [Item]
    let unassigned: [UnassignedChild]
    /// The cases the user took in the last `newCaseDays` days.
    let newCases: [NewCase]
    static let newCaseDays = 14
    /// Whom a child can be given to: the team's active caseworkers and leads.
    let assignable: [UserRecord]
    let loads: [MemberLoad]
    let settings: WorkSettings

    var isLead: Bool { user.role == .teamLead }

    func items(in group: TrayGroup) -> [Item] { items.filter { $0.group == group } }

    static func load(_ request: Request, settings: WorkSettings) async throws -> TrayModel {
        try await query(store: request.store, user: try request.requireUser(), now: request.now, settings: settings,
                        filter: Filter(request))
    }

    /// The tray's data from plain values: what the store holds for `user` at `now`.
    static func query(store: Store, user: UserRecord, now: Date, settings: WorkSettings, filter: Filter) async throws -> TrayModel {
        let teams = try await store.teams()
        let team = teams.first { $0.id == user.team }
        let receivesIntake = team.map { Store.receivesIntake($0, among: teams) } ?? false
        let staff = try await store.users()
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.displayName) })
        let rules = Dictionary(uniqueKeysWithValues: RuleBook.barnetsLov.rules.map { ($0.id, $0) })

        var obligations: [OpenObligation] = []
        if let team { obligations = try await store.openObligations(team: team.id, district: team.district) }
        let seen = Set(obligations.map(\.id))
        obligations += try await store.openObligations(assignee: user.id).filter { !seen.contains($0.id) }

        let all: [Item] = obligations.compactMap { obligation in
            guard let rule = rules[obligation.rule] else { return nil }
            let owner: UUID? = switch obligation.assignee {
            case .caseworker(let id), .user(let id): id
            case .districtTeam: nil
            }
            // A caseworker sees their own and the team's unowned work; the lead the whole team's.
            guard user.role == .teamLead || owner == nil || owner == user.id else { return nil }
            return Item(obligation: obligation, rule: rule, kind: Kind(rule), group: TrayGroup(due: obligation.due, now: now),
                        isBacklog: obligation.isBacklog(now: now, afterDays: settings.backlogAfterDays),
                        assigneeName: owner.flatMap { names[$0] }, assigneeID: owner)
        }.sorted(by: Item.precedes)

        let assignable = staff.assignable(in: user.team)
        var unassigned: [UnassignedChild] = []
        if receivesIntake, let team {
            unassigned = try await store.unassignedChildren(district: team.district, minimumLevel: settings.unassignedConcernLevel.rawValue)
            if let child = filter.child { unassigned = unassigned.filter { $0.child == child } }
        }
        let loads: [MemberLoad] = user.role != .teamLead ? [] : assignable.map { member in
            let theirs = all.filter { $0.assigneeID == member.id }
            return MemberLoad(member: member, open: theirs.filter { !$0.isBacklog }.count,
                              overdue: theirs.filter { !$0.isBacklog && $0.group == .overdue }.count,
                              backlog: theirs.filter(\.isBacklog).count)
        }
        let newCases = filter.isActive ? [] : try await store.newCases(caseworker: user.id,
                                                                      since: now.addingTimeInterval(-Double(newCaseDays) * 86_400))
        let admitted = all.filter(filter.admits)
        return TrayModel(user: user, team: team, receivesIntake: receivesIntake, now: now, filter: filter,
                         items: admitted.filter { !$0.isBacklog }, backlog: admitted.filter(\.isBacklog), all: all,
                         unassigned: filter.kind == nil && filter.rule == nil && filter.member == nil ? unassigned : [], newCases: newCases,
                         assignable: assignable, loads: loads, settings: settings)
    }
}

enum TrayController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        let model = try await TrayModel.load(request, settings: request.spor.settings.work)
        return TrayView.render(request, model, error: nil)
    }

    /// The old *Arbejdsliste*: its address leads to the tray.
    @Sendable static func worklist(_ request: Request) async throws -> Response {
        request.redirect(to: "/tray", redirectType: .permanent)
    }

    struct AssignForm: Content {
        var caseworker: String?
        var returnTo: String?
    }

    /// "Jeg tager den" (the user takes the child) or the team lead's choice, in one action from the tray: the child gets a
    /// caseworker, and every deadline of the child moves to that caseworker's tray.
    @Sendable static func assign(_ request: Request) async throws -> Response {
        let form = try request.content.decode(AssignForm.self)
        let user = try request.requireUser()
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let chosen = form.caseworker == "me" ? user.id : form.caseworker.flatMap(UUID.init(uuidString:))
        // Only those the tray offers; a caseworker takes a child for themself, only a lead gives one to another.
        guard let caseworker = chosen, model.assignable.contains(where: { $0.id == caseworker && $0.isActive }),
              caseworker == user.id || user.role == .teamLead else {
            return try await refused(request, Strings.trayAssignInvalid)
        }
        guard model.state.caseworker != caseworker else {
            return try await refused(request, Strings.trayAlreadyAssigned)
        }
        // A caseworker takes only a child without one; moving a colleague's case is the lead's.
        guard model.state.caseworker == nil || user.role == .teamLead else {
            return try await refused(request, Strings.trayHasCaseworker)
        }
        let now = request.now
        let entry = Entry(municipality: model.child.municipality, child: model.child.id,
                          payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)),
                          occurredAt: now, recordedAt: now, author: user.id)
        do {
            try await request.store.append(entry, now: now)
        } catch let error as DomainError {
            return try await refused(request, Strings.error(error.code))
        }
        let name = model.staff[caseworker]?.displayName ?? ""
        request.session.data["notice"] = caseworker == user.id
            ? Strings.trayClaimed(request.language, model.child.fullName)
            : Strings.trayAssigned(request.language, model.child.fullName, name)
        return request.redirect(to: LanguageController.localPath(form.returnTo) ?? "/tray", redirectType: .normal)
    }

    private static func refused(_ request: Request, _ message: LocalizedText) async throws -> Response {
        let model = try await TrayModel.load(request, settings: request.spor.settings.work)
        return TrayView.render(request, model, error: message(request.language), status: .unprocessableEntity)
    }
}

enum TrayView {
    static func render(_ request: Request, _ model: TrayModel, error: String?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.trayTitle(request.language), status: status) { context in body(model, error: error, context) }
    }

    /// The page's content from its model alone.
    static func body(_ model: TrayModel, error: String?, _ context: PageContext) -> Node<HTML.BodyContext> {
            .group(
                .h1(.plain(context.t(Strings.trayTitle))),
                .p(.plain(context.t(model.isLead ? Strings.trayIntroLead : Strings.trayIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                .p(.class("actions-bar"),
                   .a(.id("tray-register-notification"), .class("button"), .href("/intake/new?returnTo=/tray"), .plain(context.t(Strings.trayRegisterNotification))),
                   .if(model.isLead, .a(.href("/team/not-relevant"), .plain(context.t(Strings.trayNotRelevantLink))))),
                summary(model, context),
                filterForm(model, context),
                // The lead's first task is who does what; a caseworker's is her own work due now, then the team's unassigned.
                .if(model.isLead, owners(model, context)),
                section(.overdue, model, context),
                section(.today, model, context),
                .if(!model.isLead, owners(model, context)),
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
        return .form(.id("tray-filter"), .class("filter-form"), .action("/tray"), .method(.get),
            .element(named: "fieldset", nodes: [
                .element(named: "legend", nodes: [.plain(context.t(Strings.trayFilter))]),
                Components.field(context.t(Strings.trayFilterKind), id: "filter-kind",
                    Components.select(id: "filter-kind", name: "kind",
                        [Components.option(value: "", text: context.t(Strings.trayFilterAll), selected: model.filter.kind == nil)]
                        + TrayModel.Kind.allCases.map { kind in
                            Components.option(value: kind.rawValue, text: context.t(Strings.trayKind(kind)), selected: model.filter.kind == kind)
                        })),
                Components.field(context.t(Strings.trayFilterRule), id: "filter-rule",
                    Components.select(id: "filter-rule", name: "rule",
                        [Components.option(value: "", text: context.t(Strings.trayFilterAll), selected: model.filter.rule == nil)]
                        + rules.map { rule in
                            Components.option(value: rule.id, text: "\(context.language == .da ? rule.titleDa : rule.titleEn) (\(rule.paragraph))",
                                              selected: model.filter.rule == rule.id)
                        })),
                Components.field(context.t(Strings.trayFilterChild), id: "filter-child",
                    Components.select(id: "filter-child", name: "child",
                        [Components.option(value: "", text: context.t(Strings.trayFilterAll), selected: model.filter.child == nil)]
                        + children.map { id, name in
                            Components.option(value: id.uuidString, text: name, selected: model.filter.child == id)
                        })),
                .if(model.isLead, Components.field(context.t(Strings.trayFilterMember), id: "filter-member",
                    Components.select(id: "filter-member", name: "member",
                        [Components.option(value: "", text: context.t(Strings.trayFilterAll), selected: model.filter.member == nil)]
                        + model.assignable.map { member in
                            Components.option(value: member.id.uuidString, text: member.displayName, selected: model.filter.member == member.id)
                        }))),
                .button(.id("filter-submit"), .type(.submit), .plain(context.t(Strings.trayFilterApply))),
                .if(model.filter.isActive, .a(.id("filter-clear"), .href("/tray"), .plain(context.t(Strings.trayFilterClear)))),
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
                            .td(.a(.href("/children/\(child.child.uuidString)"), .plain(child.name))),
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
                .li(.a(.href("/children/\(new.child.uuidString)"), .plain(new.name)),
                    .plain(" · " + context.t(Strings.trayNewCaseSince, Format.dateTime(new.since, context.language))))
            }))
    }

    /// A caseworker's "Jeg tager den"; a lead's choice of caseworker and "Tildel".
    static func assignControls(child: UUID, name: String, _ model: TrayModel, _ context: PageContext,
                               key: String? = nil) -> Node<HTML.BodyContext> {
        assignControls(child: child, name: name, isLead: model.isLead, assignable: model.assignable, context, key: key, returnTo: "/tray")
    }

    /// The same, for any page that lists work on a child without a caseworker (the intake queue); back to `returnTo`.
    static func assignControls(child: UUID, name: String, isLead: Bool, assignable: [UserRecord], _ context: PageContext,
                               key: String? = nil, returnTo: String) -> Node<HTML.BodyContext> {
        // One picker per row: a child's row among the unassigned, or one deadline's row (`key`).
        let id = "assign-" + (key ?? child.uuidString)
        return .form(.class("assign-form"), .action("/tray/children/\(child.uuidString)/assign"), .method(.post),
            csrfField(context),
            .input(.type(.hidden), .name("returnTo"), .value(escapeAttribute(returnTo))),
            isLead
                ? .group(
                    // Named by aria-label: a visually hidden <label> counts as hidden to axe inside the row's flex form.
                    .element(named: "select", nodes: [
                        .attribute(named: "id", value: id),
                        .attribute(named: "name", value: "caseworker"),
                        .attribute(named: "aria-label", value: escapeAttribute(context.t(Strings.trayAssignLabel, name))),
                        .group([Components.option(value: "", text: context.t(Strings.trayChooseCaseworker), selected: true)]
                               + assignable.map { Components.option(value: $0.id.uuidString, text: $0.displayName, selected: false) }),
                    ]),
                    .button(.type(.submit), .class("assign-submit"), .plain(context.t(Strings.trayAssign))))
                : .group(
                    .input(.type(.hidden), .name("caseworker"), .value("me")),
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
        let ruleTitle = "\(context.language == .da ? item.rule.titleDa : item.rule.titleEn) (\(item.rule.paragraph))"
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
                                                  .plain(ruleTitle), note)
        let rowClass = "tray-item \(item.kind.rawValue) \(item.group == .overdue ? "overdue" : "open")"
        return .tr(.class(rowClass), .data(named: "rule", value: item.rule.id),
                   .td(due), .td(what),
                   .td(.a(.href("/children/\(obligation.child.uuidString)"), .plain(obligation.childName))),
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
        let child = "/children/\(item.obligation.child.uuidString)"
        let step = CourseStep(recording: item.rule.discharge.kind)
        if let step { return "\(child)/course/\(step.rawValue)" }
        return "\(child)#entry-\(item.obligation.trigger.uuidString)"
    }

    static func loads(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("tray-loads"),
            .h2(.plain(context.t(Strings.trayLoadsTitle))),
            .table(.class("list"),
                Components.columnHeaders([Strings.columnWho, Strings.trayColumnOpen, Strings.trayColumnOverdue, Strings.trayColumnBacklog], context),
                .tbody(.forEach(model.loads) { load in
                    .tr(.td(.a(.href("/tray?member=\(load.member.id.uuidString)"), .plain(load.member.displayName))),
                        .td(.plain(String(load.open))), .td(.plain(String(load.overdue))), .td(.plain(String(load.backlog))))
                })))
    }
}
