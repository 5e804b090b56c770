import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Participation in open offers (issue 23, item 4): the enrolment form (an outreach counsellor's, by CPR number; a
/// caseworker's, with their own children to pick; opened for one child), a refused enrolment, and a group's page before
/// and after it ended, in Danish and English (`__Snapshots__/ParticipationSnapshotTests`). What they do is asserted in
/// `ParticipationTests`.
final class ParticipationSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let offers = EnrolmentModel.enrollable(.standard)

    static let bo = Child(id: F.id(41), municipality: 707, givenName: "Bo", familyName: "Berg <b>",
                          birthDate: LocalDate(year: 2013, month: 6, day: 1)!, sex: .male, district: F.team.district)

    func testTheEnrolmentFormOfAnOutreachCounsellor() {
        assertPageSnapshots(named: "enrolment", user: F.outreach, path: SiteURL.participationNew.path) { context in
            EnrolmentView.body(EnrolmentModel(offers: Self.offers, pickable: []), refusal: nil, context)
        }
    }

    func testTheEnrolmentFormOfACaseworkerWithTheirChildren() {
        let pickable = [ChildListItem(id: ChildSnapshotTests.childID, name: "Alma Andersen", birthDate: ChildSnapshotTests.child.birthDate,
                                      district: F.team.district, isOpen: true, concernLevel: nil, caseworker: F.caseworker.id,
                                      caseworkerName: F.caseworker.displayName, team: F.team.id, lastEntryAt: nil)]
        assertPageSnapshots(named: "enrolment-pick", user: F.caseworker, path: SiteURL.participationNew.path) { context in
            EnrolmentView.body(EnrolmentModel(offers: Self.offers, pickable: pickable), refusal: nil, context)
        }
    }

    func testTheEnrolmentFormForAKnownChild() {
        assertPageSnapshots(named: "enrolment-known-child", user: F.caseworker,
                            path: SiteURL.participationNew.path(query: [("child", ChildSnapshotTests.childID.uuidString)])) { context in
            EnrolmentView.body(EnrolmentModel(offers: Self.offers, pickable: [], child: ChildSnapshotTests.child), refusal: nil, context)
        }
    }

    func testARefusedEnrolment() {
        assertPageSnapshots(named: "enrolment-refused", user: F.outreach, path: SiteURL.participation.path) { context in
            let values = FormValues(["offer": "skilsmissegrupper", "startDate": "2026-11-26", "cpr0": "<script>"])
            let refusal = Refusal(field: "cpr0", message: Strings.childNotFoundByIdentifier(context.language), values: values)
            return EnrolmentView.body(EnrolmentModel(offers: Self.offers, pickable: []), refusal: refusal, context)
        }
    }

    static func group(ended: Bool) -> ParticipationGroupModel {
        let offer = OfferCatalogue.standard["skilsmissegrupper"]
        let members = [ChildSnapshotTests.child, bo].enumerated().map { index, child in
            let start = Entry(id: F.id(60 + index), municipality: 707, child: child.id,
                              payload: .measureStarted(MeasureStart(offer: "skilsmissegrupper", decision: nil, legalBasis: .earlyHelp, group: F.id(59))),
                              occurredAt: F.now.addingTimeInterval(-30 * 86_400), recordedAt: F.now.addingTimeInterval(-30 * 86_400), author: F.outreach.id)
            return ParticipationGroupModel.Member(child: child, start: start,
                                                  ended: ended ? MeasureEnd(measure: start.id, reason: .goalsReached, note: "Godt forløb") : nil)
        }
        return ParticipationGroupModel(id: F.id(59), offer: offer, members: members)
    }

    func testAGroupTakingPart() {
        assertPageSnapshots(named: "group", user: F.outreach, path: SiteURL.participationGroup(.value(F.id(59))).path) { context in
            ParticipationGroupView.body(Self.group(ended: false), refusal: nil, context)
        }
    }

    func testMyGroups() {
        let model = ParticipationGroupsModel(
            running: [.init(id: F.id(59), offer: "Skilsmissegrupper <b>", started: LocalDate(year: 2026, month: 10, day: 1)!, members: 6, active: 5)],
            ended: [.init(id: F.id(58), offer: "Få styr på angsten", started: LocalDate(year: 2026, month: 3, day: 2)!, members: 8, active: 0)])
        assertPageSnapshots(named: "groups", user: F.outreach, path: SiteURL.participation.path) { context in
            ParticipationGroupsView.body(model, context)
        }
    }

    func testNoGroups() {
        assertPageSnapshots(named: "groups-none", user: F.caseworker, path: SiteURL.participation.path) { context in
            ParticipationGroupsView.body(ParticipationGroupsModel(running: [], ended: []), context)
        }
    }

    func testAnEndedGroup() {
        assertPageSnapshots(named: "group-ended", user: F.outreach, path: SiteURL.participationGroup(.value(F.id(59))).path) { context in
            ParticipationGroupView.body(Self.group(ended: true), refusal: nil, context)
        }
    }
}

/// The tracker's participation per initiative, with counts under 5 suppressed (`__Snapshots__/TrackerParticipationSnapshotTests`).
final class TrackerParticipationSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    func testTheTrackersParticipation() throws {
        var model = TrackerModel(content: try PolicySnapshotTests.content(), reportYear: 2025)
        model.participation = [
            "brus": [InitiativeParticipation.Row(half: .init(year: 2026, half: 1), children: 12, ended: [.goalsReached: 7, .declined: 2], ongoing: 3),
                     InitiativeParticipation.Row(half: .init(year: 2026, half: 2), children: 3, ended: [:], ongoing: 3)],
        ]
        assertPageSnapshots(named: "participation", user: F.policy, path: SiteURL.tracker.path) { context in
            TrackerParticipationView.body(model, context)
        }
    }
}

/// The enrolment form opened for a child with a parent who may take part (`__Snapshots__/ParticipationParentSnapshotTests`).
final class ParticipationParentSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    func testTheEnrolmentFormOffersTheChildsParents() {
        let model = EnrolmentModel(offers: ParticipationSnapshotTests.offers, pickable: [], child: ChildSnapshotTests.child,
                                   parents: [ChildSnapshotTests.mother])
        assertPageSnapshots(named: "enrolment-parent", user: F.caseworker,
                            path: SiteURL.participationNew.path(query: [("child", ChildSnapshotTests.childID.uuidString)])) { context in
            EnrolmentView.body(model, refusal: nil, context)
        }
    }
}
