import XCTest
@testable import SporDomain
@testable import SporStore
@testable import SporDemo

/// The journal's own JSON reader (`PayloadJSONDecoder`) gives back every payload a generated municipality holds.
final class PayloadDecodingTests: XCTestCase {
    /// The demo's fixed "now" (`DemoFixture.end` in SporDemoTests): Wednesday 15 April 2026, 14:30 in Copenhagen.
    static let end = DanishTime.instant(LocalDate(year: 2026, month: 4, day: 15)!, hour: 14, minute: 30)

    func testEveryGeneratedPayloadReadsBackFromItsStoredForm() throws {
        var kinds: Set<EntryKind> = []
        var checked = 0
        for family in DemoGenerator(DemoConfiguration(children: 1_500, end: Self.end)).families() {
            for child in family.children {
                for entry in child.entries {
                    // The thing under test: the stored form, read back.
                    let read = try EntryPayload.decodeStored(kind: entry.kind, json: try entry.payload.encodedJSON())
                    XCTAssertEqual(read, entry.payload, "\(entry.kind) \(entry.id)")
                    kinds.insert(entry.kind)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
        let expected: Set<EntryKind> = [.concern, .notification, .urgencyAssessment, .receiptSent, .networkMeeting, .journalNote,
                                        .caseworkerAssigned, .caseClosed, .correction, .decision, .measureStarted, .placementStarted,
                                        .plan, .followUp, .transition, .handoverMeeting, .childConversation, .investigationConcluded]
        XCTAssertTrue(kinds.isSuperset(of: expected), "not generated: \(expected.subtracting(kinds))")
    }

    /// The hand-written readers of the commonest kinds read every generated payload of their kinds themselves (rather than
    /// giving it to Codable), and read what Codable reads.
    func testTheHandWrittenReadersReadEveryGeneratedPayloadOfTheirKindsAsCodableDoes() throws {
        let handRead: Set<EntryKind> = [.journalNote, .followUp, .concern, .notification, .urgencyAssessment, .caseClosed, .receiptSent,
                                        .notifierFeedback, .caseworkerAssigned, .childConversation, .networkMeeting, .plan, .decision,
                                        .measureStarted, .measureEnded, .focusedAssessment, .investigation, .focusedAssessmentConcluded,
                                        .investigationConcluded, .consultation, .transition, .handoverMeeting, .preliminaryAssessment,
                                        .placementStarted, .placementEnded, .contactPlan, .contactVisit]
        var read: [EntryKind: Int] = [:]
        for family in DemoGenerator(DemoConfiguration(children: 600, end: Self.end)).families() {
            for child in family.children {
                for entry in child.entries where handRead.contains(entry.kind) {
                    let json = try entry.payload.encodedJSON()
                    let direct = try EntryPayload.readDirectly(kind: entry.kind, try PayloadJSONDecoder.parse(json))
                    XCTAssertEqual(direct, try Self.throughCodable(entry.kind, json), "\(entry.kind) \(json)")
                    read[entry.kind, default: 0] += 1
                }
            }
        }
        XCTAssertEqual(Set(read.keys), handRead)
        XCTAssertNil(try EntryPayload.readDirectly(kind: .correction, .object([])), "kinds without a reader go to Codable")
    }

    /// The contact plan's and visit's readers (the demo writes none) read every shape of them as Codable does: a plan with a
    /// person or a named other, superseding or not, a note or none; a visit held or cancelled. A plan still unanswered on
    /// supervision reads as unanswered.
    func testTheContactReadersReadPlansAndVisitsAsCodableDoes() throws {
        let placement = UUID(), person = UUID(), earlier = UUID(), plan = UUID()
        let payloads: [EntryPayload] = [
            .contactPlan(ContactPlan(placement: placement, person: person, visits: 1, period: .fortnight, supervised: true,
                                     from: LocalDate(year: 2026, month: 3, day: 2)!)),
            .contactPlan(ContactPlan(placement: placement, supersedes: earlier, otherName: "Morfar \"Ib\" <b>", visits: 2, period: .month,
                                     supervised: false, from: LocalDate(year: 2026, month: 4, day: 1)!, note: "Hos plejefamilien")),
            .contactPlan(ContactPlan(placement: placement, person: person, visits: 3, period: .week, supervised: nil,
                                     from: LocalDate(year: 2026, month: 4, day: 1)!)),
            .contactVisit(ContactVisit(plan: plan, day: LocalDate(year: 2026, month: 3, day: 16)!, note: "Gik godt")),
            .contactVisit(ContactVisit(plan: plan, day: LocalDate(year: 2026, month: 3, day: 30)!, cancelledBy: .municipality, reason: "Ingen bil")),
        ]
        for payload in payloads {
            let json = try payload.encodedJSON()
            // The thing under test
            let direct = try EntryPayload.readDirectly(kind: payload.kind, try PayloadJSONDecoder.parse(json))
            // Check
            XCTAssertEqual(direct, payload, json)
            XCTAssertEqual(direct, try Self.throughCodable(payload.kind, json), json)
        }
        let missing = try PayloadJSONDecoder.parse(#"{"plan":"not a uuid","day":"2026-03-16"}"#)
        XCTAssertThrowsError(try EntryPayload.readDirectly(kind: .contactVisit, missing), "an unexpected member goes to Codable")
    }

    /// A placement's siblings (issue 24, item 2; the demo writes none) read as Codable reads them: placed together, assessed,
    /// asked for, not relevant with its reason; a placement stored before the question reads as nil, an empty list as empty.
    func testThePlacementReaderReadsItsSiblingsAsCodableDoes() throws {
        let start = { (siblings: [SiblingAtPlacement]?) in
            EntryPayload.placementStarted(PlacementStart(offer: "foster-family", kind: .fosterFamily, decision: UUID(), legalBasis: .placementWithConsent,
                                                         nearHome: true, schoolKept: false, contactArrangements: "Weekend", siblings: siblings))
        }
        let payloads = [
            start(nil), start([]),
            start([SiblingAtPlacement(sibling: UUID(), siblingPlaced: true, placedTogether: true),
                   SiblingAtPlacement(sibling: UUID(), siblingPlaced: false, placedTogether: false, assessment: .askedFor),
                   SiblingAtPlacement(sibling: UUID(), siblingPlaced: false, placedTogether: false, assessment: .assessed),
                   SiblingAtPlacement(sibling: UUID(), siblingPlaced: false, placedTogether: false, assessment: .notRelevant,
                                      notRelevantReason: "Voksen \"søster\" <b>")]),
        ]
        for payload in payloads {
            let json = try payload.encodedJSON()
            // The thing under test
            let direct = try EntryPayload.readDirectly(kind: .placementStarted, try PayloadJSONDecoder.parse(json))
            // Check
            XCTAssertEqual(direct, payload, json)
            XCTAssertEqual(direct, try Self.throughCodable(.placementStarted, json), json)
        }
    }

    static func throughCodable(_ kind: EntryKind, _ json: String) throws -> EntryPayload {
        func read<T: Decodable>(_ type: T.Type) throws -> T { try PayloadJSONDecoder.decode(T.self, from: json) }
        switch kind {
        case .journalNote: return .journalNote(try read(JournalNote.self))
        case .followUp: return .followUp(try read(FollowUp.self))
        case .concern: return .concern(try read(Concern.self))
        case .notification: return .notification(try read(Notification.self))
        case .urgencyAssessment: return .urgencyAssessment(try read(UrgencyAssessment.self))
        case .caseClosed: return .caseClosed(try read(CaseClosure.self))
        case .receiptSent: return .receiptSent(try read(Receipt.self))
        case .notifierFeedback: return .notifierFeedback(try read(NotifierFeedback.self))
        case .caseworkerAssigned: return .caseworkerAssigned(try read(CaseworkerAssignment.self))
        case .childConversation: return .childConversation(try read(ChildConversation.self))
        case .networkMeeting: return .networkMeeting(try read(NetworkMeeting.self))
        case .plan: return .plan(try read(ChildsPlan.self))
        case .decision: return .decision(try read(Decision.self))
        case .measureStarted: return .measureStarted(try read(MeasureStart.self))
        case .measureEnded: return .measureEnded(try read(MeasureEnd.self))
        case .focusedAssessment: return .focusedAssessment(try read(AssessmentStart.self))
        case .investigation: return .investigation(try read(AssessmentStart.self))
        case .focusedAssessmentConcluded: return .focusedAssessmentConcluded(try read(AssessmentConclusion.self))
        case .investigationConcluded: return .investigationConcluded(try read(AssessmentConclusion.self))
        case .consultation: return .consultation(try read(Consultation.self))
        case .transition: return .transition(try read(Transition.self))
        case .handoverMeeting: return .handoverMeeting(try read(HandoverMeeting.self))
        case .preliminaryAssessment: return .preliminaryAssessment(try read(PreliminaryAssessment.self))
        case .placementStarted: return .placementStarted(try read(PlacementStart.self))
        case .placementEnded: return .placementEnded(try read(PlacementEnd.self))
        case .contactPlan: return .contactPlan(try read(ContactPlan.self))
        case .contactVisit: return .contactVisit(try read(ContactVisit.self))
        default: throw DomainError(.entryKindNotWritable)
        }
    }
}
