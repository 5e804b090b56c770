import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// A caseworker or team lead registers a notification received outside Spor: by phone, letter, e-mail, the digital
/// notification form or in person, from any kind of notifier. The deadlines run from the time it was received.
extension IntakeController {
    /// The channels a notification received outside Spor can have (`spor` is a professional's own submission).
    static let registrableChannels = NotificationChannel.allCases.filter { $0 != .spor }
    /// The professions a professional notifier can have: the concern sources that are professions.
    static let professions: [ConcernSource] = [.teacher, .pedagogue, .healthVisitor, .ppr, .ssp, .doctor, .other]

    /// A notification from what was typed or sent: each choice must be one offered, the legal question answered.
    /// Throws a `FormError` naming the field; the domain's own rules (text, length, time) are checked on append.
    static func notification(channel: String?, notifierKind: String?, profession: String?, notifierName: String?,
                             notifierContact: String?, description: String?, dialogBased: Bool,
                             concernsAbuse: Bool?) throws(FormError) -> SporDomain.Notification {
        guard let channel = channel.flatMap(NotificationChannel.init(rawValue:)), registrableChannels.contains(channel) else {
            throw FormError(field: "channel", text: Strings.errorChannelUnknown)
        }
        guard let kind = notifierKind.flatMap(NotifierKind.init(rawValue:)) else {
            throw FormError(field: "notifierKind", text: Strings.errorNotifierKindUnknown)
        }
        let professionText = profession?.trimmingCharacters(in: .whitespaces) ?? ""
        var chosenProfession: ConcernSource? = nil
        if kind == .professional {
            guard let found = ConcernSource(rawValue: professionText), professions.contains(found) else {
                throw FormError(field: "profession", text: Strings.errorProfessionMissing)
            }
            chosenProfession = found
        } else if !professionText.isEmpty {
            throw FormError(field: "profession", text: Strings.errorProfessionNotProfessional)
        }
        let name = known(notifierName)
        if kind == .anonymous, name != nil { throw FormError(field: "notifierName", text: Strings.errorAnonymousNamed) }
        guard let concernsAbuse else { throw FormError(field: "concernsAbuse", text: Strings.errorAbuseUnanswered) }
        return SporDomain.Notification(notifierKind: kind, profession: chosenProfession, description: description ?? "",
                                       dialogBased: dialogBased, concernsAbuse: concernsAbuse, channel: channel,
                                       notifierName: name, notifierContact: known(notifierContact))
    }

    /// A text given, or nil for nothing but blanks.
    static func known(_ text: String?) -> String? {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    struct RegisterForm: Content {
        var cpr: String?
        var name: String?
        var birthDate: String?
        var channel: String?
        var notifierKind: String?
        var profession: String?
        var notifierName: String?
        var notifierContact: String?
        var receivedAt: String?
        var receivedAtShown: String?
        var description: String?
        var dialogBased: String?
        var concernsAbuse: String?
        var returnTo: String?
    }

    @Sendable static func showRegister(_ request: Request) async throws -> Response {
        let returnTo = (try? request.query.get(String.self, at: "returnTo")).flatMap { LanguageController.localPath($0) }
        return renderRegister(request, values: returnTo.map { ["returnTo": $0] } ?? [:], error: nil)
    }

    @Sendable static func register(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(RegisterForm.self)
        let values = ["cpr": form.cpr, "name": form.name, "birthDate": form.birthDate, "channel": form.channel,
                      "notifierKind": form.notifierKind, "profession": form.profession, "notifierName": form.notifierName,
                      "notifierContact": form.notifierContact, "receivedAt": form.receivedAt, "receivedAtShown": form.receivedAtShown,
                      "description": form.description, "dialogBased": form.dialogBased, "concernsAbuse": form.concernsAbuse,
                      "returnTo": form.returnTo].compactMapValues { $0 }
        let now = request.now
        do {
            let child = try await ProfessionalController.findChild(request, cpr: form.cpr, name: form.name, birthDate: form.birthDate)
            let abuse: Bool? = switch form.concernsAbuse { case "yes": true; case "no": false; default: nil }
            let payload = try notification(channel: form.channel, notifierKind: form.notifierKind, profession: form.profession,
                                                notifierName: form.notifierName, notifierContact: form.notifierContact,
                                                description: form.description, dialogBased: form.dialogBased != nil, concernsAbuse: abuse)
            let received: Date
            do {
                received = try ChildrenController.occurred(form.receivedAt, shown: form.receivedAtShown, now: now)
            } catch is FormError {
                throw FormError(field: "receivedAt", text: Strings.errorReceivedInvalid)
            }
            let entry = Entry(municipality: child.municipality, child: child.id, payload: .notification(payload),
                              occurredAt: received, recordedAt: now, author: user.id)
            try await request.store.append(entry, now: now)
            request.session.data["notice"] = Strings.notificationRegistered(request.language, Format.dateTime(received, request.language))
            return request.redirect(to: try await landing(request, user: user, child: child, returnTo: form.returnTo), redirectType: .normal)
        } catch let error as DomainError {
            // The domain names the entry's time `occurredAt`: on this form it is the time received.
            let field = error.field.map { $0 == "occurredAt" ? "receivedAt" : $0 } ?? "cpr"
            return renderRegister(request, values: values, error: (field, Strings.error(error.code)(request.language)))
        } catch let error as FormError {
            return renderRegister(request, values: values, error: (error.field, error.text(request.language)))
        }
    }

    /// Where the user came from (a local path), else the child's page when the child is theirs to handle, else the queue.
    static func landing(_ request: Request, user: UserRecord, child: Child, returnTo: String?) async throws -> String {
        if let path = returnTo.flatMap { LanguageController.localPath($0) } { return path }
        let team = try await request.store.teams().first { $0.id == user.team }
        let summary = try await request.store.summary(child: child.id)
        if Access.grounds(user, userTeam: team, summary: summary, child: child, hasGrant: false) == .ownTeam {
            return "/children/\(child.id.uuidString)"
        }
        return "/intake"
    }

    static func renderRegister(_ request: Request, values: [String: String], error: (field: String, message: String)?) -> Response {
        Page.render(request, title: Strings.registerNotificationTitle(request.language), status: error == nil ? .ok : .unprocessableEntity) { context in
            let fieldError = { (field: String) in error?.field == field ? error?.message : nil }
            let text = { (field: String, type: HTMLInputType) -> Node<HTML.FormContext> in
                .input(.id("intake-\(field)"), .name(field), .type(type), .value(escapeAttribute(values[field] ?? "")))
            }
            return .group(
                .h1(.plain(context.t(Strings.registerNotificationTitle))),
                .p(.plain(context.t(Strings.registerNotificationIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notificationNotSaved)) \($0.message)")) },
                .form(.id("intake-form"), .class("entry-form narrow"), .action("/intake/new"), .method(.post),
                    csrfField(context),
                    .unwrap(values["returnTo"].flatMap { LanguageController.localPath($0) }) { .input(.type(.hidden), .name("returnTo"), .value(escapeAttribute($0))) },
                    .h2(.plain(context.t(Strings.findChild))),
                    .p(.class("hint"), .plain(context.t(Strings.intakeChildHint)), .plain(" "),
                       .a(.href("/children/new"), .plain(context.t(Strings.registerChildFirst)))),
                    Components.field(context.t(Strings.cprLabel), id: "intake-cpr", error: fieldError("cpr"), text("cpr", .text)),
                    Components.field(context.t(Strings.childName), id: "intake-name", text("name", .text)),
                    Components.field(context.t(Strings.birthDate), id: "intake-birthDate", text("birthDate", .date)),
                    radioGroup(name: "channel", legend: Strings.howReceived, error: fieldError("channel"), selected: values["channel"],
                               registrableChannels.map { ($0.rawValue, context.t(Strings.channel($0))) }, context),
                    radioGroup(name: "notifierKind", legend: Strings.whoNotified, error: fieldError("notifierKind"), selected: values["notifierKind"],
                               NotifierKind.allCases.map { ($0.rawValue, context.t(Strings.notifierKind($0))) }, context),
                    Components.field(context.t(Strings.professionIfProfessional), id: "intake-profession", error: fieldError("profession"),
                        Components.select(id: "intake-profession", name: "profession",
                            [Components.option(value: "", text: context.t(Strings.none), selected: (values["profession"] ?? "").isEmpty)]
                            + professions.map { Components.option(value: $0.rawValue, text: context.t(Strings.concernSource($0)),
                                                                  selected: values["profession"] == $0.rawValue) })),
                    .p(.class("hint"), .id("intake-notifier-hint"), .plain(context.t(Strings.notifierKnownHint))),
                    Components.field(context.t(Strings.notifierNameLabel), id: "intake-notifierName", error: fieldError("notifierName"),
                        .input(.id("intake-notifierName"), .name("notifierName"), .type(.text), .attribute(named: "maxlength", value: "200"),
                               .attribute(named: "aria-describedby", value: "intake-notifier-hint"), .value(escapeAttribute(values["notifierName"] ?? "")))),
                    Components.field(context.t(Strings.notifierContactLabel), id: "intake-notifierContact", error: fieldError("notifierContact"),
                        .input(.id("intake-notifierContact"), .name("notifierContact"), .type(.text), .attribute(named: "maxlength", value: "200"),
                               .attribute(named: "aria-describedby", value: "intake-notifier-hint"), .value(escapeAttribute(values["notifierContact"] ?? "")))),
                    Components.field(context.t(Strings.receivedAt), id: "intake-receivedAt", error: fieldError("receivedAt"), .group(
                        .input(.id("intake-receivedAt"), .name("receivedAt"), .attribute(named: "type", value: "datetime-local"), .required(true),
                               .value(escapeAttribute(values["receivedAt"] ?? Format.dateTimeLocal(context.now)))),
                        ChildrenController.shownField("receivedAt", context, kept: values["receivedAtShown"]))),
                    Components.field(context.t(Strings.whatWasSaid), id: "intake-description", error: fieldError("description"),
                        .textarea(.id("intake-description"), .name("description"), .attribute(named: "rows", value: "5"), .required(true),
                                  .plain(values["description"] ?? ""))),
                    radioGroup(name: "concernsAbuse", legend: Strings.concernsAbuseQuestion, error: fieldError("concernsAbuse"),
                               selected: values["concernsAbuse"], [("yes", context.t(Strings.yes)), ("no", context.t(Strings.no))], context),
                    .div(.class("check"),
                        .input(.id("intake-dialogBased"), .name("dialogBased"), .type(.checkbox), .value("1"), .checked(values["dialogBased"] != nil)),
                        .label(.for("intake-dialogBased"), .plain(context.t(Strings.dialogBased)))),
                    .button(.id("intake-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.registerNotification))))
            )
        }
    }

    /// A required choice shown whole, none chosen until the user chooses (`intake-<name>-<value>`).
    static func radioGroup(name: String, legend: LocalizedText, error: String?, selected: String?,
                           _ options: [(value: String, text: String)], _ context: PageContext) -> Node<HTML.FormContext> {
        .element(named: "fieldset", nodes: [
            .class(error == nil ? "choices" : "choices has-error"),
            .id("intake-\(name)"),
            .element(named: "legend", nodes: [.plain(context.t(legend))]),
            .unwrap(error) { .p(.class("field-error"), .id("intake-\(name)-error"), .plain($0)) },
            .forEach(options) { option in
                .span(.class("choice"),
                    .input(.id("intake-\(name)-\(option.value)"), .name(name), .type(.radio), .value(option.value),
                           .required(true), .checked(selected == option.value)),
                    .label(.for("intake-\(name)-\(option.value)"), .plain(option.text)))
            },
        ])
    }
}
