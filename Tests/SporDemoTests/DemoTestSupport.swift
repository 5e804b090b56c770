import Foundation
import SporDomain
@testable import SporDemo

/// FNV-1a over everything the generator produces, to compare two runs.
struct Digest {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        value ^= 0xFF
        value = value &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ entry: Entry) {
        add(entry.id.uuidString)
        add(entry.child.uuidString)
        add(entry.author.uuidString)
        add(entry.kind.rawValue)
        add("\(entry.occurredAt.timeIntervalSince1970) \(entry.recordedAt.timeIntervalSince1970) \(entry.municipality)")
        add(entry.corrects?.uuidString ?? "-")
        add(entry.payload)
    }

    /// Spelled out here rather than through JSONEncoder, whose output may differ between platforms.
    mutating func add(_ payload: EntryPayload) {
        switch payload {
        case .concern(let concern):
            add("\(concern.level.rawValue) \(concern.source.rawValue) \(concern.description)")
            if let absence = concern.absence { add("absence \(absence.share) \(absence.from.iso) \(absence.to.iso)") }
        case .journalNote(let note): add(note.earlyHelp ? "early-help \(note.text)" : note.text)
        case .consultation(let c): add("\(c.askedBy.rawValue) \(c.anonymousRecord?.uuidString ?? "-") \(c.question) \(c.advice)")
        case .caseworkerAssigned(let assignment): add(assignment.caseworker.uuidString)
        case .caseClosed(let closure): add(closure.reason)
        case .correction(let correction):
            add(correction.reason)
            if let replacement = correction.replacement { add(replacement) }
        case .notification(let n):
            add("\(n.notifierKind.rawValue) \(n.notifierUser?.uuidString ?? "-") \(n.profession?.rawValue ?? "-") \(n.dialogBased) \(n.concernsAbuse) \(n.description)")
            add("\(n.channel.rawValue) \(n.notifierName ?? "-") \(n.notifierContact ?? "-")")
        case .urgencyAssessment(let a):
            add("\(a.notification) \(a.inDanger) \(a.acuteMeasures) \(a.nextStep.rawValue) \(a.reasoning)")
        case .receiptSent(let r): add("\(r.notification) \(r.text)")
        case .notifierFeedback(let f): add("\(f.notification) \(f.ledToInvestigation) \(f.text)")
        case .networkMeeting(let m):
            let p = m.participants
            add("\(p.child) \(p.parents) \(p.network) \(p.professions.map(\.rawValue)) \(m.worries) \(m.workingWell) \(m.needsToHappen) \(m.safetyScale)")
            for action in m.actions { add("\(action.id) \(action.what) \(action.owner) \(action.due)") }
            if let view = m.childsView { add("\(view.worries) \(view.goodThings) \(view.dreams)") }
            add(m.completedActions.map(\.uuidString).joined(separator: ","))
        case .focusedAssessment(let start), .investigation(let start):
            add("\(start.reason) \(start.dialogBased) \(start.needKnownOn?.iso ?? "-") \(start.notification?.uuidString ?? "-")")
        case .focusedAssessmentConcluded(let c), .investigationConcluded(let c):
            add("\(c.start) \(c.triangle.childsDevelopment) \(c.triangle.parentingCapacity) \(c.triangle.familyAndNetwork)")
            add("\(c.childsViews) \(c.parentsViews) \(c.conclusion)")
        case .preliminaryAssessment(let p):
            add("\(p.investigation) \(p.assessment) \(p.reasonForDelay) \(p.expectedConclusion.iso)")
        case .childConversation(let c):
            add("\(c.heldBy) \(c.place)")
            if let b = c.bisidder { add("\(b.name) \(b.relation) \(b.age)") }
            switch c.outcome {
            case .childsWords(let words): add("words \(words)")
            case .notHeld(let reason): add("not held \(reason)")
            }
        case .ownViews(let v):
            add("\(v.who.rawValue) \(v.parent?.uuidString ?? "-") \(v.meetingOn?.iso ?? "-") \(v.text ?? "-")")
            for answer in v.scale { add("\(answer.question) \(answer.value) \(answer.maximum)") }
        case .decision(let d):
            add("\(d.outcome.rawValue) \(d.offers.joined(separator: ",")) \(d.legalBasis.rawValue) \(d.purpose) \(d.expectedEnd?.iso ?? "-")")
            add("\(d.consent.custodyHolders?.rawValue ?? "-") \(d.consent.youngPerson?.rawValue ?? "-") \(d.complaintGuidanceToChild) \(d.makesChildsPlan.map(String.init) ?? "-")")
            switch d.childsViews {
            case .heardIn(let entry): add("heard in \(entry)")
            case .notHeard(let reason): add("not heard \(reason)")
            }
            if let placement = d.homecoming { add("homecoming from \(placement)") }
        case .measureStarted(let m):
            add("\(m.offer) \(m.decision?.uuidString ?? "-") \(m.legalBasis.rawValue) \(m.group?.uuidString ?? "-") \(m.parent?.uuidString ?? "-")")
        case .measureEnded(let e): add("\(e.measure) \(e.reason.rawValue) \(e.note ?? "-")")
        case .placementStarted(let p):
            add("\(p.offer) \(p.kind.rawValue) \(p.decision) \(p.legalBasis.rawValue) \(p.nearHome) \(p.schoolKept) \(p.contactArrangements)")
            if let started = p.schoolingStarted { add("schooling started \(started.iso)") }
            for sibling in p.siblings ?? [] {
                add("sibling \(sibling.sibling) \(sibling.siblingPlaced) \(sibling.placedTogether) \(sibling.assessment?.rawValue ?? "-") \(sibling.notRelevantReason ?? "-")")
            }
        case .placementEnded(let e):
            add("\(e.placement) \(e.reason.rawValue) \(e.note ?? "-")")
            if let plan = e.homecomingPlan { add("homecoming plan \(plan)") }
        case .homecomingPlan(let p):
            add("\(p.placement) \(p.decision) \(p.homecomingOn.iso) \(p.support.joined(separator: ",")) \(p.familyContact) \(p.school) "
                + "\(p.followUpMonths) \(p.note ?? "-")")
        case .homecomingFollowUp(let f): add("\(f.homecoming) \(f.assessment) \(f.nextFollowUp?.iso ?? "-")")
        case .fosterCarers(let f):
            add("\(f.placement)")
            for carer in f.carers { add("\(carer.person) \(carer.fullName) \(carer.networkRelation?.rawValue ?? "-")") }
        case .plan(let p):
            add("\(p.kind.rawValue) \(p.supersedes?.uuidString ?? "-") \(p.childsHopes ?? "-") \(p.madeWithChild) \(p.madeWithParents)")
            for goal in p.goals {
                add("\(goal.id) \(goal.what) \(goal.byWhen.iso) \(goal.howWeWillKnow)")
                if let area = goal.area { add("area \(area.rawValue)") }
            }
            for activity in p.leisure ?? [] { add("leisure \(activity.id) \(activity.kind.rawValue) \(activity.name) \(activity.support.rawValue)") }
        case .followUp(let f):
            add("\(f.measures.map(\.uuidString).joined(separator: ",")) \(f.assessment) \(f.outcome.rawValue)")
            add("\(f.nextFollowUp?.iso ?? "-") \(f.nextFollowUpReason ?? "-")")
            for rating in f.ratings { add("\(rating.goal) \(rating.rating.rawValue) \(rating.note ?? "-")") }
            for activity in f.leisure ?? [] {
                add("leisure \(activity.id) \(activity.kind.rawValue) \(activity.name) \(activity.support.rawValue) \(activity.status?.rawValue ?? "-")")
            }
        case .transition(let t): add("\(t.from.rawValue) \(t.to.rawValue) \(t.note ?? "-")")
        case .handoverMeeting(let m):
            add("\(m.from.rawValue) \(m.to.rawValue) \(m.participants.joined(separator: ",")) \(m.childPresent) \(m.familyPresent) \(m.plan)")
        case .taskCompleted(let c):
            add("\(c.task.trigger) \(c.task.action?.uuidString ?? "-") \(c.outcome.rawValue) \(c.completedOn.iso) \(c.comment)")
        case .deadlineNotRelevant(let m): add("\(m.rule) \(m.trigger) \(m.action?.uuidString ?? "-") \(m.reason)")
        case .letter(let l):
            add("\(l.kind.rawValue) \(l.template) \(l.templateVersion) \(l.concerns?.uuidString ?? "-") \(l.plainLanguage) \(l.subject) \(l.body)")
            for r in l.recipients { add("\(r.role.rawValue) \(r.name) \(r.person?.uuidString ?? "-")") }
            for f in l.files { add(f) }
        case .letterHandedOver(let h): add("\(h.letter) \(h.channel) \(h.reference ?? "-")")
        case .attachment(let a):
            add("\(a.title) \(a.dated.iso) \(a.sender)")
            add(a.file)
        case .schooling(let s): add("\(s.setting.rawValue) \(s.institution ?? "-") \(s.grade ?? "-") \(s.from.iso)")
        case .contactPlan(let p):
            add("\(p.placement) \(p.supersedes?.uuidString ?? "-") \(p.person?.uuidString ?? "-") \(p.otherName ?? "-") \(p.visits) "
                + "\(p.period.rawValue) \(p.supervised.map(String.init) ?? "-") \(p.from.iso) \(p.note ?? "-")")
        case .contactVisit(let v):
            add("\(v.plan) \(v.day.iso) \(v.cancelledBy?.rawValue ?? "-") \(v.reason ?? "-") \(v.note ?? "-")")
        case .preparednessStep(let s):
            add("\(s.notification) \(s.step.rawValue) \(s.parentsSuspected.map(String.init) ?? "-") \(s.conversation?.uuidString ?? "-") "
                + "\(s.police?.rawValue ?? "-") \(s.childrensHouse?.rawValue ?? "-") \(s.reason ?? "-") \(s.note ?? "-")")
        }
    }
}

extension Digest {
    mutating func add(_ file: StoredFile) { add("\(file.sha256) \(file.size) \(file.mediaType) \(file.name)") }
}

/// Everything one run produced, small enough to compare.
struct DemoSummary: Equatable {
    var staff = 0
    var teams = 0
    var families = 0
    var children = 0
    var parents = 0
    var entries = 0
    var digest = Digest().value
}

enum DemoFixture {
    /// A fixed "now": Wednesday 15 April 2026, 14:30 in Copenhagen.
    static let end = DanishTime.instant(LocalDate(year: 2026, month: 4, day: 15)!, hour: 14, minute: 30)

    static func summary(_ generator: DemoGenerator) -> DemoSummary {
        var digest = Digest()
        var summary = DemoSummary()
        for member in generator.staff() {
            digest.add("\(member.id) \(member.username) \(member.displayName) \(member.role.rawValue) \(member.team ?? "-")")
        }
        for team in generator.teams() { digest.add("\(team.id) \(team.name) \(team.district)") }
        summary.staff = generator.staff().count
        summary.teams = generator.teams().count
        for family in generator.families() {
            summary.families += 1
            summary.parents += family.parents.count
            for parent in family.parents { digest.add("\(parent.id) \(parent.fullName)") }
            for relation in family.relations {
                digest.add("\(relation.child) \(relation.person) \(relation.kind.rawValue) \(relation.hasCustody)")
            }
            for child in family.children {
                summary.children += 1
                let c = child.child
                digest.add("\(c.id) \(c.fullName) \(c.birthDate) \(c.sex.rawValue) \(c.district) \(c.institution ?? "-") \(child.cpr)")
                for entry in child.entries {
                    summary.entries += 1
                    digest.add(entry)
                }
            }
        }
        summary.digest = digest.value
        return summary
    }
}
