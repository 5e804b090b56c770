import Foundation
import Vapor
import SporDomain
import SporStore

/// Recording a network meeting (SOS) — by the outreach counsellor before any case exists, or a caseworker.
enum MeetingController {
    /// A refusal that names no field is about which child.
    static let wording = FormSubmission.Wording(defaultField: "cpr")

    /// The form; `?child=<id>` (the child page's link) opens it for that child.
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await query(request, childID: try childID(request.query[String.self, at: "child"]))
        return render(request, model, refusal: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        // The child the form was opened for (checked again: a form may name any id), or the one its fields name.
        let model = try await query(request, childID: try childID(try FormValues(request)["child"]))
        return try await FormSubmission.submit(request, wording: wording, perform: { values in
            let child: Child
            if let known = model.child { child = known } else { child = try await ChildLookup.find(store: request.store, values) }
            guard let scale = values["safetyScale"].flatMap(Int.init) else { throw DomainError(.safetyScaleInvalid, field: "safetyScale") }
            var actions: [NetworkMeeting.AgreedAction] = []
            for row in 0..<MeetingView.actionRows {
                let what = values.text("action\(row)What")
                guard !what.isEmpty else { continue }
                guard let owner = values.optionalUUID("action\(row)Owner") else { throw DomainError(.actionOwnerUnknown, field: "actions") }
                guard let due = values["action\(row)Due"].flatMap(LocalDate.init(iso:)) else { throw DomainError(.dateInvalid, field: "actions") }
                actions.append(.init(what: what, owner: owner, due: due))
            }
            let houses = [values.text("houseWorries"), values.text("houseGood"), values.text("houseDreams")]
            let childsView: NetworkMeeting.ThreeHouses? = houses.allSatisfy(\.isEmpty) ? nil
                : .init(worries: houses[0], goodThings: houses[1], dreams: houses[2])
            let meeting = NetworkMeeting(
                participants: .init(child: values.flag("childTookPart"), parents: values.flag("parentsTookPart"), network: values.flag("networkTookPart"),
                                    professions: MeetingView.professions.filter { values.flag("profession-\($0.rawValue)") }),
                worries: values["worries"] ?? "", workingWell: values["workingWell"] ?? "", needsToHappen: values["needsToHappen"] ?? "",
                safetyScale: scale, actions: actions, childsView: childsView)
            let now = request.now
            let occurredAt = try values.occurred(now: now)
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: .networkMeeting(meeting),
                                                 occurredAt: occurredAt, recordedAt: now, author: user.id), now: now)
            // Opened from the child page, it lands there again.
            return Landing(model.child.map { SiteURL.child($0.id) } ?? Authorization.home(user.role), notice: Strings.meetingSaved)
        }, refused: { refusal in render(request, model, refusal: refusal) })
    }

    static func query(_ request: Request, childID: UUID?) async throws -> MeetingModel {
        try await MeetingModel.query(store: request.store, user: try request.requireUser(), now: request.now, childID: childID)
    }

    /// A child's id as sent; one that is no id is not found.
    static func childID(_ text: String?) throws -> UUID? {
        guard let text, !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else { throw Abort(.notFound) }
        return id
    }

    static func render(_ request: Request, _ model: MeetingModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.meetingTitle(request.language)) { context in
            MeetingView.body(model, refusal: refusal, context)
        }
    }
}
