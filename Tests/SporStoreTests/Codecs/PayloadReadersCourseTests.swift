import XCTest
@testable import SporDomain
@testable import SporStore

private let user = "C88E660E-60C2-4FCD-828F-20FAA53AB7F0"
private let entry = "5E15C85B-2351-453D-935D-25D22223C189"

/// The hand-written readers of the course's payloads read what they expect themselves and give up on anything else;
/// `EntryPayload.decodeStored` then gives the same value, or the same error, as Codable alone.
final class PayloadReadersCourseTests: XCTestCase {

    /// What Codable alone gives for a payload of `kind`, as text.
    func throughCodable(_ kind: EntryKind, _ json: String) -> String {
        func read<T: Decodable>(_ type: T.Type) throws -> T { try PayloadJSONDecoder.decode(T.self, from: json) }
        do {
            let payload: EntryPayload = switch kind {
            case .childConversation: .childConversation(try read(ChildConversation.self))
            case .networkMeeting: .networkMeeting(try read(NetworkMeeting.self))
            case .plan: .plan(try read(ChildsPlan.self))
            case .decision: .decision(try read(Decision.self))
            case .measureStarted: .measureStarted(try read(MeasureStart.self))
            case .measureEnded: .measureEnded(try read(MeasureEnd.self))
            case .focusedAssessment: .focusedAssessment(try read(AssessmentStart.self))
            case .investigation: .investigation(try read(AssessmentStart.self))
            case .focusedAssessmentConcluded: .focusedAssessmentConcluded(try read(AssessmentConclusion.self))
            case .investigationConcluded: .investigationConcluded(try read(AssessmentConclusion.self))
            case .consultation: .consultation(try read(Consultation.self))
            case .transition: .transition(try read(Transition.self))
            case .handoverMeeting: .handoverMeeting(try read(HandoverMeeting.self))
            case .preliminaryAssessment: .preliminaryAssessment(try read(PreliminaryAssessment.self))
            case .placementStarted: .placementStarted(try read(PlacementStart.self))
            case .placementEnded: .placementEnded(try read(PlacementEnd.self))
            default: throw DomainError(.entryKindNotWritable)
            }
            return "\(payload)"
        } catch {
            return "error: \(error)"
        }
    }

    /// Each shape: whether the reader reads it itself, and that `EntryPayload.decodeStored` agrees with Codable alone.
    func check(_ kind: EntryKind, _ shapes: [(json: String, readsByHand: Bool)], file: StaticString = #filePath, line: UInt = #line) throws {
        for shape in shapes {
            let value = try PayloadJSONDecoder.parse(shape.json)
            XCTAssertEqual((try? EntryPayload.readDirectly(kind: kind, value)) != nil, shape.readsByHand, shape.json, file: file, line: line)
            let decoded: String
            do { decoded = "\(try EntryPayload.decodeStored(kind: kind, json: shape.json))" } catch { decoded = "error: \(error)" }
            let codable = throughCodable(kind, shape.json)
            XCTAssertEqual(decoded, codable, shape.json, file: file, line: line)
            // A shape the reader gives up on is one Codable refuses too (the shapes here are chosen so).
            XCTAssertEqual(codable.hasPrefix("error:"), !shape.readsByHand, "\(shape.json) → \(codable)", file: file, line: line)
        }
    }

    func testChildConversationsOfEveryOutcomeReadAsCodableReadsThem() throws {
        func conversation(_ outcome: String, _ more: String = "") -> String {
            #"{"heldBy":"\#(user)","place":"på skolen",\#(more)"outcome":\#(outcome)}"#
        }
        try check(.childConversation, [
            (conversation(#"{"childsWords":"Jeg er glad for min klasse."}"#), true),
            (conversation(#"{"childsWords":"Jeg er glad.","notHeldReason":"Ikke relevant."}"#,
                          #""bisidder":{"name":"Ole","relation":"morbror","age":34},"#), true),
            (conversation(#"{"childsWords":null,"notHeldReason":"Barnet er for lille."}"#, #""bisidder":null,"#), true),
            // No blank check in Codable's reading: a blank reason is read as it is.
            (conversation(#"{"notHeldReason":"","extra":[1,{}]}"#, #""extra":true,"#), true),
            // Given up on, and refused by Codable:
            (conversation("{}"), false),
            (conversation(#"{"childsWords":5,"notHeldReason":"Syg."}"#), false),
            (conversation(#"{"notHeldReason":null}"#), false),
            (conversation(#""Jeg er glad.""#), false),
            (conversation("null"), false),
            (#"{"heldBy":"\#(user)","place":"på skolen"}"#, false),
            (#"{"heldBy":"not-a-uuid","place":"på skolen","outcome":{"childsWords":"Hej."}}"#, false),
            (#"{"heldBy":"\#(user)","place":null,"outcome":{"childsWords":"Hej."}}"#, false),
            (conversation(#"{"childsWords":"Hej."}"#, #""bisidder":{"name":"Ole","relation":"morbror","age":"34"},"#), false),
            (conversation(#"{"childsWords":"Hej."}"#, #""bisidder":{"name":"Ole","relation":"morbror","age":34.5},"#), false),
            (conversation(#"{"childsWords":"Hej."}"#, #""bisidder":{"name":"Ole","relation":"morbror"},"#), false),
            (conversation(#"{"childsWords":"Hej."}"#, #""bisidder":[],"#), false),
        ])
        let read = try EntryPayload.decodeStored(kind: .childConversation, json: conversation(#"{"notHeldReason":"Barnet ville ikke."}"#))
        XCTAssertEqual(read, .childConversation(ChildConversation(heldBy: UUID(uuidString: user)!, place: "på skolen",
                                                                  outcome: .notHeld(reason: "Barnet ville ikke."))))
    }

    func testDecisionsWithEveryShapeOfTheirNestedValuesReadAsCodableReadsThem() throws {
        func decision(consent: String = #"{"custodyHolders":"given"}"#, childsViews: String = #"{"heardIn":"\#(entry)"}"#,
                      _ more: String = #""outcome":"granted","offers":["familiebehandling"],"legalBasis":"helpInTheHome","expectedEnd":"2026-06-30","complaintGuidanceToChild":true"#) -> String {
            #"{"purpose":"Ro i hjemmet.","consent":\#(consent),"childsViews":\#(childsViews),\#(more)}"#
        }
        try check(.decision, [
            (decision(), true),
            (decision(consent: "{}", childsViews: #"{"notHeardReason":"Barnet er for lille."}"#,
                      #""outcome":"refused","offers":[],"legalBasis":"treatment","expectedEnd":null,"complaintGuidanceToChild":false,"makesChildsPlan":false"#), true),
            (decision(consent: #"{"custodyHolders":null,"youngPerson":"refused","other":1}"#,
                      childsViews: #"{"heardIn":"\#(entry)","notHeardReason":"  "}"#), true),
            (decision(childsViews: #"{"heardIn":null,"notHeardReason":"Syg."}"#,
                      #""outcome":"granted","offers":["a","b"],"legalBasis":"contactPerson","complaintGuidanceToChild":true,"makesChildsPlan":null"#), true),
            // Given up on, and refused by Codable (the domain's refusal where neither the child was heard nor a reason given):
            (decision(childsViews: "{}"), false),
            (decision(childsViews: #"{"notHeardReason":"  "}"#), false),
            (decision(childsViews: #"{"heardIn":"\#(entry)","notHeardReason":5}"#), false),
            (decision(childsViews: #"{"heardIn":"not-a-uuid"}"#), false),
            (decision(childsViews: "null"), false),
            (decision(consent: #"{"custodyHolders":"maybe"}"#), false),
            (decision(consent: "null"), false),
            (decision(consent: "[]"), false),
            (#"{"purpose":"Ro.","childsViews":{"heardIn":"\#(entry)"},"outcome":"granted","offers":[],"legalBasis":"treatment","complaintGuidanceToChild":true}"#, false),
            (decision(#""outcome":"granted","offers":[],"legalBasis":"§ 32","complaintGuidanceToChild":true"#), false),
            (decision(#""outcome":"granted","offers":["a",null],"legalBasis":"treatment","complaintGuidanceToChild":true"#), false),
            (decision(#""outcome":"granted","offers":"a","legalBasis":"treatment","complaintGuidanceToChild":true"#), false),
            (decision(#""outcome":"granted","offers":[],"legalBasis":"treatment","expectedEnd":"2026-02-30","complaintGuidanceToChild":true"#), false),
            (decision(#""offers":[],"legalBasis":"treatment","complaintGuidanceToChild":true"#), false),
            (decision(#""outcome":"granted","offers":[],"legalBasis":"treatment","complaintGuidanceToChild":true,"makesChildsPlan":"yes""#), false),
            (decision(#""outcome":"granted","offers":[],"legalBasis":"treatment","complaintGuidanceToChild":null"#), false),
        ])
    }

    func testPlansWithEveryShapeOfGoalReadAsCodableReadsThem() throws {
        let goal = #"{"id":"\#(entry)","what":"Går i skole hver dag.","byWhen":"2026-12-31","howWeWillKnow":"Fraværet er under 5 %."}"#
        func plan(_ goals: String, _ more: String = #""kind":"childsPlan","madeWithChild":true,"madeWithParents":false"#) -> String {
            #"{"goals":\#(goals),\#(more)}"#
        }
        try check(.plan, [
            (plan("[\(goal)]"), true),
            (plan("[]", #""kind":"youngPersonsPlan","supersedes":"\#(user)","childsHopes":"At blive tømrer.","madeWithChild":false,"madeWithParents":true"#), true),
            (plan("[\(goal),\(goal)]", #""kind":"childsPlan","supersedes":null,"childsHopes":null,"madeWithChild":true,"madeWithParents":true,"x":{}"#), true),
            (plan(#"[{"id":"\#(entry)","what":"Sover.","byWhen":"2026-01-01","howWeWillKnow":"Dagbog.","rating":"reached"}]"#), true),
            // Given up on, and refused by Codable (a plan's kind has a default only in its initialiser):
            (plan("[]", #""madeWithChild":true,"madeWithParents":false"#), false),
            (plan("[]", #""kind":"plan","madeWithChild":true,"madeWithParents":false"#), false),
            (plan("[]", #""kind":"childsPlan","supersedes":"nope","madeWithChild":true,"madeWithParents":false"#), false),
            (plan("[]", #""kind":"childsPlan","madeWithChild":"true","madeWithParents":false"#), false),
            (plan("[]", #""kind":"childsPlan","childsHopes":["Tømrer"],"madeWithChild":true,"madeWithParents":false"#), false),
            (#"{"kind":"childsPlan","madeWithChild":true,"madeWithParents":false}"#, false),
            (plan("[null]"), false),
            (plan("{}"), false),
            (plan(#"[{"id":"\#(entry)","what":"Sover.","byWhen":"2026-13-01","howWeWillKnow":"Dagbog."}]"#), false),
            (plan(#"[{"id":"\#(entry)","what":"Sover.","byWhen":20260101,"howWeWillKnow":"Dagbog."}]"#), false),
            (plan(#"[{"what":"Sover.","byWhen":"2026-01-01","howWeWillKnow":"Dagbog."}]"#), false),
            (plan(#"[{"id":"\#(entry)","what":5,"byWhen":"2026-01-01","howWeWillKnow":"Dagbog."}]"#), false),
        ])
    }

    func testNetworkMeetingsWithEveryShapeOfActionReadAsCodableReadsThem() throws {
        let action = #"{"id":"\#(entry)","what":"Ring til skolen.","owner":"\#(user)","due":"2026-03-02"}"#
        let everyone = #"{"child":true,"parents":true,"network":false,"professions":["teacher","healthVisitor"]}"#
        func meeting(actions: String? = nil, participants: String? = nil, _ more: String = #""safetyScale":6,"completedActions":[]"#) -> String {
            let actions = actions ?? "[\(action)]", participants = participants ?? everyone
            return #"{"participants":\#(participants),"worries":"Fravær.","workingWell":"Mor kommer til møderne.","needsToHappen":"Faste morgener.","actions":\#(actions),\#(more)}"#
        }
        try check(.networkMeeting, [
            (meeting(), true),
            (meeting(actions: "[]", participants: #"{"child":false,"parents":true,"network":true,"professions":[]}"#,
                     #""safetyScale":0,"childsView":null,"completedActions":["\#(entry)","\#(user)"]"#), true),
            (meeting(#""safetyScale":10,"childsView":{"worries":"Mor er ked.","goodThings":"Fodbold.","dreams":"En hund."},"completedActions":[],"notes":"x""#), true),
            (meeting(actions: "[\(action),\(action)]", #""safetyScale":-0,"completedActions":[]"#), true),
            // Given up on, and refused by Codable:
            (meeting(#""safetyScale":6"#), false),
            (#"{"participants":\#(everyone),"worries":"F.","workingWell":"G.","needsToHappen":"H.","safetyScale":6,"completedActions":[]}"#, false),
            (meeting(actions: "{}"), false),
            (meeting(actions: "[null]"), false),
            (meeting(actions: #"[{"id":"\#(entry)","what":"Ring.","owner":"\#(user)","due":"i morgen"}]"#), false),
            (meeting(actions: #"[{"id":"\#(entry)","what":"Ring.","owner":null,"due":"2026-03-02"}]"#), false),
            (meeting(actions: #"[{"what":"Ring.","owner":"\#(user)","due":"2026-03-02"}]"#), false),
            (meeting(#""safetyScale":7.5,"completedActions":[]"#), false),
            (meeting(#""safetyScale":"7","completedActions":[]"#), false),
            (meeting(#""safetyScale":99999999999999999999,"completedActions":[]"#), false),
            (meeting(#""safetyScale":6,"completedActions":["nope"]"#), false),
            (meeting(#""safetyScale":6,"childsView":{"worries":"Mor er ked."},"completedActions":[]"#), false),
            (meeting(participants: #"{"child":true,"parents":true,"network":false,"professions":["teacher","janitor"]}"#), false),
            (meeting(participants: #"{"child":true,"parents":true,"network":false}"#), false),
            (meeting(participants: "null"), false),
        ])
    }

    func testTheOtherCourseReadersReadWhatTheyExpectAndGiveUpOnTheRest() throws {
        let triangle = #"{"childsDevelopment":"Trives.","parentingCapacity":"God.","familyAndNetwork":"Stort netværk."}"#
        let conclusion = #""childsViews":"Glad.","parentsViews":"Enige.","conclusion":"Grundlag for støtte.""#
        try check(.measureStarted, [
            (#"{"offer":"familiebehandling","decision":"\#(entry)","legalBasis":"helpInTheHome"}"#, true),
            (#"{"offer":"aaben-radgivning","decision":null,"legalBasis":"general"}"#, true),
            (#"{"offer":"aaben-radgivning","legalBasis":"earlyHelp"}"#, true),
            (#"{"offer":"aaben-radgivning","legalBasis":"none"}"#, false),
            (#"{"decision":"\#(entry)","legalBasis":"general"}"#, false),
        ])
        try check(.measureEnded, [
            (#"{"measure":"\#(entry)","reason":"goalsReached"}"#, true),
            (#"{"measure":"\#(entry)","reason":"other","note":"Flyttet."}"#, true),
            (#"{"measure":"\#(entry)","reason":"finished"}"#, false),
            (#"{"measure":"\#(entry)","reason":"other","note":1}"#, false),
        ])
        for kind: EntryKind in [.focusedAssessment, .investigation] {
            try check(kind, [
                (#"{"reason":"Fravær.","dialogBased":true}"#, true),
                (#"{"reason":"Fravær.","dialogBased":false,"needKnownOn":"2026-01-05","notification":"\#(entry)"}"#, true),
                (#"{"reason":"Fravær.","dialogBased":false,"needKnownOn":null,"notification":null}"#, true),
                // dialogBased has a default only in the initialiser: Codable requires it.
                (#"{"reason":"Fravær."}"#, false),
                (#"{"reason":"Fravær.","dialogBased":false,"needKnownOn":"5/1 2026"}"#, false),
            ])
        }
        for kind: EntryKind in [.focusedAssessmentConcluded, .investigationConcluded] {
            try check(kind, [
                (#"{"start":"\#(entry)","triangle":\#(triangle),\#(conclusion)}"#, true),
                (#"{"start":"\#(entry)","triangle":{"childsDevelopment":"Trives."},\#(conclusion)}"#, false),
                (#"{"start":"\#(entry)","triangle":null,\#(conclusion)}"#, false),
                (#"{"start":"\#(entry)",\#(conclusion)}"#, false),
            ])
        }
        try check(.consultation, [
            (#"{"askedBy":"teacher","question":"Fravær?","advice":"Tal med forældrene."}"#, true),
            (#"{"askedBy":"ppr","question":"Fravær?","advice":"Tal med forældrene.","anonymousRecord":"\#(entry)"}"#, true),
            (#"{"askedBy":"janitor","question":"Fravær?","advice":"Tal med forældrene."}"#, false),
            (#"{"askedBy":"teacher","question":"Fravær?","advice":"Tal med forældrene.","anonymousRecord":"x"}"#, false),
        ])
        try check(.transition, [
            (#"{"from":"daycare","to":"school"}"#, true),
            (#"{"from":"school","to":"youthEducation","note":"Efterskole."}"#, true),
            (#"{"from":"school","to":"university"}"#, false),
        ])
        try check(.handoverMeeting, [
            (#"{"from":"daycare","to":"school","participants":["pædagog","lærer"],"childPresent":true,"familyPresent":false,"plan":"Besøg."}"#, true),
            (#"{"from":"daycare","to":"school","participants":[],"childPresent":true,"familyPresent":false,"plan":"Besøg."}"#, true),
            (#"{"from":"daycare","to":"school","participants":["pædagog",1],"childPresent":true,"familyPresent":false,"plan":"Besøg."}"#, false),
            (#"{"from":"daycare","to":"school","childPresent":true,"familyPresent":false,"plan":"Besøg."}"#, false),
        ])
        try check(.preliminaryAssessment, [
            (#"{"investigation":"\#(entry)","assessment":"Bekymret.","reasonForDelay":"Venter på PPR.","expectedConclusion":"2026-05-01"}"#, true),
            (#"{"investigation":"\#(entry)","assessment":"Bekymret.","reasonForDelay":"Venter på PPR.","expectedConclusion":null}"#, false),
            (#"{"investigation":"\#(entry)","assessment":"Bekymret.","reasonForDelay":"Venter på PPR.","expectedConclusion":"2026-5-1"}"#, false),
        ])
        try check(.placementStarted, [
            (#"{"offer":"plejefamilie","kind":"fosterFamily","decision":"\#(entry)","legalBasis":"placementWithConsent","nearHome":true,"schoolKept":false,"contactArrangements":"Hver anden weekend."}"#, true),
            (#"{"offer":"plejefamilie","kind":"boardingSchool","decision":"\#(entry)","legalBasis":"placementWithConsent","nearHome":true,"schoolKept":false,"contactArrangements":"Hver anden weekend."}"#, false),
            (#"{"offer":"plejefamilie","kind":"fosterFamily","legalBasis":"placementWithConsent","nearHome":true,"schoolKept":false,"contactArrangements":"Hver anden weekend."}"#, false),
        ])
        try check(.placementEnded, [
            (#"{"placement":"\#(entry)","reason":"homecoming"}"#, true),
            (#"{"placement":"\#(entry)","reason":"ageLimit","note":null}"#, true),
            (#"{"placement":"\#(entry)","reason":"homecoming","note":["x"]}"#, false),
        ])
    }
}
