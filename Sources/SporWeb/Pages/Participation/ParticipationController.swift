import Foundation
import Vapor
import SporDomain
import SporStore

/// Participation in open offers (issue 23, item 4): an outreach counsellor or a caseworker enrols children in an open
/// offer without a decision — one, or a group together — and ends the group with what came of it.
enum ParticipationController {
    static let wording = FormSubmission.Wording(defaultField: "children")

    /// The form; `?child=<id>` (the child page's link) opens it for that child.
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await query(request, childID: try MeetingController.childID(request.query[String.self, at: "child"]))
        return render(request, model, refusal: nil)
    }

    /// Enrols every child the form names, in one transaction: a child the user may not manage is not found (404) and
    /// nothing is written; a child named twice is enrolled once.
    @Sendable static func enrol(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let sent = try FormValues(request)
        let model = try await query(request, childID: try MeetingController.childID(sent["child"]))
        // Every picked id is checked before anything is written: someone else's child is not found, whoever sent it.
        var picked: [Child] = []
        for key in sent.values.keys.sorted() where key.hasPrefix("pick-") {
            guard let id = UUID(uuidString: String(key.dropFirst("pick-".count))) else { throw Abort(.notFound) }
            picked.append(try await MeetingModel.managedChild(store: request.store, user: user, id: id, now: request.now))
        }
        return try await FormSubmission.submit(request, wording: wording, perform: { values in
            let offerID = try values.answer("offer", as: OfferIDText.self).rawValue
            guard let offer = model.offers.first(where: { $0.id == offerID }), let basis = offer.legalBases.first else {
                throw DomainError(.offerUnknown, field: "offer")
            }
            let now = request.now
            let day = try values.date("startDate")
            let today = DanishTime.localDate(of: now)
            guard !(today < day) else { throw FormError(field: "startDate", text: Strings.enrolmentStartFuture) }
            let startedAt = day == today ? now : DanishTime.instant(day, hour: 12)
            var children = model.child.map { [$0] } ?? picked
            if model.child == nil {
                for row in 0..<EnrolmentModel.cprRows {
                    let cpr = values.text("cpr\(row)")
                    guard !cpr.isEmpty else { continue }
                    // The row that names no registered child is the one refused.
                    guard let number = try? CPR(cpr), let child = try await request.store.child(cpr: number) else {
                        throw FormError(field: "cpr\(row)", text: Strings.childNotFoundByIdentifier)
                    }
                    children.append(child)
                }
            }
            var seen: Set<UUID> = []
            children = children.filter { seen.insert($0.id).inserted }
            guard !children.isEmpty else { throw FormError(field: "children", text: Strings.enrolmentNoChild) }
            // A parent takes part only with a child the form was opened for, and only one of that child's parents.
            var parent: UUID?
            if let chosen = values.optionalText("parent") {
                guard let id = UUID(uuidString: chosen), model.parents.contains(where: { $0.id == id }) else {
                    throw FormError(field: "parent", text: Strings.errorChoiceInvalid)
                }
                parent = id
            }
            let group = UUID()
            let entries = children.map { child in
                Entry(municipality: child.municipality, child: child.id,
                      payload: .measureStarted(MeasureStart(offer: offer.id, decision: nil, legalBasis: basis, group: group, parent: parent)),
                      occurredAt: startedAt, recordedAt: now, author: user.id)
            }
            try await request.store.append(entries, now: now)
            return Landing(.participationGroup(.value(group)), notice: Strings.enrolmentSaved)
        }, refused: { refusal in render(request, model, refusal: refusal) })
    }

    /// "Mine grupper": the user's own groups.
    @Sendable static func groups(_ request: Request) async throws -> Response {
        let model = try await ParticipationGroupsModel.query(store: request.store, user: try request.requireUser())
        return Page.render(request, title: Strings.groupsTitle(request.language)) { context in
            ParticipationGroupsView.body(model, context)
        }
    }

    /// The group's page.
    @Sendable static func group(_ request: Request) async throws -> Response {
        let model = try await groupQuery(request)
        return renderGroup(request, model, refusal: nil)
    }

    /// Ends every member of the group still taking part, with the outcome, in one transaction.
    @Sendable static func end(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await groupQuery(request)
        return try await FormSubmission.submit(request, wording: FormSubmission.Wording(defaultField: "reason"), perform: { values in
            let reason = try values.answer("reason", as: EndReason.self)
            let now = request.now
            let endedAt = try values.occurred(now: now)
            let note = values.optionalText("note")
            guard !model.active.isEmpty else { throw DomainError(.alreadyDone) }
            let entries = model.active.map { member in
                Entry(municipality: member.child.municipality, child: member.child.id,
                      payload: .measureEnded(MeasureEnd(measure: member.start.id, reason: reason, note: note)),
                      occurredAt: endedAt, recordedAt: now, author: user.id)
            }
            try await request.store.append(entries, now: now)
            return Landing(.participationGroup(.value(model.id)), notice: Strings.groupEndedNotice)
        }, refused: { refusal in renderGroup(request, model, refusal: refusal) })
    }

    /// An offer's id as a form sends it (checked against the open offers afterwards).
    struct OfferIDText: RawRepresentable {
        let rawValue: String
        init?(rawValue: String) { self.rawValue = rawValue }
    }

    static func query(_ request: Request, childID: UUID?) async throws -> EnrolmentModel {
        try await EnrolmentModel.query(store: request.store, user: try request.requireUser(), now: request.now, childID: childID)
    }

    static func groupQuery(_ request: Request) async throws -> ParticipationGroupModel {
        guard let id = request.parameters.get("groupID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return try await ParticipationGroupModel.query(store: request.store, user: try request.requireUser(), now: request.now, id: id)
    }

    static func render(_ request: Request, _ model: EnrolmentModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.enrolmentTitle(request.language)) { context in
            EnrolmentView.body(model, refusal: refusal, context)
        }
    }

    static func renderGroup(_ request: Request, _ model: ParticipationGroupModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.groupTitle(request.language).replacingOccurrences(of: "{0}", with: model.offer?.name ?? "—")) { context in
            ParticipationGroupView.body(model, refusal: refusal, context)
        }
    }
}
