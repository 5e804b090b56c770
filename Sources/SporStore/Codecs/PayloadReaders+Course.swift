import Foundation
import SporDomain

extension EntryPayload {
    /// Hand-written readers for the kinds of the course after the intake (see `readDirectly`); nil: read by Codable.
    static func readCourseDirectly(kind: EntryKind, _ value: JSONValue) throws(PayloadObject.Unexpected) -> EntryPayload? {
        switch kind {
        case .childConversation:
            let conversation = try PayloadObject(value)
            return .childConversation(ChildConversation(
                heldBy: try conversation.uuid("heldBy"), place: try conversation.string("place"),
                bisidder: try conversation.objectIfPresent("bisidder").map { bisidder throws(PayloadObject.Unexpected) in
                    Bisidder(name: try bisidder.string("name"), relation: try bisidder.string("relation"), age: try bisidder.int("age"))
                },
                outcome: try conversation.object("outcome").childConversationOutcome()))
        case .networkMeeting:
            let meeting = try PayloadObject(value)
            let participants = try meeting.object("participants")
            return .networkMeeting(NetworkMeeting(
                participants: NetworkMeeting.Participants(
                    child: try participants.bool("child"), parents: try participants.bool("parents"),
                    network: try participants.bool("network"), professions: try participants.cases("professions")),
                worries: try meeting.string("worries"), workingWell: try meeting.string("workingWell"),
                needsToHappen: try meeting.string("needsToHappen"), safetyScale: try meeting.int("safetyScale"),
                actions: try meeting.objects("actions") { action throws(PayloadObject.Unexpected) in
                    NetworkMeeting.AgreedAction(id: try action.uuid("id"), what: try action.string("what"),
                                                owner: try action.uuid("owner"), due: try action.date("due"))
                },
                childsView: try meeting.objectIfPresent("childsView").map { view throws(PayloadObject.Unexpected) in
                    NetworkMeeting.ThreeHouses(worries: try view.string("worries"), goodThings: try view.string("goodThings"),
                                               dreams: try view.string("dreams"))
                },
                completedActions: try meeting.uuids("completedActions")))
        case .plan:
            let plan = try PayloadObject(value)
            return .plan(ChildsPlan(
                kind: try plan.case("kind"), supersedes: try plan.uuidIfPresent("supersedes"),
                goals: try plan.objects("goals") { goal throws(PayloadObject.Unexpected) in
                    ChildsPlan.Goal(id: try goal.uuid("id"), what: try goal.string("what"), byWhen: try goal.date("byWhen"),
                                    howWeWillKnow: try goal.string("howWeWillKnow"), area: try goal.caseIfPresent("area"))
                },
                childsHopes: try plan.stringIfPresent("childsHopes"), madeWithChild: try plan.bool("madeWithChild"),
                madeWithParents: try plan.bool("madeWithParents"), leisure: try plan.leisureIfPresent("leisure")))
        case .decision:
            let decision = try PayloadObject(value)
            let consent = try decision.object("consent")
            return .decision(Decision(
                outcome: try decision.case("outcome"), offers: try decision.strings("offers"),
                legalBasis: try decision.case("legalBasis"), bases: try decision.caseMapIfPresent("bases"),
                reasons: try decision.stringIfPresent("reasons"), purpose: try decision.string("purpose"),
                expectedEnd: try decision.dateIfPresent("expectedEnd"),
                consent: Consent(custodyHolders: try consent.caseIfPresent("custodyHolders"),
                                 youngPerson: try consent.caseIfPresent("youngPerson")),
                childsViews: try decision.object("childsViews").childsViews(),
                complaintGuidanceToChild: try decision.bool("complaintGuidanceToChild"),
                makesChildsPlan: try decision.boolIfPresent("makesChildsPlan"), homecoming: try decision.uuidIfPresent("homecoming")))
        case .measureStarted:
            let start = try PayloadObject(value)
            return .measureStarted(MeasureStart(offer: try start.string("offer"), decision: try start.uuidIfPresent("decision"),
                                                legalBasis: try start.case("legalBasis"), group: try start.uuidIfPresent("group"),
                                                parent: try start.uuidIfPresent("parent")))
        case .measureEnded:
            let end = try PayloadObject(value)
            return .measureEnded(MeasureEnd(measure: try end.uuid("measure"), reason: try end.case("reason"), note: try end.stringIfPresent("note")))
        case .focusedAssessment:
            return .focusedAssessment(try PayloadObject(value).assessmentStart())
        case .investigation:
            return .investigation(try PayloadObject(value).assessmentStart())
        case .focusedAssessmentConcluded:
            return .focusedAssessmentConcluded(try PayloadObject(value).assessmentConclusion())
        case .investigationConcluded:
            return .investigationConcluded(try PayloadObject(value).assessmentConclusion())
        case .consultation:
            let consultation = try PayloadObject(value)
            return .consultation(Consultation(
                askedBy: try consultation.case("askedBy"), question: try consultation.string("question"),
                advice: try consultation.string("advice"), anonymousRecord: try consultation.uuidIfPresent("anonymousRecord")))
        case .transition:
            let transition = try PayloadObject(value)
            return .transition(Transition(from: try transition.case("from"), to: try transition.case("to"), note: try transition.stringIfPresent("note")))
        case .handoverMeeting:
            let meeting = try PayloadObject(value)
            return .handoverMeeting(HandoverMeeting(
                from: try meeting.case("from"), to: try meeting.case("to"), participants: try meeting.strings("participants"),
                childPresent: try meeting.bool("childPresent"), familyPresent: try meeting.bool("familyPresent"), plan: try meeting.string("plan")))
        case .preliminaryAssessment:
            let preliminary = try PayloadObject(value)
            return .preliminaryAssessment(PreliminaryAssessment(
                investigation: try preliminary.uuid("investigation"), assessment: try preliminary.string("assessment"),
                reasonForDelay: try preliminary.string("reasonForDelay"), expectedConclusion: try preliminary.date("expectedConclusion")))
        case .placementStarted:
            let start = try PayloadObject(value)
            return .placementStarted(PlacementStart(
                offer: try start.string("offer"), kind: try start.case("kind"), decision: try start.uuid("decision"),
                legalBasis: try start.case("legalBasis"), nearHome: try start.bool("nearHome"), schoolKept: try start.bool("schoolKept"),
                contactArrangements: try start.string("contactArrangements"), schoolingStarted: try start.dateIfPresent("schoolingStarted"),
                siblings: start.valueIfPresent("siblings") == nil ? nil : try start.objects("siblings") { sibling throws(PayloadObject.Unexpected) in
                    SiblingAtPlacement(sibling: try sibling.uuid("sibling"), siblingPlaced: try sibling.bool("siblingPlaced"),
                                       placedTogether: try sibling.bool("placedTogether"), assessment: try sibling.caseIfPresent("assessment"),
                                       notRelevantReason: try sibling.stringIfPresent("notRelevantReason"))
                }))
        case .placementEnded:
            let end = try PayloadObject(value)
            return .placementEnded(PlacementEnd(placement: try end.uuid("placement"), reason: try end.case("reason"), note: try end.stringIfPresent("note"),
                                                homecomingPlan: try end.uuidIfPresent("homecomingPlan")))
        default:
            if let contact = try readContactDirectly(kind: kind, value) { return contact }
            return try readPreparednessDirectly(kind: kind, value)
        }
    }
}

extension PayloadObject {
    /// A whole number, as `PayloadJSONDecoder` reads an `Int`: its text must be one.
    func int(_ key: String) throws(Unexpected) -> Int {
        guard case .number(let digits) = try value(key), let number = Int(digits) else { throw Unexpected() }
        return number
    }

    func date(_ key: String) throws(Unexpected) -> LocalDate {
        guard let date = LocalDate(iso: try string(key)) else { throw Unexpected() }
        return date
    }

    func object(_ key: String) throws(Unexpected) -> PayloadObject {
        try PayloadObject(try value(key))
    }

    func objectIfPresent(_ key: String) throws(Unexpected) -> PayloadObject? {
        guard let value = valueIfPresent(key) else { return nil }
        return try PayloadObject(value)
    }

    func strings(_ key: String) throws(Unexpected) -> [String] {
        guard case .array(let elements) = try value(key) else { throw Unexpected() }
        var texts: [String] = []
        texts.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element else { throw Unexpected() }
            texts.append(text)
        }
        return texts
    }

    /// An array of cases of an enumeration, each written as its raw text.
    func cases<Case: RawRepresentable>(_ key: String) throws(Unexpected) -> [Case] where Case.RawValue == String {
        guard case .array(let elements) = try value(key) else { throw Unexpected() }
        var cases: [Case] = []
        cases.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element, let known = Case(rawValue: text) else { throw Unexpected() }
            cases.append(known)
        }
        return cases
    }

    /// As `ChildConversation.Outcome.init(from:)`: the child's words when given (not null), else the reason is required.
    func childConversationOutcome() throws(Unexpected) -> ChildConversation.Outcome {
        if let words = try stringIfPresent("childsWords") { return .childsWords(words) }
        return .notHeld(reason: try string("notHeldReason"))
    }

    /// As `ChildsViews.init(from:)`: both members are read, then the form's rule; neither is Codable's (the domain's) error.
    func childsViews() throws(Unexpected) -> ChildsViews {
        let entry = try uuidIfPresent("heardIn")
        let reason = try stringIfPresent("notHeardReason")
        do { return try ChildsViews(heardIn: entry, notHeardReason: reason) } catch { throw Unexpected() }
    }

    func assessmentStart() throws(Unexpected) -> AssessmentStart {
        AssessmentStart(reason: try string("reason"), dialogBased: try bool("dialogBased"),
                        needKnownOn: try dateIfPresent("needKnownOn"), notification: try uuidIfPresent("notification"))
    }

    func assessmentConclusion() throws(Unexpected) -> AssessmentConclusion {
        let triangle = try object("triangle")
        return AssessmentConclusion(
            start: try uuid("start"),
            triangle: ICSTriangle(childsDevelopment: try triangle.string("childsDevelopment"),
                                  parentingCapacity: try triangle.string("parentingCapacity"),
                                  familyAndNetwork: try triangle.string("familyAndNetwork")),
            childsViews: try string("childsViews"), parentsViews: try string("parentsViews"), conclusion: try string("conclusion"))
    }
}
