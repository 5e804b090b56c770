import Foundation
import Vapor
import SporDomain
import SporStore

/// Recording a network meeting (SOS) — by the outreach counsellor before any case exists, or a caseworker.
enum MeetingController {
    /// A refusal that names no field is about which child.
    static let wording = FormSubmission.Wording(defaultField: "cpr")

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        return try await FormSubmission.submit(request, wording: wording, perform: { values in
            let child = try await ChildLookup.find(store: request.store, values)
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
            return Landing(Authorization.home(user.role), notice: Strings.meetingSaved)
        }, refused: { refusal in try await render(request, refusal: refusal) })
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let user = try request.requireUser()
        let model = try await MeetingModel.query(store: request.store, user: user, now: request.now)
        return Page.render(request, title: Strings.meetingTitle(request.language)) { context in
            MeetingView.body(model, refusal: refusal, context)
        }
    }
}
