import Foundation
import Vapor
import SporDomain
import SporStore

/// The JSON API under `/api/v1` and `/api/v2`, authenticated by a personal token (`Authorization: Bearer …`). Its
/// description (`OpenAPIDocument`) is generated from these types and the domain's.
enum ApiController {
    struct ChildDTO: Content {
        let id: UUID
        let givenName: String
        let familyName: String
        let birthDate: String
        let maskedCpr: String
        let district: String
        let institution: String?
        let caseOpen: Bool
        let caseworker: UUID?
        let concernLevel: Int?
        let entryCount: Int
        /// An expected child's due date (issue 23, item 1): then `birthDate` is the due date and `maskedCpr` is empty.
        let dueDate: String?
    }

    struct ChildListDTO: Content {
        let id: UUID
        let name: String
        let birthDate: String
        let district: String
        let concernLevel: Int?
        let caseworker: UUID?
    }

    struct EntryDTO: Content {
        let id: UUID
        let child: UUID
        let kind: String
        let occurredAt: Date
        let recordedAt: Date
        let author: UUID
        let corrects: UUID?
        let correctedBy: [UUID]
        let payload: PayloadDTO
    }

    /// An entry's content as JSON; a correction carries its replacement inline.
    struct PayloadDTO: Codable, Sendable {
        var level: Int?
        var source: String?
        var description: String?
        var text: String?
        var caseworker: UUID?
        var reason: String?
        var replacement: Box?
        var notification: UUID?
        var notifierKind: String?
        var channel: String?
        var profession: String?
        /// Only to those handling the child (`Access.Grounds.ownTeam`); never in an export to the family.
        var notifierName: String?
        var notifierContact: String?
        var dialogBased: Bool?
        var concernsAbuse: Bool?
        var inDanger: Bool?
        var acuteMeasures: Bool?
        var nextStep: String?
        var ledToInvestigation: Bool?
        var safetyScale: Int?
        var worries: String?
        var workingWell: String?
        var needsToHappen: String?
        var childTookPart: Bool?
        var earlyHelp: Bool?
        var askedBy: String?
        var question: String?
        var advice: String?
        var anonymousRecord: UUID?
        // The course entries carry the domain's own shape, one field per payload type.
        var assessmentStart: AssessmentStart?
        var assessmentConclusion: AssessmentConclusion?
        var preliminaryAssessment: PreliminaryAssessment?
        var childConversation: ChildConversation?
        var ownViews: OwnViews?
        var decision: Decision?
        var measureStart: MeasureStart?
        var measureEnd: MeasureEnd?
        var placementStart: PlacementStart?
        var placementEnd: PlacementEnd?
        var homecomingPlan: HomecomingPlan?
        var homecomingFollowUp: HomecomingFollowUp?
        var fosterCarers: FosterCarers?
        var plan: ChildsPlan?
        var followUp: FollowUp?
        var transition: Transition?
        var handoverMeeting: HandoverMeeting?
        var taskCompletion: TaskCompletion?
        var deadlineNotRelevant: DeadlineNotRelevant?
        var letter: Letter?
        var letterHandover: LetterHandover?
        var attachment: Attachment?
        var schooling: Schooling?
        var contactPlan: ContactPlan?
        var contactVisit: ContactVisit?
        var preparednessStep: PreparednessStep?
        /// Skolefravær: a concern that is the school's report of absence.
        var absence: SchoolAbsence?

        final class Box: Codable, Sendable {
            let value: PayloadDTO
            init(_ value: PayloadDTO) { self.value = value }
            required init(from decoder: any Decoder) throws { value = try PayloadDTO(from: decoder) }
            func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
        }

        init(_ payload: EntryPayload) {
            switch payload {
            case .concern(let c): level = c.level.rawValue; source = c.source.rawValue; description = c.description; absence = c.absence
            case .journalNote(let n): text = n.text; earlyHelp = n.earlyHelp
            case .consultation(let c):
                askedBy = c.askedBy.rawValue; question = c.question; advice = c.advice; anonymousRecord = c.anonymousRecord
            case .notification(let n):
                notifierKind = n.notifierKind.rawValue; description = n.description; dialogBased = n.dialogBased; concernsAbuse = n.concernsAbuse
                channel = n.channel.rawValue; profession = n.profession?.rawValue; notifierName = n.notifierName; notifierContact = n.notifierContact
            case .urgencyAssessment(let a):
                notification = a.notification; inDanger = a.inDanger; acuteMeasures = a.acuteMeasures; nextStep = a.nextStep.rawValue; reason = a.reasoning
            case .networkMeeting(let m):
                safetyScale = m.safetyScale; worries = m.worries; workingWell = m.workingWell; needsToHappen = m.needsToHappen
                childTookPart = m.participants.child
            case .receiptSent(let r): notification = r.notification; text = r.text
            case .notifierFeedback(let f): notification = f.notification; ledToInvestigation = f.ledToInvestigation; text = f.text
            case .caseworkerAssigned(let a): caseworker = a.caseworker
            case .caseClosed(let c): reason = c.reason
            case .correction(let c): reason = c.reason; replacement = c.replacement.map { Box(PayloadDTO($0)) }
            case .focusedAssessment(let v), .investigation(let v): assessmentStart = v
            case .focusedAssessmentConcluded(let v), .investigationConcluded(let v): assessmentConclusion = v
            case .preliminaryAssessment(let v): preliminaryAssessment = v
            case .childConversation(let v): childConversation = v
            case .ownViews(let v): ownViews = v
            case .decision(let v): decision = v
            case .measureStarted(let v): measureStart = v
            case .measureEnded(let v): measureEnd = v
            case .placementStarted(let v): placementStart = v
            case .placementEnded(let v): placementEnd = v
            case .homecomingPlan(let v): homecomingPlan = v
            case .homecomingFollowUp(let v): homecomingFollowUp = v
            case .fosterCarers(let v): fosterCarers = v
            case .plan(let v): plan = v
            case .followUp(let v): followUp = v
            case .transition(let v): transition = v
            case .handoverMeeting(let v): handoverMeeting = v
            case .taskCompleted(let v): taskCompletion = v
            case .deadlineNotRelevant(let v): deadlineNotRelevant = v
            case .letter(let v): letter = v
            case .letterHandedOver(let v): letterHandover = v
            case .attachment(let v): attachment = v
            case .schooling(let v): schooling = v
            case .contactPlan(let v): contactPlan = v
            case .contactVisit(let v): contactVisit = v
            case .preparednessStep(let v): preparednessStep = v
            }
        }
    }

    struct NewEntryDTO: Content {
        let kind: String
        let occurredAt: Date?
        let level: Int?
        let source: String?
        let description: String?
        let text: String?
        let reason: String?
        // The course entries carry the domain's own shape, one field per payload type.
        let assessmentStart: AssessmentStart?
        let assessmentConclusion: AssessmentConclusion?
        let preliminaryAssessment: PreliminaryAssessment?
        let childConversation: ChildConversation?
        let ownViews: OwnViews?
        let decision: Decision?
        let measureStart: MeasureStart?
        let measureEnd: MeasureEnd?
        let placementStart: PlacementStart?
        let placementEnd: PlacementEnd?
        let plan: ChildsPlan?
        let followUp: FollowUp?
        let transition: Transition?
        let handoverMeeting: HandoverMeeting?

        /// The payload of a course entry, or nil when the body lacks the field its kind needs.
        var coursePayload: EntryPayload? {
            switch kind {
            case "focusedAssessment": assessmentStart.map(EntryPayload.focusedAssessment)
            case "investigation": assessmentStart.map(EntryPayload.investigation)
            case "focusedAssessmentConcluded": assessmentConclusion.map(EntryPayload.focusedAssessmentConcluded)
            case "investigationConcluded": assessmentConclusion.map(EntryPayload.investigationConcluded)
            case "preliminaryAssessment": preliminaryAssessment.map(EntryPayload.preliminaryAssessment)
            case "childConversation": childConversation.map(EntryPayload.childConversation)
            // Only the portal says a message was sent from Min side (it starts the caseworker's task to answer it).
            case "ownViews": ownViews.map { views in var views = views; views.sentFromPortal = false; return EntryPayload.ownViews(views) }
            case "decision": decision.map(EntryPayload.decision)
            case "measureStarted": measureStart.map(EntryPayload.measureStarted)
            case "measureEnded": measureEnd.map(EntryPayload.measureEnded)
            case "placementStarted": placementStart.map(EntryPayload.placementStarted)
            case "placementEnded": placementEnd.map(EntryPayload.placementEnded)
            case "plan": plan.map(EntryPayload.plan)
            case "followUp": followUp.map(EntryPayload.followUp)
            case "transition": transition.map(EntryPayload.transition)
            case "handoverMeeting": handoverMeeting.map(EntryPayload.handoverMeeting)
            default: nil
            }
        }
    }

    struct ErrorDTO: Content {
        let error: String
        let message: String
        let field: String?
    }

    @Sendable static func children(_ request: Request) async throws -> [ChildListDTO] {
        let user = try request.requireUser()
        let items: [ChildListItem]
        switch user.role {
        case .caseworker: items = try await request.store.children(caseworker: user.id)
        case .teamLead:
            if let team = user.team { items = try await request.store.children(team: team) } else { items = [] }
        default: throw Abort(.forbidden)
        }
        return items.map { ChildListDTO(id: $0.id, name: $0.name, birthDate: $0.birthDate.iso, district: $0.district,
                                        concernLevel: $0.concernLevel?.rawValue, caseworker: $0.caseworker) }
    }

    @Sendable static func child(_ request: Request) async throws -> ChildDTO {
        let model = try await ChildPageModel.load(request, for: .reading)
        try await request.store.audit(.apiRead, user: model.user.id, child: model.child.id, now: request.now)
        let child = model.child
        return ChildDTO(id: child.id, givenName: child.givenName, familyName: child.familyName, birthDate: child.birthDate.iso,
                        maskedCpr: child.isExpected ? "" : child.birthDate.maskedCPR, district: child.district, institution: child.institution,
                        caseOpen: model.summary?.isOpen ?? false, caseworker: model.summary?.caseworker,
                        concernLevel: model.summary?.concernLevel?.rawValue, entryCount: model.summary?.entryCount ?? 0,
                        dueDate: child.dueDate?.iso)
    }

    @Sendable static func entries(_ request: Request) async throws -> [EntryDTO] {
        let model = try await ChildPageModel.load(request, for: .reading)
        try await request.store.audit(.apiRead, user: model.user.id, child: model.child.id, now: request.now)
        return entryDTOs(model.timeline, showsNotifier: model.showsNotifier)
    }

    /// The whole journal, newest first, each entry with the corrections made to it. Who notified only when
    /// `showsNotifier`: for those handling the child, never for a reader with a stated reason or an export to the family.
    static func entryDTOs(_ timeline: Timeline, showsNotifier: Bool) -> [EntryDTO] {
        let corrections = Dictionary(uniqueKeysWithValues: timeline.items.map { ($0.entry.id, $0.corrections.map(\.id)) })
        return timeline.entries.reversed().map { entry in
            EntryDTO(id: entry.id, child: entry.child, kind: entry.kind.rawValue, occurredAt: entry.occurredAt,
                     recordedAt: entry.recordedAt, author: entry.author, corrects: entry.corrects,
                     correctedBy: corrections[entry.id] ?? [], payload: PayloadDTO(showsNotifier ? entry.payload : entry.payload.withoutNotifier))
        }
    }

    /// The kinds the API writes: a concern, a journal note, a case closure and the steps of the course. A notification
    /// has its own operation; the rest are written by their own pages (an assignment, a correction, a task done …).
    static let writableKinds: [EntryKind] = [
        .concern, .journalNote, .caseClosed, .focusedAssessment, .investigation, .focusedAssessmentConcluded,
        .investigationConcluded, .preliminaryAssessment, .childConversation, .ownViews, .decision, .measureStarted,
        .measureEnded, .placementStarted, .placementEnded, .plan, .followUp, .transition, .handoverMeeting,
    ]

    @Sendable static func addEntry(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .writingNotes)
        return try await answer(request, status: .created) {
            let body = try decodeBody(NewEntryDTO.self, request)
            let payload: EntryPayload
            switch body.kind {
            case "concern":
                guard let level = body.level.flatMap(ConcernLevel.init(rawValue:)) else {
                    throw DomainError(.concernLevelInvalid, field: "level")
                }
                guard let source = ConcernSource(rawValue: body.source ?? "") else {
                    throw Refusal(field: "source", message: Strings.errorChoiceInvalid(request.language), values: FormValues(),
                                  code: "choiceInvalid")
                }
                payload = .concern(Concern(level: level, source: source, description: body.description ?? ""))
            case "journalNote":
                payload = .journalNote(JournalNote(text: body.text ?? ""))
            case "caseClosed":
                payload = .caseClosed(CaseClosure(reason: body.reason ?? ""))
            default:
                guard let course = body.coursePayload else { throw DomainError(.entryKindNotWritable, field: "kind") }
                payload = course
            }
            let entry = try await append(request, model, payload: payload, occurredAt: body.occurredAt)
            return EntryDTO(id: entry.id, child: entry.child, kind: entry.kind.rawValue, occurredAt: entry.occurredAt,
                            recordedAt: entry.recordedAt, author: entry.author, corrects: nil, correctedBy: [], payload: PayloadDTO(payload))
        }
    }

    /// Appends `payload` to the child's journal by the caller, now; only a journal note reaches a child opened with a
    /// stated reason.
    static func append(_ request: Request, _ model: ChildPageModel, payload: EntryPayload, occurredAt: Date?) async throws -> Entry {
        if payload.kind != .journalNote, !model.grounds.permits(.managingCase) { throw StatedReasonDoesNotReach() }
        let now = request.now
        let entry = Entry(municipality: model.child.municipality, child: model.child.id, payload: payload,
                          occurredAt: occurredAt ?? now, recordedAt: now, author: model.user.id)
        try await request.store.append(entry, now: now)
        return entry
    }

    /// A body that is not JSON of the operation's shape (400).
    struct BodyUnreadable: Error {}

    /// Reads the request's JSON body. A value that reads but breaks a rule of its own (a decision without the child's
    /// views) throws the domain's error, which `answer` refuses with 422.
    static func decodeBody<T: Decodable>(_ type: T.Type, _ request: Request) throws -> T {
        guard let buffer = request.body.data else { throw BodyUnreadable() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch is DecodingError {
            throw BodyUnreadable()
        }
    }

    /// Runs `body` and answers what it returns with `status`. Its refusals go through the one form path
    /// (`FormSubmission.attempt`) and are answered 422 `{error, message, field}`; a body that does not read, 400.
    static func answer<T: Content>(_ request: Request, status: HTTPStatus, wording: FormSubmission.Wording = .standard,
                                   _ body: () async throws -> T) async throws -> Response {
        let result: Result<T, Refusal>
        do {
            result = try await FormSubmission.attempt(values: FormValues(), language: request.language, wording: wording, body)
        } catch is BodyUnreadable {
            return try await problem(request, .badRequest, code: "badRequest", message: Strings.errorBadRequest, field: nil)
        }
        switch result {
        case .success(let value):
            return try await value.encodeResponse(status: status, for: request)
        case .failure(let refusal):
            return try await ErrorDTO(error: refusal.code, message: refusal.message, field: refusal.field)
                .encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    static func problem(_ request: Request, _ status: HTTPStatus, code: String, message: LocalizedText, field: String?) async throws -> Response {
        try await ErrorDTO(error: code, message: message(request.language), field: field).encodeResponse(status: status, for: request)
    }
}

/// Finds the user behind a bearer token. Sessions do not reach the API; an expired or revoked token, or one of a
/// deactivated user, finds no one (401).
struct ApiTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.currentUser = nil
        if let bearer = request.headers.bearerAuthorization,
           let user = try await request.store.user(apiToken: bearer.token, now: request.now) {
            request.currentUser = user
            try await request.spor.configuration.load(from: request.store)
        }
        return try await next.respond(to: request)
    }
}
