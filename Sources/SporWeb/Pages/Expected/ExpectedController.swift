import Foundation
import Vapor
import SporDomain
import SporStore

/// Expected children (issue 23, item 1): registering one, a notification before birth on it, and its birth.
enum ExpectedController {
    // MARK: - Registering

    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await ExpectedRegistrationModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return render(request, model, refusal: nil)
    }

    @Sendable static func register(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let now = request.now
        let model = try await ExpectedRegistrationModel.query(store: request.store, user: user, now: now)
        return try await FormSubmission.submit(request, wording: FormSubmission.Wording(defaultField: "dueDate"), perform: { values in
            let dueDate = try values.date("dueDate")
            guard let district = values["district"], model.districts.contains(district) else {
                throw FormError(field: "district", text: Strings.errorChoiceInvalid)
            }
            let municipality = request.store.municipality
            let parents = try [("mother", Relation.Kind.mother), ("father", .father)].compactMap { prefix, kind in
                try parent(values, prefix: prefix, kind: kind, municipality: municipality)
            }
            guard !parents.isEmpty else { throw DomainError(.expectantParentMissing, field: "motherGivenName") }
            let child = try Child.expected(municipality: municipality, dueDate: dueDate, district: district,
                                           familyName: parents[0].person.familyName, today: DanishTime.localDate(of: now))
            // The caseworker who registers the expected child takes the case, as for any child.
            try await request.store.registerExpected(child, parents: parents, caseworker: user.role == .caseworker ? user.id : nil,
                                                     by: user.id, now: now)
            // An outreach counsellor hands the child to the district's team: they do not open a child's page.
            return user.role == .outreach ? Landing(.outreach, notice: Strings.expectedRegistered)
                                          : Landing(.child(child.id), notice: Strings.expectedRegistered)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    /// An expectant parent from `<prefix>GivenName` and `<prefix>FamilyName`: both or neither.
    static func parent(_ values: FormValues, prefix: String, kind: Relation.Kind, municipality: Int) throws -> Store.ExpectantParent? {
        let given = values.text("\(prefix)GivenName"), family = values.text("\(prefix)FamilyName")
        if given.isEmpty && family.isEmpty { return nil }
        guard !given.isEmpty else { throw DomainError(.nameMissing, field: "\(prefix)GivenName") }
        guard !family.isEmpty else { throw DomainError(.nameMissing, field: "\(prefix)FamilyName") }
        for (text, field) in [(given, "\(prefix)GivenName"), (family, "\(prefix)FamilyName")] where text.count > 100 {
            throw DomainError(.textTooLong, field: field)
        }
        return Store.ExpectantParent(person: Person(municipality: municipality, givenName: given, familyName: family), kind: kind)
    }

    static func render(_ request: Request, _ model: ExpectedRegistrationModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.expectedTitle(request.language)) { context in
            ExpectedRegistrationView.body(model, refusal: refusal, context)
        }
    }

    // MARK: - A notification before birth

    @Sendable static func showNotification(_ request: Request) async throws -> Response {
        let model = try await NotificationBeforeBirthModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                                                 childID: try ChildrenController.childID(request))
        return renderNotification(request, model, refusal: nil)
    }

    /// The domain names the entry's time `occurredAt`: on this form it is the time received.
    static let notificationWording = FormSubmission.Wording(fields: ["occurredAt": "receivedAt"], defaultField: "description")

    @Sendable static func notify(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await NotificationBeforeBirthModel.query(store: request.store, user: user, now: request.now,
                                                                 childID: try ChildrenController.childID(request))
        return try await FormSubmission.submitEntry(request, child: model.child, author: user.id, wording: notificationWording,
                                                    landing: Landing(.child(model.child.id)), build: { values, now in
            let payload = try IntakeController.notification(
                channel: values["channel"], notifierKind: values["notifierKind"], profession: values["profession"],
                notifierName: values["notifierName"], notifierContact: values["notifierContact"], description: values["description"],
                dialogBased: values.flag("dialogBased"), concernsAbuse: values.yesNo("concernsAbuse"))
            return EntryDraft(payload: .notification(payload),
                              occurredAt: try values.occurred("receivedAt", now: now, error: Strings.errorReceivedInvalid))
        }, refused: { refusal in
            renderNotification(request, model, refusal: refusal)
        })
    }

    static func renderNotification(_ request: Request, _ model: NotificationBeforeBirthModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.beforeBirthTitle(request.language)) { context in
            NotificationBeforeBirthView.body(model, refusal: refusal, context)
        }
    }

    // MARK: - The birth

    @Sendable static func showBirth(_ request: Request) async throws -> Response {
        let model = try await BirthModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                               childID: try ChildrenController.childID(request))
        return renderBirth(request, model, refusal: nil)
    }

    /// A CPR number already registered names another child's journal: said so, and nothing merges the two.
    static let birthWording = FormSubmission.Wording(
        messages: { $0 == .cprAlreadyRegistered ? Strings.birthAlreadyRegistered : Strings.error($0) }, defaultField: "cpr")

    @Sendable static func recordBirth(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await BirthModel.query(store: request.store, user: user, now: request.now,
                                               childID: try ChildrenController.childID(request))
        return try await FormSubmission.submit(request, wording: birthWording, perform: { values in
            let cpr = try CPR(values["cpr"] ?? "")
            try await request.store.recordBirth(of: model.child.id, cpr: cpr, givenName: values["givenName"] ?? "",
                                                familyName: values["familyName"] ?? "", by: user.id, now: request.now)
            return Landing(.child(model.child.id), notice: Strings.birthRecorded)
        }, refused: { refusal in
            renderBirth(request, model, refusal: refusal)
        })
    }

    static func renderBirth(_ request: Request, _ model: BirthModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.birthTitle(request.language)) { context in
            BirthView.body(model, refusal: refusal, context)
        }
    }
}
