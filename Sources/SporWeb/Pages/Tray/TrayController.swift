import Foundation
import Vapor
import SporDomain
import SporStore

/// The work tray: reads the filter, queries the tray, renders it; and the tray's one action, giving a child a caseworker.
enum TrayController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    /// The old *Arbejdsliste*: its address leads to the tray.
    @Sendable static func worklist(_ request: Request) async throws -> Response {
        request.redirect(to: .tray, redirectType: .permanent)
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let filter = TrayModel.Filter(kind: request.query[String.self, at: "kind"], rule: request.query[String.self, at: "rule"],
                                      child: request.query[String.self, at: "child"], member: request.query[String.self, at: "member"])
        let model = try await TrayModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                              settings: request.spor.settings.work, ruleBook: request.spor.configuration.ruleBook, filter: filter)
        return Page.render(request, title: Strings.trayTitle(request.language)) { context in
            TrayView.body(model, refusal: refusal, context)
        }
    }

    /// "Jeg tager den" (the user takes the child) or the team lead's choice, in one action from the tray: the child gets a
    /// caseworker, and every deadline of the child moves to that caseworker's tray.
    @Sendable static func assign(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let now = request.now
        return try await FormSubmission.submit(request, perform: { values in
            let refuse = { (message: LocalizedText) in Refusal(field: nil, message: message(request.language), values: values) }
            let chosen = values["caseworker"] == "me" ? user.id : values.optionalUUID("caseworker")
            // Only those the tray offers; a caseworker takes a child for themself, only a lead gives one to another.
            guard let caseworker = chosen, model.assignable.contains(where: { $0.id == caseworker && $0.isActive }),
                  caseworker == user.id || user.role == .teamLead else {
                throw refuse(Strings.trayAssignInvalid)
            }
            guard model.state.caseworker != caseworker else { throw refuse(Strings.trayAlreadyAssigned) }
            // A caseworker takes only a child without one; moving a colleague's case is the lead's.
            guard model.state.caseworker == nil || user.role == .teamLead else { throw refuse(Strings.trayHasCaseworker) }
            try await request.store.append(Entry(municipality: model.child.municipality, child: model.child.id,
                                                 payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)),
                                                 occurredAt: now, recordedAt: now, author: user.id), now: now)
            let name = model.staff[caseworker]?.displayName ?? ""
            let notice = caseworker == user.id
                ? Strings.trayClaimed.filled(model.child.fullName) : Strings.trayAssigned.filled(model.child.fullName, name)
            if let back = LanguageController.localPath(values["returnTo"]) { return Landing(returnTo: back, notice: notice) }
            return Landing(.tray, notice: notice)
        }, refused: { refusal in
            try await render(request, refusal: refusal)
        })
    }
}
