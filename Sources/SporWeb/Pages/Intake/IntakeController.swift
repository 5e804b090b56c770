import Foundation
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

    // MARK: - Steps on a notification (forms of the child page; a refusal shows the child page again)

    @Sendable static func assess(_ request: Request) async throws -> Response {
        let notification = try notificationID(request)
        return try await ChildrenController.submit(request, form: "assess-\(notification.uuidString)") { values, now, model in
            // Danger, acute measures and the next step are the caseworker's answers: none is assumed.
            let inDanger = try values.answeredYesNo("inDanger")
            let acuteMeasures = try values.answeredYesNo("acuteMeasures")
            let step = try values.answer("nextStep", as: NextStep.self)
            let assessment = UrgencyAssessment(notification: notification, inDanger: inDanger, acuteMeasures: acuteMeasures, nextStep: step,
                                               reasoning: values["reasoning"] ?? "")
            // The afdækning or investigation it names starts with it, in the same transaction (unless one following the
            // notification is open already): the need became known the day the notification was received.
            var then: [EntryDraft] = []
            if let received = model.timeline.entry(id: notification), received.kind == .notification,
               model.timeline.openAssessment(following: notification) == nil,
               let start = assessment.start(notificationReceivedOn: DanishTime.localDate(of: received.occurredAt)) {
                then = [EntryDraft(payload: start, occurredAt: now)]
            }
            return EntryDraft(payload: .urgencyAssessment(assessment), occurredAt: now, then: then)
        }
    }

    @Sendable static func sendReceipt(_ request: Request) async throws -> Response {
        let notification = try notificationID(request)
        return try await ChildrenController.submit(request, form: "receipt-\(notification.uuidString)") { values, now, _ in
            EntryDraft(payload: .receiptSent(Receipt(notification: notification, text: values["text"] ?? "")),
                       occurredAt: try values.occurred("sentAt", now: now))
        }
    }

    @Sendable static func giveFeedback(_ request: Request) async throws -> Response {
        let notification = try notificationID(request)
        return try await ChildrenController.submit(request, form: "feedback-\(notification.uuidString)") { values, now, model in
            // Whether it led to an afdækning or investigation is what the journal shows, not a question.
            EntryDraft(payload: .notifierFeedback(NotifierFeedback(notification: notification,
                                                                   ledToInvestigation: model.timeline.ledToInvestigation(notification),
                                                                   text: values["text"] ?? "")),
                       occurredAt: now)
        }
    }

    static func notificationID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }
}
