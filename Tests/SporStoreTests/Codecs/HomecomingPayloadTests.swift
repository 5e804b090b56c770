import XCTest
@testable import SporDomain
@testable import SporStore

/// The homecoming's and the foster carers' payloads in the store (issue 24, item 3): the extended decision and placement
/// end are read by their hand-written readers as Codable reads them, with and without the new members (old data), and the
/// new kinds read back from their stored form.
final class HomecomingPayloadTests: XCTestCase {
    let placement = UUID(), plan = UUID(), decision = UUID(), end = UUID()
    let day = LocalDate(year: 2026, month: 3, day: 2)!

    func testTheDecisionAndEndReadersReadTheHomecomingMembersAsCodableDoesAndOldPayloadsWithout() throws {
        let payloads: [EntryPayload] = [
            .decision(Decision(offers: [], legalBasis: .placementWithConsent, reasons: "Forældrene kan igen", purpose: "Hjem",
                               expectedEnd: day, consent: Consent(), childsViews: .notHeard(reason: "For ung"),
                               complaintGuidanceToChild: false, homecoming: placement)),
            .decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, purpose: "Støtte", expectedEnd: day,
                               consent: Consent(custodyHolders: .given), childsViews: .notHeard(reason: "For ung"), complaintGuidanceToChild: false)),
            .placementEnded(PlacementEnd(placement: placement, reason: .homecoming, note: "Hjem", homecomingPlan: plan)),
            .placementEnded(PlacementEnd(placement: placement, reason: .homecoming)),
        ]
        for payload in payloads {
            let json = try payload.encodedJSON()
            // The thing under test
            let direct = try EntryPayload.readDirectly(kind: payload.kind, try PayloadJSONDecoder.parse(json))
            // Check
            XCTAssertEqual(direct, payload, json)
            XCTAssertEqual(direct, try PayloadDecodingTests.throughCodable(payload.kind, json), json)
        }
        // An end stored before the homecoming had a course: no `homecomingPlan` member at all.
        let old = #"{"placement":"\#(placement.uuidString)","reason":"homecoming"}"#
        XCTAssertEqual(try EntryPayload.decodeStored(kind: .placementEnded, json: old),
                       .placementEnded(PlacementEnd(placement: placement, reason: .homecoming)))
    }

    func testTheNewKindsReadBackFromTheirStoredForm() throws {
        let payloads: [EntryPayload] = [
            .homecomingPlan(HomecomingPlan(placement: placement, decision: decision, homecomingOn: day, support: ["familiebehandling", "fast-kontaktperson"],
                                           familyContact: "Ugentligt møde <b>", school: "Allingåbro Skole", followUpMonths: 6, note: "\"Godt\"")),
            .homecomingPlan(HomecomingPlan(placement: placement, decision: decision, homecomingOn: day, support: [], familyContact: "Møde",
                                           school: "Skole", followUpMonths: 12)),
            .homecomingFollowUp(HomecomingFollowUp(homecoming: end, assessment: "Trives", nextFollowUp: day)),
            .homecomingFollowUp(HomecomingFollowUp(homecoming: end, assessment: "Afsluttet")),
            .fosterCarers(FosterCarers(placement: placement, carers: [
                FosterCarer(person: UUID(), givenName: "Birthe", familyName: "<script>Hansen", networkRelation: .grandparent),
                FosterCarer(person: UUID(), givenName: "Ole", familyName: "Hansen"),
            ])),
        ]
        for payload in payloads {
            XCTAssertEqual(try EntryPayload.decodeStored(kind: payload.kind, json: try payload.encodedJSON()), payload)
        }
    }
}
