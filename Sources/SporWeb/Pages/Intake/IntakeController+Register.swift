import Foundation
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

    @Sendable static func showRegister(_ request: Request) async throws -> Response {
        let model = try await RegisterNotificationModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                                              returnTo: request.query[String.self, at: "returnTo"])
        return Page.render(request, title: Strings.registerNotificationTitle(request.language)) { context in
            RegisterNotificationView.body(model, refusal: nil, context)
        }
    }

    /// The domain names the entry's time `occurredAt`: on this form it is the time received; a refusal naming no field
    /// is about the child.
    static let registerWording = FormSubmission.Wording(fields: ["occurredAt": "receivedAt"], defaultField: "cpr")

    @Sendable static func register(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let now = request.now
        return try await FormSubmission.submit(request, wording: registerWording, perform: { values in
            let child = try await ProfessionalController.findChild(request, cpr: values["cpr"], name: values["name"], birthDate: values["birthDate"])
            let payload = try notification(channel: values["channel"], notifierKind: values["notifierKind"], profession: values["profession"],
                                           notifierName: values["notifierName"], notifierContact: values["notifierContact"],
                                           description: values["description"], dialogBased: values.flag("dialogBased"),
                                           concernsAbuse: values.yesNo("concernsAbuse"))
            let received = try values.occurred("receivedAt", now: now, error: Strings.errorReceivedInvalid)
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: .notification(payload),
                                                 occurredAt: received, recordedAt: now, author: user.id), now: now)
            let notice = LocalizedText(da: Strings.notificationRegistered(.da, Format.dateTime(received, .da)),
                                       en: Strings.notificationRegistered(.en, Format.dateTime(received, .en)))
            return Landing(returnTo: try await landing(request, user: user, child: child, returnTo: values["returnTo"]), notice: notice)
        }, refused: { refusal in
            let model = try await RegisterNotificationModel.query(store: request.store, user: user, now: now,
                                                                  returnTo: refusal.values["returnTo"])
            return Page.render(request, title: Strings.registerNotificationTitle(request.language)) { context in
                RegisterNotificationView.body(model, refusal: refusal, context)
            }
        })
    }

    /// Where the user came from (a local path), else the child's page when the child is theirs to handle, else the queue.
    static func landing(_ request: Request, user: UserRecord, child: Child, returnTo: String?) async throws -> String {
        if let path = LanguageController.localPath(returnTo) { return path }
        let team = try await request.store.teams().first { $0.id == user.team }
        let summary = try await request.store.summary(child: child.id)
        if Access.grounds(user, userTeam: team, summary: summary, child: child, hasGrant: false) == .ownTeam {
            return SiteURL.child(child.id).path
        }
        return SiteURL.intake.path
    }
}
