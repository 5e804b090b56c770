import Foundation

/// The rules an entry must meet before it joins a course.
public enum JournalRules {
    /// Longest free text accepted in one field (a long journal note is a few pages).
    public static let maximumTextLength = 20_000
    /// Clocks differ a little between a browser and the server.
    public static let clockTolerance: TimeInterval = 5 * 60
    /// No course in Spor holds an event before this (children and young people up to 22, from 2000 on): an earlier
    /// time is a mistyped year (0001, 1900), which once saved could never be removed.
    public static let earliestEvent = DanishTime.startOfDay(LocalDate(year: 2000, month: 1, day: 1)!)

    /// Throws unless `instant` lies between `earliestEvent` (or the child's birth, when known) and now.
    public static func requirePlausible(_ instant: Date, now: Date, birthDate: LocalDate? = nil, field: String = "occurredAt") throws(DomainError) {
        guard instant <= now.addingTimeInterval(clockTolerance) else { throw DomainError(.occurredInFuture, field: field) }
        guard instant >= earliestEvent else { throw DomainError(.occurredTooEarly, field: field) }
        if let birthDate, instant < DanishTime.startOfDay(birthDate) { throw DomainError(.occurredBeforeBirth, field: field) }
    }

    /// Throws the first rule `entry` breaks, given the course so far and the time now. The course's steps also read
    /// `context`: the child's birth date, the offers catalogue and the course rules.
    public static func validate(_ entry: Entry, in timeline: Timeline, now: Date,
                                context: JournalContext = JournalContext()) throws(DomainError) {
        try requirePlausible(entry.occurredAt, now: now, birthDate: context.birthDate)
        try validateBeforeBirth(entry, context: context)
        try validate(payload: entry.payload, timeline: timeline)
        try validateSchool(entry, now: now, context: context)
        switch entry.payload {
        case .correction(let correction):
            guard let targetID = entry.corrects, let target = timeline.entry(id: targetID) else {
                throw DomainError(.correctionTargetMissing)
            }
            guard target.child == entry.child else { throw DomainError(.correctionOtherChild) }
            guard target.kind != .correction else { throw DomainError(.correctionOfCorrection) }
            if let replacement = correction.replacement {
                guard replacement.kind == target.kind else { throw DomainError(.correctionKindMismatch) }
                // A replacement stands where the original stood: at its time, in its course.
                let replaced = Entry(id: target.id, municipality: target.municipality, child: target.child, payload: replacement,
                                     occurredAt: target.occurredAt, recordedAt: entry.recordedAt, author: target.author)
                try validateCourse(replaced, in: timeline, context: context)
                // An amended feedback still says what the journal shows (§ 138).
                if case .notifierFeedback(let feedback) = replacement, feedback.ledToInvestigation != timeline.ledToInvestigation(feedback.notification) {
                    throw DomainError(.feedbackContradictsJournal, field: "ledToInvestigation")
                }
            }
        case .urgencyAssessment(let step as any NotificationStep), .receiptSent(let step as any NotificationStep),
             .notifierFeedback(let step as any NotificationStep):
            try validateStep(step, entry: entry, timeline: timeline)
        case .networkMeeting(let meeting):
            let day = DanishTime.localDate(of: entry.occurredAt)
            guard meeting.actions.allSatisfy({ $0.due >= day }) else { throw DomainError(.actionDueBeforeMeeting, field: "actions") }
        case .taskCompleted, .deadlineNotRelevant:
            guard entry.corrects == nil else { throw DomainError(.correctionKindMismatch) }
            try validateTask(entry, in: timeline, now: now, context: context)
        case .caseClosed:
            // Open at the moment of closing, as the course reads in the order things happened.
            let before = Timeline(timeline.entries.filter { $0.occurredAt <= entry.occurredAt })
            let state = before.state()
            guard state.isOpen else { throw DomainError(.caseAlreadyClosed) }
            // A measure or placement is ended by its own step (with its reason), not left running under a closed case.
            guard state.activeMeasures.isEmpty else {
                throw DomainError(.caseHasRunningMeasures, names: state.activeMeasures.map { context.offers[$0.offer]?.name ?? $0.offer })
            }
        default:
            guard entry.corrects == nil else { throw DomainError(.correctionKindMismatch) }
            try validateCourse(entry, in: timeline, context: context)
        }
    }

    static func validate(payload: EntryPayload, timeline: Timeline) throws(DomainError) {
        switch payload {
        case .concern(let concern):
            try requireText(concern.description, field: "description")
        case .consultation(let consultation):
            try requireText(consultation.question, field: "question")
            try requireText(consultation.advice, field: "advice")
        case .notification(let notification):
            try requireText(notification.description, field: "description")
            for (text, field) in [(notification.notifierName, "notifierName"), (notification.notifierContact, "notifierContact")] {
                guard let text else { continue }
                guard text.count <= Notification.maximumNotifierTextLength else { throw DomainError(.textTooLong, field: field) }
            }
        case .networkMeeting(let meeting):
            try requireText(meeting.worries, field: "worries")
            try requireText(meeting.workingWell, field: "workingWell")
            try requireText(meeting.needsToHappen, field: "needsToHappen")
            guard (0...10).contains(meeting.safetyScale) else { throw DomainError(.safetyScaleInvalid, field: "safetyScale") }
            for action in meeting.actions { try requireText(action.what, field: "actions") }
            if let view = meeting.childsView {
                guard meeting.participants.child else { throw DomainError(.childsViewWithoutChild, field: "childsView") }
                for text in [view.worries, view.goodThings, view.dreams] where text.count > maximumTextLength {
                    throw DomainError(.textTooLong, field: "childsView")
                }
            }
        case .urgencyAssessment(let assessment):
            try requireText(assessment.reasoning, field: "reasoning")
        case .homecomingPlan, .homecomingFollowUp, .fosterCarers:
            // Read with their time, course and context: see `validateCourse`.
            break
        case .receiptSent(let receipt):
            try requireText(receipt.text, field: "text")
        case .notifierFeedback(let feedback):
            try requireText(feedback.text, field: "text")
        case .journalNote(let note):
            try requireText(note.text, field: "text")
        case .caseworkerAssigned, .schooling:
            // A schooling entry is read with the child's birth date and today: `validateSchool`.
            break
        case .focusedAssessment, .focusedAssessmentConcluded, .investigation, .investigationConcluded, .preliminaryAssessment,
             .childConversation, .ownViews, .decision, .measureStarted, .measureEnded, .placementStarted, .placementEnded, .plan,
             .followUp, .transition, .handoverMeeting, .contactPlan, .contactVisit, .preparednessStep:
            // Read with their time, course and context: see `validateCourse`.
            break
        case .caseClosed(let closure):
            try requireText(closure.reason, field: "reason")
        case .taskCompleted(let completion):
            try validateComment(of: completion)
        case .deadlineNotRelevant(let mark):
            guard !mark.reason.isBlank else { throw DomainError(.notRelevantReasonMissing, field: "reason") }
            try requireText(mark.reason, field: "reason")
        case .correction(let correction):
            try requireText(correction.reason, field: "reason")
            if let replacement = correction.replacement {
                try validate(payload: replacement, timeline: timeline)
            }
        case .letter(let letter):
            try requireText(letter.subject, field: "subject")
            guard !letter.body.isBlank else { throw DomainError(.textMissing, field: "body") }
            guard letter.body.count <= Letter.maximumBodyLength else { throw DomainError(.textTooLong, field: "body") }
            guard !letter.recipients.isEmpty else { throw DomainError(.recipientMissing, field: "recipients") }
            for recipient in letter.recipients { try requireText(recipient.name, field: "recipients") }
            guard !letter.files.isEmpty else { throw DomainError(.fileInvalid, field: "files") }
            for file in letter.files { try validate(file) }
            if let concerns = letter.concerns, timeline.entry(id: concerns) == nil { throw DomainError(.entryMissing, field: "concerns") }
        case .letterHandedOver(let handover):
            guard let sent = timeline.entry(id: handover.letter), sent.kind == .letter else { throw DomainError(.entryMissing, field: "letter") }
            try requireText(handover.channel, field: "channel")
        case .attachment(let attachment):
            try requireText(attachment.title, field: "title")
            try requireText(attachment.sender, field: "sender")
            try validate(attachment.file)
        }
    }

    /// A stored file's reference: a SHA-256 in lower-case hex, a size, a media type and a name.
    static func validate(_ file: StoredFile) throws(DomainError) {
        let hex = Set("0123456789abcdef")
        guard file.sha256.count == 64, file.sha256.allSatisfy(hex.contains), file.size > 0, !file.mediaType.isBlank else {
            throw DomainError(.fileInvalid, field: "file")
        }
        try requireText(file.name, field: "file")
    }

    /// A step on a notification needs the notification, comes after it, and is done once; a receipt and
    /// feedback go only to a notifier with skærpet underretningspligt (§ 133; a private notifier is not a party).
    static func validateStep(_ step: any NotificationStep, entry: Entry, timeline: Timeline) throws(DomainError) {
        guard let original = timeline.entry(id: step.notification), case .notification(let notification) = original.payload,
              original.child == entry.child else {
            throw DomainError(.notificationMissing)
        }
        // Times typed in a form have whole minutes: the minute of the notification itself is not before it.
        guard entry.occurredAt > original.occurredAt.addingTimeInterval(-60) else {
            throw DomainError(.beforeNotification, field: "occurredAt")
        }
        if entry.kind != .urgencyAssessment, !notification.notifierKind.hasHeightenedDuty {
            throw DomainError(.notProfessionalNotifier)
        }
        // § 137: the reassessment of a child who already receives help is signed by someone new to the case.
        if case .urgencyAssessment(let assessment) = entry.payload, assessment.nextStep == .reassessment,
           !isNewToCase(author: entry.author, before: original.occurredAt, in: timeline) {
            throw DomainError(.reassessmentNeedsNewPerson)
        }
        // § 138: the notifier is told what followed, as the journal shows it (the form offers it; the API cannot say otherwise).
        if case .notifierFeedback(let feedback) = entry.payload, feedback.ledToInvestigation != timeline.ledToInvestigation(step.notification) {
            throw DomainError(.feedbackContradictsJournal, field: "ledToInvestigation")
        }
        let done = timeline.items.contains { item in
            item.effective != nil && item.entry.kind == entry.kind
                && (item.effective.flatMap { $0.notificationStep?.notification }) == step.notification
        }
        guard !done else { throw DomainError(.alreadyDone) }
    }

    public static func requireText(_ text: String, field: String) throws(DomainError) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(.textMissing, field: field)
        }
        guard text.count <= maximumTextLength else { throw DomainError(.textTooLong, field: field) }
    }
}
