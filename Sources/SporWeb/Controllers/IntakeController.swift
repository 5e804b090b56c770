import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The caseworkers' intake: new notifications with the time left for the 24-hour assessment (§ 136),
/// and the steps on a notification — assessment, receipt to a professional notifier, feedback.
enum IntakeController {
    @Sendable static func queue(_ request: Request) async throws -> Response {
        let model = try await IntakeQueueModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.intakeTitle(request.language)) { IntakeQueueView.body(model, $0) }
    }

    /// Whose the notification is: the child's caseworker, or — on a child without one — "Jeg tager den" or the lead's choice.
    static func owner(_ obligation: OpenObligation, isLead: Bool, assignable: [UserRecord], names: [UUID: String],
                      _ context: PageContext) -> Node<HTML.BodyContext> {
        switch obligation.assignee {
        case .caseworker(let id), .user(let id): return .plain(names[id] ?? context.t(Strings.intakeHasCaseworker))
        case .districtTeam: break
        }
        return TrayView.assignControls(child: obligation.child, name: obligation.childName, isLead: isLead, assignable: assignable,
                                       context, key: "intake-\(obligation.trigger.uuidString)", returnTo: "/intake")
    }

    /// The notifier as the team handling the child reads it: kind, profession, name and channel.
    static func notifierSummary(_ notification: SporDomain.Notification, professional: String?, _ context: PageContext) -> String {
        var parts = [context.t(Strings.notifierKind(notification.notifierKind))]
        if let profession = notification.profession { parts.append(context.t(Strings.concernSource(profession))) }
        if let name = notification.notifierName ?? professional { parts.append(name) }
        if notification.channel != .spor { parts.append(context.t(Strings.channel(notification.channel))) }
        return parts.joined(separator: " · ")
    }

    /// Time left, or how long overdue — in words and with a sign, never colour alone.
    static func countdown(due: Date, now: Date, _ context: PageContext) -> Node<HTML.BodyContext> {
        let seconds = Int(due.timeIntervalSince(now))
        let text = countdownText(seconds: seconds, context.language)
        if seconds < 0 { return .span(.class("countdown overdue"), .plain("⚠ " + text)) }
        return .span(.class(seconds < 4 * 3600 ? "countdown soon" : "countdown"), .plain(text))
    }

    /// "5 t 1 min tilbage", "Overskredet med 3 døgn 2 t": hours and minutes for two days, then days and hours.
    static func countdownText(seconds: Int, _ language: Language) -> String {
        let span = abs(seconds)
        let text = span < 48 * 3600
            ? Strings.durationHours(language, String(span / 3600), String(span % 3600 / 60))
            : Strings.durationDays(language, String(span / 86_400), String(span % 86_400 / 3600))
        return seconds < 0 ? Strings.overdueBy(language, text) : Strings.timeLeft(language, text)
    }

    // MARK: - Steps on a notification

    struct AssessmentForm: Content {
        var inDanger: String?
        var acuteMeasures: String?
        var nextStep: String?
        var reasoning: String?
    }

    @Sendable static func assess(_ request: Request) async throws -> Response {
        let form = try request.content.decode(AssessmentForm.self)
        let notification = try notificationID(request)
        return try await ChildrenController.write(request, form: "assess-\(notification.uuidString)",
                                                  values: ["reasoning": form.reasoning, "nextStep": form.nextStep]) { now in
            guard let step = form.nextStep.flatMap(NextStep.init(rawValue:)) else {
                throw FormError(field: "nextStep", text: Strings.errorChoiceInvalid)
            }
            return (.urgencyAssessment(UrgencyAssessment(notification: notification, inDanger: form.inDanger == "yes",
                                                         acuteMeasures: form.acuteMeasures == "yes", nextStep: step,
                                                         reasoning: form.reasoning ?? "")), now, nil)
        }
    }

    struct ReceiptForm: Content {
        var text: String?
        var sentAt: String?
        var sentAtShown: String?
    }

    @Sendable static func sendReceipt(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ReceiptForm.self)
        let notification = try notificationID(request)
        return try await ChildrenController.write(request, form: "receipt-\(notification.uuidString)",
                                                  values: ["text": form.text, "sentAt": form.sentAt]) { _ in
            (.receiptSent(Receipt(notification: notification, text: form.text ?? "")), try ChildrenController.occurred(form.sentAt, shown: form.sentAtShown, now: request.now), nil)
        }
    }

    struct FeedbackForm: Content {
        var ledToInvestigation: String?
        var text: String?
    }

    @Sendable static func giveFeedback(_ request: Request) async throws -> Response {
        let form = try request.content.decode(FeedbackForm.self)
        let notification = try notificationID(request)
        return try await ChildrenController.write(request, form: "feedback-\(notification.uuidString)",
                                                  values: ["text": form.text]) { now in
            (.notifierFeedback(NotifierFeedback(notification: notification, ledToInvestigation: form.ledToInvestigation == "yes",
                                                text: form.text ?? "")), now, nil)
        }
    }

    static func notificationID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }
}

/// *Nye underretninger*: the team's notifications whose § 136 assessment is still owed — the open `assessment-24h`
/// obligations, so the queue, the tray and the indicators read the same rule — abuse first, then the least time left.
struct IntakeQueueModel {
    struct Item {
        let obligation: OpenObligation
        let entry: Entry
        let notification: SporDomain.Notification
        /// The professional who notified in Spor, named by their account.
        let professional: String?
    }

    let user: UserRecord
    let team: TeamRecord?
    let now: Date
    let items: [Item]
    /// Whom a notification on a child without a caseworker can be given to (taken by a caseworker, given by the lead).
    let assignable: [UserRecord]
    let names: [UUID: String]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> IntakeQueueModel {
        let team = try await store.teams().first { $0.id == user.team }
        let staff = try await store.users()
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.displayName) })
        let assignable = staff.assignable(in: user.team)
        var owed: [OpenObligation] = []
        if let team {
            owed = try await store.openObligations(team: team.id, district: team.district).filter { $0.rule == DeadlineRule.urgencyAssessment.id }
        }
        let triggers = try await store.entries(ids: owed.map(\.trigger))
        let professionals = Dictionary(uniqueKeysWithValues: try await store.users(roles: [.professional]).map { ($0.id, $0.displayName) })
        let items: [Item] = owed.compactMap { obligation in
            guard let entry = triggers[obligation.trigger], case .notification(let notification) = entry.payload else { return nil }
            return Item(obligation: obligation, entry: entry, notification: notification,
                        professional: notification.notifierUser.flatMap { professionals[$0] })
        }.sorted { ($0.notification.concernsAbuse ? 0 : 1, $0.obligation.due) < ($1.notification.concernsAbuse ? 0 : 1, $1.obligation.due) }
        return IntakeQueueModel(user: user, team: team, now: now, items: items, assignable: assignable, names: names)
    }
}

enum IntakeQueueView {
    /// No timed refresh (it takes the page from under a reader, WCAG 2.2.1): the time of the count is shown.
    static func body(_ model: IntakeQueueModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.intakeTitle))),
            .p(.plain(context.t(Strings.intakeIntro, model.team?.name ?? context.t(Strings.none))), .plain(" "),
               .plain(context.t(Strings.intakeIntroOrder))),
            .p(.a(.id("register-notification"), .class("button-link"), .href("/intake/new?returnTo=/intake"),
                  .plain(context.t(Strings.registerNotification)))),
            .p(.class("meta"), .plain(context.t(Strings.countedAt, Format.dateTime(model.now, context.language))), .plain(" "),
               .a(.href("/intake"), .plain(context.t(Strings.countAgain)))),
            model.items.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.intakeEmpty))) :
                .table(.id("intake"), .class("list"),
                    Components.columnHeaders([Strings.columnReceived, Strings.columnName, Strings.columnNotifier, Strings.columnContact,
                                              Strings.columnAssessmentDue, Strings.trayColumnOwner], context),
                    .tbody(.forEach(model.items) { row($0, model, context) }))
        )
    }

    static func row(_ item: IntakeQueueModel.Item, _ model: IntakeQueueModel, _ context: PageContext) -> Node<HTML.TableContext> {
        let abuse = item.notification.concernsAbuse ? " · " + context.t(Strings.concernsAbuse) : ""
        return .tr(.class(item.notification.concernsAbuse ? "pending abuse" : "pending"),
            .td(.plain(Format.dateTime(item.entry.occurredAt, context.language))),
            .td(.a(.class("intake-link"), .href("/children/\(item.entry.child.uuidString)#entry-\(item.entry.id.uuidString)"),
                   .plain(item.obligation.childName))),
            .td(.plain(IntakeController.notifierSummary(item.notification, professional: item.professional, context) + abuse)),
            .td(.plain(item.notification.notifierContact ?? "")),
            .td(IntakeController.countdown(due: item.obligation.due, now: model.now, context)),
            .td(IntakeController.owner(item.obligation, isLead: model.user.role == .teamLead, assignable: model.assignable,
                                       names: model.names, context)))
    }
}
