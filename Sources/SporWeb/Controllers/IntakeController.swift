import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The caseworkers' intake: new notifications with the time left for the 24-hour assessment (§ 136),
/// and the steps on a notification — assessment, receipt to a professional notifier, feedback.
enum IntakeController {
    /// The team's notifications whose § 136 assessment is still owed: the open `assessment-24h`
    /// obligations, so the queue, the worklist and the indicators read the same rule.
    @Sendable static func queue(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let team = try await request.store.teams().first { $0.id == user.team }
        let now = request.now
        // Who a notification on a child without a caseworker can be given to (taken by a caseworker, given by the lead).
        let staff = try await request.store.users()
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.displayName) })
        let assignable = staff.filter { ($0.role == .caseworker || $0.role == .teamLead) && $0.team == user.team && $0.isActive }
            .sorted { $0.displayName < $1.displayName }
        var owed: [OpenObligation] = []
        if let team {
            owed = try await request.store.openObligations(team: team.id, district: team.district)
                .filter { $0.rule == DeadlineRule.urgencyAssessment.id }
        }
        let triggers = try await request.store.entries(ids: owed.map(\.trigger))
        // A professional who notified in Spor is named by their account.
        let professionals = Dictionary(uniqueKeysWithValues: try await request.store.users(roles: [.professional]).map { ($0.id, $0.displayName) })
        // Abuse first (a conversation with the child is owed too), then the least time left.
        let pending: [(obligation: OpenObligation, entry: Entry, notification: SporDomain.Notification)] = owed.compactMap { obligation in
            guard let entry = triggers[obligation.trigger], case .notification(let notification) = entry.payload else { return nil }
            return (obligation, entry, notification)
        }.sorted { ($0.notification.concernsAbuse ? 0 : 1, $0.obligation.due) < ($1.notification.concernsAbuse ? 0 : 1, $1.obligation.due) }
        // No timed refresh (it takes the page from under a reader, WCAG 2.2.1): the time of the count is shown.
        return Page.render(request, title: Strings.intakeTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.intakeTitle))),
                .p(.plain(context.t(Strings.intakeIntro, team?.name ?? context.t(Strings.none))), .plain(" "),
                   .plain(context.t(Strings.intakeIntroOrder))),
                .p(.a(.id("register-notification"), .class("button-link"), .href("/intake/new?returnTo=/intake"),
                      .plain(context.t(Strings.registerNotification)))),
                .p(.class("meta"), .plain(context.t(Strings.countedAt, Format.dateTime(now, context.language))), .plain(" "),
                   .a(.href("/intake"), .plain(context.t(Strings.countAgain)))),
                pending.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.intakeEmpty))) :
                    .table(.id("intake"), .class("list"),
                        Components.columnHeaders([Strings.columnReceived, Strings.columnName, Strings.columnNotifier, Strings.columnContact,
                                                  Strings.columnAssessmentDue, Strings.trayColumnOwner], context),
                        .tbody(.forEach(pending) { item in
                            .tr(.class(item.notification.concernsAbuse ? "pending abuse" : "pending"),
                                .td(.plain(Format.dateTime(item.entry.occurredAt, context.language))),
                                .td(.a(.class("intake-link"), .href("/children/\(item.entry.child.uuidString)#entry-\(item.entry.id.uuidString)"),
                                       .plain(item.obligation.childName))),
                                .td(.plain(notifierSummary(item.notification, professional: item.notification.notifierUser.flatMap { professionals[$0] }, context)
                                           + (item.notification.concernsAbuse ? " · " + context.t(Strings.concernsAbuse) : ""))),
                                .td(.plain(item.notification.notifierContact ?? "")),
                                .td(countdown(due: item.obligation.due, now: now, context)),
                                .td(owner(item.obligation, isLead: user.role == .teamLead, assignable: assignable, names: names, context)))
                        }))
            )
        }
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
