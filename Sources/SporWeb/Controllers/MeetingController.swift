import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// Recording a network meeting (SOS) — by the outreach counsellor before any case exists, or a caseworker.
enum MeetingController {
    static let professions: [ConcernSource] = [.teacher, .pedagogue, .healthVisitor, .ppr, .ssp, .doctor]
    static let actionRows = 3

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, values: [:], error: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let fields = try request.content.decode([String: String].self)
        let checked = { (name: String) in fields[name] != nil }
        do {
            let child = try await ProfessionalController.findChild(request, cpr: fields["cpr"], name: fields["name"], birthDate: fields["birthDate"])
            guard let scale = fields["safetyScale"].flatMap(Int.init) else { throw DomainError(.safetyScaleInvalid, field: "safetyScale") }
            var actions: [NetworkMeeting.AgreedAction] = []
            for row in 0..<actionRows {
                let what = fields["action\(row)What"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard !what.isEmpty else { continue }
                guard let owner = fields["action\(row)Owner"].flatMap(UUID.init(uuidString:)) else {
                    throw DomainError(.actionOwnerUnknown, field: "actions")
                }
                guard let due = fields["action\(row)Due"].flatMap(LocalDate.init(iso:)) else { throw DomainError(.dateInvalid, field: "actions") }
                actions.append(.init(what: what, owner: owner, due: due))
            }
            let childTookPart = checked("childTookPart")
            let houses = [fields["houseWorries"], fields["houseGood"], fields["houseDreams"]].map { $0?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
            let childsView: NetworkMeeting.ThreeHouses? = houses.allSatisfy(\.isEmpty) ? nil
                : .init(worries: houses[0], goodThings: houses[1], dreams: houses[2])
            let meeting = NetworkMeeting(
                participants: .init(child: childTookPart, parents: checked("parentsTookPart"), network: checked("networkTookPart"),
                                    professions: professions.filter { checked("profession-\($0.rawValue)") }),
                worries: fields["worries"] ?? "", workingWell: fields["workingWell"] ?? "", needsToHappen: fields["needsToHappen"] ?? "",
                safetyScale: scale, actions: actions, childsView: childsView)
            let now = request.now
            let occurredAt = try ChildrenController.occurred(fields["occurredAt"], shown: fields["occurredAtShown"], now: now)
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: .networkMeeting(meeting),
                                                 occurredAt: occurredAt, recordedAt: now, author: user.id), now: now)
            request.session.data["notice"] = Strings.meetingSaved(request.language)
            return request.redirect(to: Authorization.home(user.role), redirectType: .normal)
        } catch let error as DomainError {
            return try await render(request, values: fields, error: (error.field ?? "cpr", Strings.error(error.code)(request.language)))
        } catch let error as FormError {
            return try await render(request, values: fields, error: (error.field, error.text(request.language)))
        }
    }

    static func render(_ request: Request, values: [String: String], error: (field: String, message: String)?) async throws -> Response {
        let staff = try await request.store.users().filter { $0.role != .admin && $0.role != .policy && $0.isActive }
        let me = try request.requireUser()
        return Page.render(request, title: Strings.meetingTitle(request.language), status: error == nil ? .ok : .unprocessableEntity) { context in
            let value = { (name: String) in escapeAttribute(values[name] ?? "") }
            let fieldError = { (field: String) in error?.field == field ? error?.message : nil }
            let area = { (name: String, label: LocalizedText, required: Bool) -> Node<HTML.FormContext> in
                Components.field(context.t(label), id: "meeting-\(name)", error: fieldError(name),
                    .textarea(.id("meeting-\(name)"), .name(name), .attribute(named: "rows", value: "3"), .required(required), .plain(values[name] ?? "")))
            }
            let check = { (name: String, label: String) -> Node<HTML.BodyContext> in
                .div(.class("check"), .input(.id("meeting-\(name)"), .name(name), .type(.checkbox), .value("1"), .checked(values[name] != nil)),
                     .label(.for("meeting-\(name)"), .plain(label)))
            }
            return .group(
                .h1(.plain(context.t(Strings.meetingTitle))),
                .p(.plain(context.t(Strings.meetingIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.formHasErrors)) \($0.message)")) },
                .form(.id("meeting-form"), .class("entry-form narrow"), .action("/meetings"), .method(.post),
                    csrfField(context),
                    .h2(.plain(context.t(Strings.findChild))),
                    .p(.class("hint"), .plain(context.t(Strings.findChildHint))),
                    Components.field(context.t(Strings.cprLabel), id: "meeting-cpr", error: fieldError("cpr"),
                        .input(.id("meeting-cpr"), .name("cpr"), .type(.text), .value(value("cpr")))),
                    Components.field(context.t(Strings.childName), id: "meeting-name", .input(.id("meeting-name"), .name("name"), .type(.text), .value(value("name")))),
                    Components.field(context.t(Strings.birthDate), id: "meeting-birth", .input(.id("meeting-birth"), .name("birthDate"), .type(.date), .value(value("birthDate")))),
                    Components.field(context.t(Strings.occurredAt), id: "meeting-occurred", error: fieldError("occurredAt"),
                        .input(.id("meeting-occurred"), .name("occurredAt"), .attribute(named: "type", value: "datetime-local"), .required(true),
                               .value(escapeAttribute(values["occurredAt"] ?? Format.dateTimeLocal(context.now))))),
                    ChildrenController.shownField("occurredAt", context),
                    .element(named: "fieldset", nodes: [
                        .element(named: "legend", nodes: [.plain(context.t(Strings.participants))]),
                        check("childTookPart", context.t(Strings.participantChild)),
                        check("parentsTookPart", context.t(Strings.participantParents)),
                        check("networkTookPart", context.t(Strings.participantNetwork)),
                        .forEach(professions) { check("profession-\($0.rawValue)", context.t(Strings.concernSource($0))) },
                    ]),
                    area("worries", Strings.meetingWorries, true),
                    area("workingWell", Strings.meetingWorkingWell, true),
                    area("needsToHappen", Strings.meetingNeedsToHappen, true),
                    Components.field(context.t(Strings.safetyScale), id: "meeting-scale", error: fieldError("safetyScale"),
                        Components.select(id: "meeting-scale", name: "safetyScale", (0...10).map {
                            Components.option(value: String($0), text: String($0), selected: (values["safetyScale"] ?? "5") == String($0))
                        })),
                    .element(named: "fieldset", nodes: [
                        .element(named: "legend", nodes: [.plain(context.t(Strings.agreedActions))]),
                        .unwrap(fieldError("actions")) { .p(.class("field-error"), .plain($0)) },
                        .forEach(0..<actionRows) { row in
                            .div(.class("action-row"),
                                Components.field(context.t(Strings.actionWhat), id: "action\(row)What",
                                    .input(.id("action\(row)What"), .name("action\(row)What"), .type(.text), .value(value("action\(row)What")))),
                                Components.field(context.t(Strings.actionOwner), id: "action\(row)Owner",
                                    Components.select(id: "action\(row)Owner", name: "action\(row)Owner", staff.map { person in
                                        Components.option(value: person.id.uuidString, text: "\(person.displayName) (\(context.t(Strings.role(person.role))))",
                                                          selected: (values["action\(row)Owner"] ?? me.id.uuidString) == person.id.uuidString)
                                    })),
                                Components.field(context.t(Strings.actionDue), id: "action\(row)Due",
                                    .input(.id("action\(row)Due"), .name("action\(row)Due"), .type(.date), .value(value("action\(row)Due")))))
                        },
                    ]),
                    .element(named: "fieldset", nodes: [
                        .element(named: "legend", nodes: [.plain(context.t(Strings.threeHouses))]),
                        area("houseWorries", Strings.houseWorries, false),
                        area("houseGood", Strings.houseGood, false),
                        area("houseDreams", Strings.houseDreams, false),
                    ]),
                    .button(.id("meeting-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
            )
        }
    }
}
