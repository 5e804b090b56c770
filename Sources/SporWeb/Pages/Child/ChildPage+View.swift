import Foundation
import Plot
import SporDomain
import SporStore

/// The child page: who the child is, the state of the case, forms to write, and the timeline newest first.
enum ChildPageView {
    /// The page's body; `refusal` is a refused form of the page (`concern`, `note`, `assign`, `close`, or a
    /// notification's step `assess-…`, `receipt-…`, `feedback-…`), shown with what was typed.
    static func body(_ model: ChildPageModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let part = model.timelinePart(today: DanishTime.localDate(of: context.now))
        return .group(
            header(model, context),
            glance(model, context),
            .div(.class("child-layout"),
                .section(.class("timeline-section"), .attribute(named: "aria-labelledby", value: "timeline-heading"),
                    .h2(.id("timeline-heading"), .plain(context.t(Strings.timeline))),
                    timelineFilterForm(model, context),
                    yearLinks(model, part, context),
                    timeline(model, part, context, refusal)),
                .section(.class("forms"), .attribute(named: "aria-label", value: context.t(Strings.addConcern)),
                    .unwrap(refusal.flatMap { $0.form.hasPrefix("correct-") ? nil : $0 }) { refusal in
                        .div(.class("error"), .attribute(named: "role", value: "alert"),
                             .plain("\(context.t(Strings.formHasErrors)) \(refusal.message)"))
                    },
                    .if(model.child.isExpected, expectedActions(model, context)),
                    preparednessSection(model, context, refusal),
                    courseSteps(model, context),
                    concernForm(model, context, refusal),
                    noteForm(model, context, refusal),
                    schoolSection(model, context, refusal),
                    contactSection(model, context, refusal),
                    fosterCarersSection(model, context, refusal),
                    homecomingSection(model, context, refusal),
                    assignForm(model, context, refusal),
                    .if(model.summary?.isOpen == true, closeForm(model, context, refusal)))
            )
        )
    }

    static func header(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let child = model.child
        let history = model.state.concernHistory
        return .header(.class("child-header"),
            .h1(.plain(ExpectedText.name(child, context))),
            facts(model, context),
            .p(.class("child-links"),
                .if(context.user?.role == .teamLead,
                    .a(.href(SiteURL.child(child.id, .accessLog).path), .plain(context.t(Strings.showAccessLog)))),
                .plain(" "),
                .a(.href(SiteURL.child(child.id, .export).path), .plain(context.t(Strings.exportLink))),
                .plain(" "),
                .a(.id("family-access-link"), .href(SiteURL.child(child.id, .family).path), .plain(context.t(Strings.familyAccessLink)))),
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

    /// Who the child is and where the case stands (the page's header and its print).
    static func facts(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let child = model.child
        let caseworker = model.summary?.caseworker.flatMap { model.staff[$0]?.displayName }
        let status: LocalizedText = model.summary?.isOpen == true ? Strings.caseOpen : (model.timeline.entries.isEmpty ? Strings.caseNone : Strings.caseClosedStatus)
        return .div(.class("facts"),
            .if(child.isExpected, expectedFacts(model, context), else: .group(
                fact(Strings.columnAge, .plain(Format.age(child.birthDate, on: context.now, context.language)), context),
                fact(Strings.birthDate, .plain(Format.date(child.birthDate, context.language)), context),
                fact(Strings.cprLabel, .plain(child.birthDate.maskedCPR), context))),
            fact(Strings.columnDistrict, .plain(child.district), context),
            fact(Strings.institution, .plain(place(model, context)), context),
            fact(Strings.caseStatus, .plain(context.t(status)), context),
            fact(Strings.columnCaseworker, .plain(caseworker ?? context.t(Strings.noCaseworker)), context),
            fact(Strings.columnConcern, concern(model, context), context))
    }

    /// Where the child is now: the journal's latest school or work status when it has one (so the header never
    /// contradicts "Skole og beskæftigelse"), else the institution the register gives.
    static func place(_ model: ChildPageModel, _ context: PageContext) -> String {
        let current = model.timeline.schooling(on: DanishTime.localDate(of: context.now)) ?? model.timeline.schoolingHistory.last?.schooling
        guard let current else { return model.child.institution ?? context.t(Strings.none) }
        return ([context.t(Strings.schoolingSetting(current.setting))] + [current.institution].compactMap { $0 }).joined(separator: ", ")
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

    /// The chosen part of the timeline, newest first, each run of entries under the phase the case was in; forms only
    /// where the page is not printed (`refusal` nil and `printing`).
    static func timeline(_ model: ChildPageModel, _ part: TimelinePart, _ context: PageContext, _ refusal: Refusal?,
                         printing: Bool = false) -> Node<HTML.BodyContext> {
        guard part.total > 0 else { return .p(.class("empty"), .plain(context.t(Strings.timelineEmpty))) }
        let yearText = part.year.map(String.init) ?? ""
        return .group(
            .p(.class("count"), .plain(part.year == nil
                ? context.t(Strings.filterShowing, String(part.shown), String(part.total)) + " " + context.t(Strings.timelineSearchShown)
                : context.t(Strings.timelineYearShown, yearText, String(part.shown), String(part.total)))),
            .if(part.groups.isEmpty && part.year != nil, .p(.class("empty"), .plain(context.t(Strings.timelineYearEmpty, yearText)))),
            .ol(.id("timeline"), .class("timeline"), .forEach(part.groups) { group in
                .li(.class("phase-group phase-\(group.phase.rawValue)"),
                    .h3(.class("phase-heading"), .plain(context.t(Strings.casePhase(group.phase)))),
                    .ol(.class("phase-entries"), .forEach(group.items) { item in
                        printing ? printedEntry(item, model, context) : entry(item, model, context, refusal)
                    }))
            }))
    }

    /// The years with entries, newest first, each a link to its part of the timeline (the filter kept), and the print
    /// layout of the part shown.
    static func yearLinks(_ model: ChildPageModel, _ part: TimelinePart, _ context: PageContext) -> Node<HTML.BodyContext> {
        let page = SiteURL.child(model.child.id)
        let printQuery = model.filter.query([("year", part.year.map(String.init) ?? ""), ("print", "1")])
        return .nav(.class("timeline-years"), .attribute(named: "aria-label", value: context.t(Strings.timelineYears)),
            .if(part.years.count > 1 || part.year == nil, .ul(.forEach(part.years) { year in
                // From a search (every year), a year's link leaves the search: the year is the part to read.
                .li(.a(.href(page.path(query: model.filter.isSearch
                        ? TimelineFilter(significantOnly: model.filter.significantOnly).query([("year", String(year))])
                        : model.filter.query([("year", String(year))]))),
                       .if(year == part.year, .attribute(named: "aria-current", value: "page")),
                       .plain(String(year))))
            })),
            .a(.id("print-link"), .class("print-link"), .href(page.path(query: printQuery)), .plain(context.t(Strings.printLink))))
    }

    /// The concern level, or that abuse is suspected (a notification about abuse in the case as it stands).
    static func concern(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let since = model.timeline.abuseSuspectedSince else { return Components.concernBadge(model.summary?.concernLevel, context) }
        return .group(.span(.class("concern abuse-suspected"), .plain(context.t(Strings.abuseSuspected))),
                      .span(.class("meta"), .plain(" " + context.t(Strings.abuseNotifiedOn, Format.date(DanishTime.localDate(of: since), context.language)))),
                      .unwrap(model.summary?.concernLevel) { .group(.plain(" "), Components.concernBadge($0, context)) })
    }

    /// Who recorded `entry`, as the reader may see it: a professional's own notification names its notifier as its
    /// author, which a reader outside the case is not told.
    static func author(of entry: Entry, _ model: ChildPageModel, _ context: PageContext) -> String {
        if entry.kind == .notification && !model.showsNotifier { return context.t(Strings.none) }
        return model.staff[entry.author]?.displayName ?? (entry.kind == .ownViews ? context.t(Strings.viaPortal) : context.t(Strings.none))
    }

    static func entry(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.ListContext> {
        let entry = item.entry
        let author = ChildPageView.author(of: entry, model, context)
        return .li(.class(item.isCorrected ? "entry corrected kind-\(entry.kind.rawValue)" : "entry kind-\(entry.kind.rawValue)"),
            .id("entry-\(entry.id.uuidString)"),
            .div(.class("entry-head"),
                .span(.class("entry-kind"), .plain(context.t(Strings.entryKind(entry.kind)))),
                .plain(" "),
                .time(.datetime(Format.machine(entry.occurredAt)), .plain(Format.dateTime(entry.occurredAt, context.language))),
                .if(item.isCorrected, .span(.class("mark"), .plain(item.effective == nil ? context.t(Strings.voidedMark) : context.t(Strings.correctedMark))))
            ),
            entryBody(item, model, context),
            .p(.class("meta"), .plain(context.t(Strings.recordedBy, author, Format.dateTime(entry.recordedAt, context.language)))),
            notificationSteps(item, model, context, refusal),
            letterLink(item, model, context),
            .p(.a(.class("correct-link"), .href(SiteURL.child(entry.child, .correct(.value(entry.id))).path),
                  .plain(context.t(Strings.correct))))
        )
    }

    /// The steps still owed on a notification: the assessment, a receipt and feedback to a professional.
    static func notificationSteps(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext,
                                  _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        guard case .notification(let notification)? = item.effective else { return .empty }
        let id = item.entry.id
        let done = Set(model.timeline.items.compactMap { other -> EntryKind? in
            guard let step = other.effective?.notificationStep, step.notification == id else { return nil }
            return other.entry.kind
        })
        let action = { (step: SiteURL.NotificationAction) in SiteURL.child(model.child.id, .notification(.value(id), step)).path }
        // § 138: a receipt and feedback to a notifier with skærpet underretningspligt (§ 133) only.
        let professional = notification.notifierKind.hasHeightenedDuty
        let short = id.uuidString.prefix(8)
        let assess = FormFields(context, idPrefix: "a-\(short)", form: "assess-\(id.uuidString)", refusal: refusal,
                                ids: ["inDanger": "a-\(short)-danger", "acuteMeasures": "a-\(short)-acute", "nextStep": "a-\(short)-next"])
        let receipt = FormFields(context, idPrefix: "r-\(short)", form: "receipt-\(id.uuidString)", refusal: refusal, ids: ["sentAt": "r-\(short)-sent"])
        let feedback = FormFields(context, idPrefix: "f-\(short)", form: "feedback-\(id.uuidString)", refusal: refusal)
        let draft = context.t(Strings.receiptDraft, model.child.givenName, Format.dateTime(item.entry.occurredAt, context.language))
        return .div(.class("steps"),
            .if(!done.contains(.urgencyAssessment),
                .details(.class("step"), .open(true),
                    .summary(.plain(context.t(Strings.assessNotification, model.dueNumber(.urgencyAssessment)))),
                    .form(.class("assessment-form"), .action(action(.assessment)), .method(.post),
                        csrfField(context),
                        assess.questionYesNo("inDanger", Strings.inDanger),
                        assess.questionYesNo("acuteMeasures", Strings.acuteMeasures),
                        assess.question("nextStep", Strings.nextStepLabel, NextStep.allCases.map { ($0.rawValue, context.t(Strings.nextStep($0))) }),
                        assess.area("reasoning", Strings.reasoning, required: true),
                        assessmentStarts(notification: id, received: DanishTime.localDate(of: item.entry.occurredAt),
                                         chosen: assess.value("nextStep"), model, context),
                        .button(.type(.submit), .class("primary"), .plain(context.t(Strings.save)))))),
            .if(professional && !done.contains(.receiptSent),
                .details(.class("step"), .if(receipt.isReturned, .open(true)),
                    .summary(.plain(context.t(Strings.sendReceipt, model.dueNumber(.receipt)))),
                    .form(.class("receipt-form"), .action(action(.receipt)), .method(.post),
                        csrfField(context),
                        receipt.area("text", Strings.receiptText, required: true, rows: 4, fallback: draft),
                        receipt.dateTime("sentAt", Strings.sentAt),
                        .button(.type(.submit), .class("primary"), .plain(context.t(Strings.sendReceipt, model.dueNumber(.receipt))))))),
            .if(professional && done.contains(.urgencyAssessment) && !done.contains(.notifierFeedback),
                .details(.class("step"), .if(feedback.isReturned, .open(true)),
                    .summary(.plain(context.t(Strings.giveFeedback))),
                    .form(.class("feedback-form"), .action(action(.feedback)), .method(.post),
                        csrfField(context),
                        notificationFollowUp(id, model, context),
                        feedback.area("text", Strings.feedbackText, required: true, rows: 4, fallback: feedbackDraft(item, model, context)),
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
                absenceLine(concern.absence, context),
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
        case .homecomingPlan, .homecomingFollowUp, .fosterCarers:
            return homecomingPayload(payload, model, context)
        case .focusedAssessment, .investigation, .focusedAssessmentConcluded, .investigationConcluded, .preliminaryAssessment,
             .childConversation, .ownViews, .decision, .measureStarted, .measureEnded, .placementStarted, .placementEnded,
             .plan, .followUp, .transition, .handoverMeeting:
            return coursePayload(payload, model, context)
        case .taskCompleted, .deadlineNotRelevant:
            return taskPayload(payload, model, context)
        case .letter, .letterHandedOver:
            return letterPayload(payload, model, context)
        case .attachment(let attachment):
            return attachmentPayload(attachment, model, context)
        case .schooling(let schooling):
            return schoolingPayload(schooling, context)
        case .contactPlan, .contactVisit:
            return contactPayload(payload, model, context)
        case .preparednessStep(let step):
            return preparednessPayload(step, model, context)
        }
    }

    // MARK: - Forms

    /// The concern levels as options (the professional's submission form uses it too).
    static func levelSelect<C: HTML.BodyContext>(id: String, selected: String, _ context: PageContext) -> Node<C> {
        let options: [Node<HTML.SelectContext>] = ConcernLevel.allCases.map { level in
            FormFields.option(value: String(level.rawValue), text: context.levelName(level), selected: selected == String(level.rawValue))
        }
        return FormFields.select(id: id, name: "level", options)
    }

    static func levelOptions(_ context: PageContext) -> [(value: String, text: String)] {
        ConcernLevel.allCases.map { (String($0.rawValue), context.levelName($0)) }
    }

    static func concernForm(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "concern", form: "concern", refusal: refusal, ids: ["occurredAt": "concern-occurred"])
        let ageGroup = AgeGroup.of(birthDate: model.child.birthDate, on: DanishTime.localDate(of: context.now))
        return .form(.id("concern-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .concerns).path), .method(.post),
            .h2(.plain(context.t(Strings.addConcern))),
            csrfField(context),
            fields.choice("level", Strings.level, levelOptions(context), fallback: "3"),
            ConcernScaleController.guidance(for: ageGroup, context),
            fields.choice("source", Strings.source, ConcernSource.allCases.map { ($0.rawValue, context.t(Strings.concernSource($0))) }, fallback: "teacher"),
            fields.area("description", Strings.description, required: true, rows: 4),
            fields.dateTime(),
            .button(.id("concern-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))
        )
    }

    static func noteForm(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "note", form: "note", refusal: refusal, ids: ["occurredAt": "note-occurred"])
        return .form(.id("note-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .notes).path), .method(.post),
            .h2(.plain(context.t(Strings.addNote))),
            csrfField(context),
            fields.area("text", Strings.noteText, required: true, rows: 5),
            fields.dateTime(),
            .button(.id("note-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))
        )
    }

    static func assignForm(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "assign", form: "assign", refusal: refusal)
        let current = model.summary?.caseworker ?? model.user.id
        let options = model.assignable.map { user in (user.id.uuidString, "\(user.displayName) (\(context.t(Strings.role(user.role))))") }
        return .form(.id("assign-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .assign).path), .method(.post),
            .h2(.plain(context.t(Strings.assignCaseworker))),
            csrfField(context),
            fields.choice("caseworker", Strings.caseworker, options, fallback: current.uuidString),
            .button(.id("assign-submit"), .type(.submit), .plain(context.t(Strings.assignCaseworker)))
        )
    }

    /// Closing is a deliberate act on its own page, which shows what is still open first.
    static func closeForm(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        .div(.id("close-case"), .class("entry-form"),
            .h2(.plain(context.t(Strings.closeCase))),
            .p(.a(.id("close-link"), .href(SiteURL.child(model.child.id, .close).path), .plain(context.t(Strings.closeCase)))))
    }
}
