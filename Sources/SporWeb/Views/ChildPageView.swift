import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The child page: who the child is, the state of the case, forms to write, and the timeline newest first.
enum ChildPageView {
    static func render(_ request: Request, _ model: ChildPageModel, feedback: FormFeedback?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: model.child.fullName, status: status) { context in
            .group(
                header(model, context),
                glance(model, context),
                .div(.class("child-layout"),
                    .section(.class("timeline-section"), .attribute(named: "aria-labelledby", value: "timeline-heading"),
                        .h2(.id("timeline-heading"), .plain(context.t(Strings.timeline))),
                        timelineFilterForm(model, context),
                        timeline(model, context, feedback)),
                    .section(.class("forms"), .attribute(named: "aria-label", value: context.t(Strings.addConcern)),
                        .unwrap(feedback.flatMap { $0.form.hasPrefix("correct-") ? nil : $0 }) { feedback in
                            .div(.class("error"), .attribute(named: "role", value: "alert"),
                                 .plain("\(context.t(Strings.formHasErrors)) \(feedback.message)"))
                        },
                        courseSteps(model, context),
                        concernForm(base(model), ageGroup: AgeGroup.of(birthDate: model.child.birthDate, on: DanishTime.localDate(of: context.now)), context, feedback?.form == "concern" ? feedback : nil),
                        noteForm(base(model), context, feedback?.form == "note" ? feedback : nil),
                        assignForm(model, context, feedback?.form == "assign" ? feedback : nil),
                        .if(model.summary?.isOpen == true, closeForm(base(model), context, feedback?.form == "close" ? feedback : nil)))
                )
            )
        }
    }

    static func base(_ model: ChildPageModel) -> String { "/children/\(model.child.id.uuidString)" }

    static func header(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let child = model.child
        let caseworker = model.summary?.caseworker.flatMap { model.staff[$0]?.displayName }
        let status: LocalizedText = model.summary?.isOpen == true ? Strings.caseOpen : (model.timeline.entries.isEmpty ? Strings.caseNone : Strings.caseClosedStatus)
        let history = model.timeline.state().concernHistory
        return .header(.class("child-header"),
            .h1(.plain(child.fullName)),
            .div(.class("facts"),
                fact(Strings.columnAge, .plain(Format.age(child.birthDate, on: context.now, context.language)), context),
                fact(Strings.birthDate, .plain(Format.date(child.birthDate, context.language)), context),
                fact(Strings.cprLabel, .plain(child.birthDate.maskedCPR), context),
                fact(Strings.columnDistrict, .plain(child.district), context),
                fact(Strings.institution, .plain(child.institution ?? context.t(Strings.none)), context),
                fact(Strings.caseStatus, .plain(context.t(status)), context),
                fact(Strings.columnCaseworker, .plain(caseworker ?? context.t(Strings.noCaseworker)), context),
                fact(Strings.columnConcern, Components.concernBadge(model.summary?.concernLevel, context), context)
            ),
            .p(.class("child-links"),
                .if(context.user?.role == .teamLead,
                    .a(.href("/children/\(child.id.uuidString)/access-log"), .plain(context.t(Strings.showAccessLog)))),
                .plain(" "),
                .a(.href("/children/\(child.id.uuidString)/export"), .plain(context.t(Strings.exportLink))),
                .plain(" "),
                .a(.id("family-access-link"), .href("/children/\(child.id.uuidString)/family"), .plain(context.t(Strings.familyAccessLink)))),
            .details(.class("concern-history"),
                .summary(.plain(context.t(Strings.concernOverTime))),
                history.isEmpty ? .p(.plain(context.t(Strings.noConcerns))) :
                    .ol(.forEach(history.reversed()) { reading in
                        .li(.time(.datetime(Format.machine(reading.at)), .plain(Format.dateTime(reading.at, context.language))),
                            .plain(" "), Components.concernBadge(reading.level, context))
                    })
            )
        )
    }

    /// One term and its value, kept together so the grid never separates them.
    static func fact(_ term: LocalizedText, _ value: Node<HTML.BodyContext>, _ context: PageContext) -> Node<HTML.BodyContext> {
        .element(named: "dl", nodes: [
            .element(named: "dt", nodes: [.plain(context.t(term))]),
            .element(named: "dd", nodes: [value]),
        ])
    }

    // MARK: - Timeline

    /// The timeline without forms (the export page, which goes to the family: without who notified).
    static func timelineReadOnly(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .ol(.class("timeline"), .forEach(model.timeline.items.reversed()) { item in
            .li(.class("entry kind-\(item.entry.kind.rawValue)"),
                .div(.class("entry-head"),
                    .span(.class("entry-kind"), .plain(context.t(Strings.entryKind(item.entry.kind)))), .plain(" "),
                    .plain(Format.dateTime(item.entry.occurredAt, context.language)),
                    .if(item.isCorrected, .span(.class("mark"), .plain(context.t(Strings.correctedMark))))),
                .div(.class(item.isCorrected ? "entry-body original" : "entry-body"), payload(item.entry.payload.withoutNotifier, model, context)),
                .forEach(item.corrections) { correction in
                    .p(.class("correction"), .plain(context.t(Strings.correctionOf, correctionReason(correction))))
                },
                .unwrap(item.isCorrected ? item.effective : nil) { payload($0.withoutNotifier, model, context) })
        })
    }

    static func timeline(_ model: ChildPageModel, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        let all = model.timeline.items
        guard !all.isEmpty else { return .p(.class("empty"), .plain(context.t(Strings.timelineEmpty))) }
        let items = all.filter(model.filter.includes).reversed()
        return .group(
            .if(model.filter.isActive, .p(.class("count"), .plain(context.t(Strings.filterShowing, String(items.count), String(all.count))))),
            .ol(.id("timeline"), .class("timeline"), .forEach(items) { item in
                entry(item, model, context, feedback)
            }))
    }

    static func entry(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.ListContext> {
        let entry = item.entry
        // A professional's own notification names its notifier as its author: not for a reader outside the case.
        let hidesNotifier = entry.kind == .notification && !model.showsNotifier
        let author = hidesNotifier ? context.t(Strings.none)
            : model.staff[entry.author]?.displayName ?? (entry.kind == .ownViews ? context.t(Strings.viaPortal) : context.t(Strings.none))
        return .li(.class(item.isCorrected ? "entry corrected kind-\(entry.kind.rawValue)" : "entry kind-\(entry.kind.rawValue)"),
            .id("entry-\(entry.id.uuidString)"),
            .div(.class("entry-head"),
                .span(.class("entry-kind"), .plain(context.t(Strings.entryKind(entry.kind)))),
                .plain(" "),
                .time(.datetime(Format.machine(entry.occurredAt)), .plain(Format.dateTime(entry.occurredAt, context.language))),
                .if(item.isCorrected, .span(.class("mark"), .plain(item.effective == nil ? context.t(Strings.voidedMark) : context.t(Strings.correctedMark))))
            ),
            .div(.class(item.isCorrected ? "entry-body original" : "entry-body"), payload(model.shown(entry.payload), model, context)),
            .forEach(item.corrections) { correction in
                .div(.class("correction"),
                    .p(.strong(.plain(context.t(Strings.correctionOf, correctionReason(correction))))),
                    .p(.class("meta"), .plain(context.t(Strings.recordedBy, model.staff[correction.author]?.displayName ?? "", Format.dateTime(correction.recordedAt, context.language)))))
            },
            .unwrap(item.isCorrected ? item.effective : nil) { effective in
                .div(.class("entry-body effective"), .p(.class("meta"), .plain(context.t(Strings.nowReads))), payload(model.shown(effective), model, context))
            },
            .p(.class("meta"), .plain(context.t(Strings.recordedBy, author, Format.dateTime(entry.recordedAt, context.language)))),
            notificationSteps(item, model, context, feedback),
            .p(.a(.class("correct-link"), .href("/children/\(entry.child.uuidString)/entries/\(entry.id.uuidString)/correct"),
                  .plain(context.t(Strings.correct))))
        )
    }

    /// The steps still owed on a notification: the assessment, a receipt and feedback to a professional.
    static func notificationSteps(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext,
                                  _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        guard case .notification(let notification)? = item.effective else { return .empty }
        let id = item.entry.id
        let done = Set(model.timeline.items.compactMap { other -> EntryKind? in
            guard let step = other.effective?.notificationStep, step.notification == id else { return nil }
            return other.entry.kind
        })
        let base = "\(base(model))/notifications/\(id.uuidString)"
        // § 138: a receipt and feedback to a notifier with skærpet underretningspligt (§ 133) only.
        let professional = notification.notifierKind.hasHeightenedDuty
        let mine = { (name: String) in feedback?.form == "\(name)-\(id.uuidString)" ? feedback : nil }
        let value = { (form: FormFeedback?, key: String, fallback: String) in form?.values[key] ?? fallback }
        let yesNo = { (name: String, id: String) -> Node<HTML.FormContext> in
            Components.select(id: id, name: name, [
                Components.option(value: "no", text: context.t(Strings.no), selected: true),
                Components.option(value: "yes", text: context.t(Strings.yes), selected: false),
            ])
        }
        let short = id.uuidString.prefix(8)
        let assessForm = mine("assess")
        let receiptForm = mine("receipt")
        let feedbackForm = mine("feedback")
        let firstName = model.child.givenName
        let draft = context.t(Strings.receiptDraft, firstName, Format.dateTime(item.entry.occurredAt, context.language))
        return .div(.class("steps"),
            .if(!done.contains(.urgencyAssessment),
                .details(.class("step"), .open(true),
                    .summary(.plain(context.t(Strings.assessNotification))),
                    .form(.class("assessment-form"), .action(base + "/assessment"), .method(.post),
                        csrfField(context),
                        Components.field(context.t(Strings.inDanger), id: "a-\(short)-danger", yesNo("inDanger", "a-\(short)-danger")),
                        Components.field(context.t(Strings.acuteMeasures), id: "a-\(short)-acute", yesNo("acuteMeasures", "a-\(short)-acute")),
                        Components.field(context.t(Strings.nextStepLabel), id: "a-\(short)-next",
                            Components.select(id: "a-\(short)-next", name: "nextStep", NextStep.allCases.map {
                                Components.option(value: $0.rawValue, text: context.t(Strings.nextStep($0)), selected: value(assessForm, "nextStep", "") == $0.rawValue)
                            })),
                        Components.field(context.t(Strings.reasoning), id: "a-\(short)-reasoning",
                            .textarea(.id("a-\(short)-reasoning"), .name("reasoning"), .attribute(named: "rows", value: "3"), .required(true),
                                      .plain(value(assessForm, "reasoning", "")))),
                        .button(.type(.submit), .class("primary"), .plain(context.t(Strings.save)))))),
            .if(professional && !done.contains(.receiptSent),
                .details(.class("step"), .if(receiptForm != nil, .open(true)),
                    .summary(.plain(context.t(Strings.sendReceipt))),
                    .form(.class("receipt-form"), .action(base + "/receipt"), .method(.post),
                        csrfField(context),
                        Components.field(context.t(Strings.receiptText), id: "r-\(short)-text",
                            .textarea(.id("r-\(short)-text"), .name("text"), .attribute(named: "rows", value: "4"), .required(true),
                                      .plain(value(receiptForm, "text", draft)))),
                        Components.field(context.t(Strings.sentAt), id: "r-\(short)-sent",
                            .input(.id("r-\(short)-sent"), .name("sentAt"), .attribute(named: "type", value: "datetime-local"), .required(true),
                                   .value(escapeAttribute(value(receiptForm, "sentAt", Format.dateTimeLocal(context.now)))))),
                        ChildrenController.shownField("sentAt", context),
                        .button(.type(.submit), .class("primary"), .plain(context.t(Strings.sendReceipt)))))),
            .if(professional && done.contains(.urgencyAssessment) && !done.contains(.notifierFeedback),
                .details(.class("step"), .if(feedbackForm != nil, .open(true)),
                    .summary(.plain(context.t(Strings.giveFeedback))),
                    .form(.class("feedback-form"), .action(base + "/feedback"), .method(.post),
                        csrfField(context),
                        Components.field(context.t(Strings.ledToInvestigation), id: "f-\(short)-led", yesNo("ledToInvestigation", "f-\(short)-led")),
                        Components.field(context.t(Strings.feedbackText), id: "f-\(short)-text",
                            .textarea(.id("f-\(short)-text"), .name("text"), .attribute(named: "rows", value: "3"), .required(true),
                                      .plain(value(feedbackForm, "text", "")))),
                        .button(.type(.submit), .plain(context.t(Strings.giveFeedback))))))
        )
    }

    static func correctionReason(_ entry: Entry) -> String {
        if case .correction(let correction) = entry.payload { return correction.reason }
        return ""
    }

    static func payload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch payload {
        case .concern(let concern):
            return .group(
                .p(Components.concernBadge(concern.level, context), .plain(" · \(context.t(Strings.concernSource(concern.source)))")),
                .p(.class("text"), .plain(concern.description)))
        case .journalNote(let note):
            return .group(.if(note.earlyHelp, .p(.class("meta"), .plain(context.t(Strings.earlyHelpNote)))), .p(.class("text"), .plain(note.text)))
        case .consultation(let consultation):
            return .group(
                .p(.class("meta"), .plain("\(context.t(Strings.askedBy)): \(context.t(Strings.concernSource(consultation.askedBy)))"
                                          + (consultation.anonymousRecord == nil ? "" : " · \(context.t(Strings.consultationLinked))"))),
                .p(.class("text"), .plain(consultation.question)),
                .p(.class("text"), .strong(.plain("\(context.t(Strings.advice)): ")), .plain(consultation.advice)))
        case .notification(let notification):
            var flags = [context.t(Strings.notifierKind(notification.notifierKind))]
            if let profession = notification.profession { flags.append(context.t(Strings.concernSource(profession))) }
            if notification.channel != .spor { flags.append(context.t(Strings.receivedVia, context.t(Strings.channel(notification.channel)).lowercased())) }
            if notification.dialogBased { flags.append(context.t(Strings.dialogBased)) }
            if notification.concernsAbuse { flags.append(context.t(Strings.concernsAbuse)) }
            // Who notified: present only in a payload the reader may see in full (`ChildPageModel.shown`).
            let who = [notification.notifierName, notification.notifierContact].compactMap { $0 }
            return .group(.p(.class("meta"), .plain(flags.joined(separator: " · "))),
                          .if(!who.isEmpty, .p(.class("notifier"), .plain(context.t(Strings.notifierWho, who.joined(separator: ", "))))),
                          .p(.class("text"), .plain(notification.description)))
        case .urgencyAssessment(let assessment):
            return .group(
                .p(.plain("\(context.t(Strings.inDanger)): \(context.t(assessment.inDanger ? Strings.yes : Strings.no)) · \(context.t(Strings.acuteMeasures)): \(context.t(assessment.acuteMeasures ? Strings.yes : Strings.no))")),
                .p(.plain("\(context.t(Strings.nextStepLabel)): \(context.t(Strings.nextStep(assessment.nextStep)))")),
                .p(.class("text"), .plain(assessment.reasoning)))
        case .receiptSent(let receipt):
            return .p(.class("text"), .plain(receipt.text))
        case .networkMeeting(let meeting):
            return MeetingView.summary(meeting, staff: model.staff, context)
        case .notifierFeedback(let feedback):
            return .group(.p(.plain("\(context.t(Strings.ledToInvestigation)): \(context.t(feedback.ledToInvestigation ? Strings.yes : Strings.no))")),
                          .p(.class("text"), .plain(feedback.text)))
        case .caseworkerAssigned(let assignment):
            return .p(.plain(model.staff[assignment.caseworker]?.displayName ?? context.t(Strings.none)))
        case .caseClosed(let closure):
            return .p(.class("text"), .plain(closure.reason))
        case .correction(let correction):
            return .p(.class("text"), .plain(correction.reason))
        case .focusedAssessment, .investigation, .focusedAssessmentConcluded, .investigationConcluded, .preliminaryAssessment,
             .childConversation, .ownViews, .decision, .measureStarted, .measureEnded, .placementStarted, .placementEnded,
             .plan, .followUp, .transition, .handoverMeeting:
            return coursePayload(payload, model, context)
        case .taskCompleted, .deadlineNotRelevant:
            return taskPayload(payload, model, context)
        }
    }

    /// The page to correct one entry: the entry as it reads now, and the form.
    static func renderCorrection(_ request: Request, _ model: ChildPageModel, _ item: Timeline.Item, feedback: FormFeedback?,
                                 status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.correct(request.language), status: status) { context in
            .group(
                .p(.a(.href(base(model)), .plain("← \(model.child.fullName)"))),
                .h1(.plain(context.t(Strings.correct))),
                .ol(.class("timeline"), entry(item, model, context, nil)),
                correctionForm(item, context, feedback)
            )
        }
    }

    static func correctionForm(_ item: Timeline.Item, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        let entry = item.entry
        let prefix = "c-\(entry.id.uuidString.prefix(8))"
        let value = { (key: String, fallback: String) in feedback?.values[key] ?? fallback }
        var replacementFields: Node<HTML.FormContext> = .empty
        switch item.effective ?? entry.payload {
        case .concern(let concern):
            replacementFields = .group(
                Components.field(context.t(Strings.level), id: "\(prefix)-level", levelSelect(id: "\(prefix)-level", selected: value("level", String(concern.level.rawValue)), context)),
                .input(.type(.hidden), .name("source"), .value(concern.source.rawValue)),
                Components.field(context.t(Strings.description), id: "\(prefix)-description",
                    .textarea(.id("\(prefix)-description"), .name("description"), .attribute(named: "rows", value: "3"), .plain(value("description", concern.description)))))
        case .journalNote(let note):
            replacementFields = Components.field(context.t(Strings.noteText), id: "\(prefix)-text",
                .textarea(.id("\(prefix)-text"), .name("text"), .attribute(named: "rows", value: "3"), .plain(value("text", note.text))))
        default:
            break
        }
        return .group(
            .unwrap(feedback) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0.message)) },
            .form(.id("correct-form"), .class("entry-form"), .action("/children/\(entry.child.uuidString)/entries/\(entry.id.uuidString)/correct"), .method(.post),
                csrfField(context),
                Components.field(context.t(Strings.correctionReason), id: "\(prefix)-reason",
                    .input(.id("\(prefix)-reason"), .name("reason"), .type(.text), .value(escapeAttribute(value("reason", ""))), .required(true))),
                replacementFields,
                .element(named: "fieldset", nodes: [
                    .class("check"),
                    .element(named: "legend", nodes: [.class("visually-hidden"), .plain(context.t(Strings.voidLegend))]),
                    .input(.id("\(prefix)-void"), .name("void"), .type(.checkbox), .value("1")),
                    .label(.for("\(prefix)-void"), .plain(context.t(Strings.voidEntry))),
                ]),
                .button(.type(.submit), .plain(context.t(Strings.saveCorrection)))
            )
        )
    }

    // MARK: - Forms

    static func levelSelect<C: HTML.BodyContext>(id: String, selected: String, _ context: PageContext) -> Node<C> {
        let options: [Node<HTML.SelectContext>] = ConcernLevel.allCases.map { level in
            Components.option(value: String(level.rawValue), text: context.levelName(level), selected: selected == String(level.rawValue))
        }
        return Components.select(id: id, name: "level", options)
    }

    static func error(_ feedback: FormFeedback?, field: String) -> String? {
        feedback?.field == field ? feedback?.message : nil
    }

    static func concernForm(_ base: String, ageGroup: AgeGroup, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        let value = { (key: String, fallback: String) in feedback?.values[key] ?? fallback }
        return .form(.id("concern-form"), .class("entry-form"), .action(base + "/concerns"), .method(.post),
            .h2(.plain(context.t(Strings.addConcern))),
            csrfField(context),
            Components.field(context.t(Strings.level), id: "concern-level", error: error(feedback, field: "level"),
                             levelSelect(id: "concern-level", selected: value("level", "3"), context)),
            ConcernScaleController.guidance(for: ageGroup, context),
            Components.field(context.t(Strings.source), id: "concern-source", error: error(feedback, field: "source"),
                Components.select(id: "concern-source", name: "source", ConcernSource.allCases.map { source in
                    Components.option(value: source.rawValue, text: context.t(Strings.concernSource(source)), selected: value("source", "teacher") == source.rawValue)
                })),
            Components.field(context.t(Strings.description), id: "concern-description", error: error(feedback, field: "description"),
                .textarea(.id("concern-description"), .name("description"), .attribute(named: "rows", value: "4"), .required(true), .plain(value("description", "")))),
            Components.field(context.t(Strings.occurredAt), id: "concern-occurred", error: error(feedback, field: "occurredAt"),
                .input(.id("concern-occurred"), .name("occurredAt"), .attribute(named: "type", value: "datetime-local"), .required(true), .value(escapeAttribute(value("occurredAt", Format.dateTimeLocal(context.now)))))),
            ChildrenController.shownField("occurredAt", context),
            .button(.id("concern-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))
        )
    }

    static func noteForm(_ base: String, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        let value = { (key: String, fallback: String) in feedback?.values[key] ?? fallback }
        return .form(.id("note-form"), .class("entry-form"), .action(base + "/notes"), .method(.post),
            .h2(.plain(context.t(Strings.addNote))),
            csrfField(context),
            Components.field(context.t(Strings.noteText), id: "note-text", error: error(feedback, field: "text"),
                .textarea(.id("note-text"), .name("text"), .attribute(named: "rows", value: "5"), .required(true), .plain(value("text", "")))),
            Components.field(context.t(Strings.occurredAt), id: "note-occurred", error: error(feedback, field: "occurredAt"),
                .input(.id("note-occurred"), .name("occurredAt"), .attribute(named: "type", value: "datetime-local"), .required(true), .value(escapeAttribute(value("occurredAt", Format.dateTimeLocal(context.now)))))),
            ChildrenController.shownField("occurredAt", context),
            .button(.id("note-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))
        )
    }

    static func assignForm(_ model: ChildPageModel, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        .form(.id("assign-form"), .class("entry-form"), .action(base(model) + "/assign"), .method(.post),
            .h2(.plain(context.t(Strings.assignCaseworker))),
            csrfField(context),
            Components.field(context.t(Strings.caseworker), id: "assign-caseworker", error: error(feedback, field: "caseworker"),
                Components.select(id: "assign-caseworker", name: "caseworker", assignOptions(model, context))),
            .button(.id("assign-submit"), .type(.submit), .plain(context.t(Strings.assignCaseworker)))
        )
    }

    static func assignOptions(_ model: ChildPageModel, _ context: PageContext) -> [Node<HTML.SelectContext>] {
        let current = model.summary?.caseworker ?? model.user.id
        return model.assignable.map { user in
            let label = "\(user.displayName) (\(context.t(Strings.role(user.role))))"
            return Components.option(value: user.id.uuidString, text: label, selected: user.id == current)
        }
    }

    static func closeForm(_ base: String, _ context: PageContext, _ feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        .form(.id("close-form"), .class("entry-form"), .action(base + "/close"), .method(.post),
            .h2(.plain(context.t(Strings.closeCase))),
            csrfField(context),
            Components.field(context.t(Strings.reason), id: "close-reason", error: error(feedback, field: "reason"),
                .input(.id("close-reason"), .name("reason"), .type(.text), .required(true), .value(escapeAttribute(feedback?.values["reason"] ?? "")))),
            .button(.id("close-submit"), .type(.submit), .plain(context.t(Strings.closeCase)))
        )
    }
}
