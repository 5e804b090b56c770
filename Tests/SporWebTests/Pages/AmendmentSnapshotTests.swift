import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Amending a course entry (issue 21, item 3), from a course made by hand at a fixed time
/// (`__Snapshots__/AmendmentSnapshotTests`): the amend page of a decision and of a plan, a refused amendment, and an
/// amended entry on the timeline. Also: every step's form, opened on its entry, builds that entry again unchanged (the
/// prefill is the inverse of the step's `payload(_:)`), and the changed fields are found from the payloads themselves.
final class AmendmentSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let childID = F.id(10)
    static let child = Child(id: childID, municipality: 707, givenName: "Alma", familyName: "Andersen",
                             birthDate: LocalDate(year: 2014, month: 3, day: 2)!, sex: .female, district: F.team.district)

    static func daysAgo(_ days: Double) -> Date { F.now.addingTimeInterval(-days * 86_400) }
    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    static func entry(_ n: Int, _ payload: EntryPayload, daysAgo days: Double, corrects: UUID? = nil) -> Entry {
        Entry(id: F.id(n), municipality: 707, child: childID, payload: payload, occurredAt: daysAgo(days), recordedAt: daysAgo(days),
              author: F.caseworker.id, corrects: corrects)
    }

    static let offers = try! OfferCatalogue(offers: OfferCatalogue.standard.offers.filter {
        ["familiebehandling", "almen-plejefamilie"].contains($0.id)
    })

    static let decision = Decision(outcome: .granted, offers: ["almen-plejefamilie", "familiebehandling"], legalBasis: .placementWithConsent,
                                   bases: ["almen-plejefamilie": .placementWithConsent, "familiebehandling": .treatment],
                                   reasons: "Undersøgelsen viser, at Alma har brug for et andet hjem for en tid.",
                                   purpose: "Alma trives og går i skole", expectedEnd: day(2027, 12, 31), consent: Consent(custodyHolders: .given),
                                   childsViews: .heardIn(F.id(104)), complaintGuidanceToChild: true, makesChildsPlan: true)

    /// Every kind a course step records, each once (a plan twice: its second version supersedes the first).
    static func course() throws -> [Entry] {
        [
            entry(101, .notification(Notification(notifierKind: .professional, notifierUser: F.professional.id, profession: .teacher,
                                                  description: "Alma kommer ofte sulten i skole.")), daysAgo: 200),
            entry(102, .investigation(AssessmentStart(reason: "Underretning om mistrivsel", dialogBased: true, needKnownOn: day(2026, 5, 8),
                                                      notification: F.id(101))), daysAgo: 199),
            entry(103, .preliminaryAssessment(PreliminaryAssessment(investigation: F.id(102), assessment: "Alma er presset",
                                                                    reasonForDelay: "Far var bortrejst", expectedConclusion: day(2026, 10, 1))),
                  daysAgo: 70),
            entry(104, .childConversation(try ChildConversation(heldBy: F.caseworker.id, place: "Grenaa Skole",
                                                                bisidder: Bisidder(name: "Mormor", relation: "mormor", age: 66),
                                                                childsWords: "Jeg vil gerne bo hjemme.", notHeldReason: nil)), daysAgo: 65),
            entry(105, .investigationConcluded(AssessmentConclusion(start: F.id(102),
                                                                    triangle: ICSTriangle(childsDevelopment: "Trist", parentingCapacity: "Mor er presset",
                                                                                          familyAndNetwork: "Mormor hjælper"),
                                                                    childsViews: "Vil bo hjemme", parentsViews: "Ønsker støtte",
                                                                    conclusion: "Anbringelse og familiebehandling")), daysAgo: 60),
            entry(106, .decision(decision), daysAgo: 55),
            entry(107, .measureStarted(MeasureStart(offer: "familiebehandling", decision: F.id(106), legalBasis: .treatment)), daysAgo: 50),
            entry(108, .placementStarted(PlacementStart(offer: "almen-plejefamilie", kind: .fosterFamily, decision: F.id(106),
                                                        legalBasis: .placementWithConsent, nearHome: true, schoolKept: false,
                                                        contactArrangements: "Samvær hver anden weekend")), daysAgo: 50),
            entry(109, .plan(ChildsPlan(goals: [ChildsPlan.Goal(id: F.id(201), what: "Alma møder i skole hver dag", byWhen: day(2027, 3, 1),
                                                                howWeWillKnow: "Fraværet er under 5 %"),
                                                ChildsPlan.Goal(id: F.id(202), what: "Alma går til fodbold", byWhen: day(2027, 6, 1),
                                                                howWeWillKnow: "Hun er med hver uge")],
                                        childsHopes: "At mor og far skændes mindre", madeWithChild: true, madeWithParents: false)), daysAgo: 45),
            entry(110, .followUp(FollowUp(measures: [F.id(107), F.id(108)],
                                          ratings: [FollowUp.Rating(goal: F.id(201), rating: .progress), FollowUp.Rating(goal: F.id(202), rating: .notStarted)],
                                          assessment: "Det går fremad", outcome: .continue, nextFollowUp: day(2027, 1, 15),
                                          nextFollowUpReason: "Efter jul")), daysAgo: 20),
            entry(111, .measureEnded(MeasureEnd(measure: F.id(107), reason: .goalsReached, note: "Familien klarer sig")), daysAgo: 10),
            entry(112, .placementEnded(PlacementEnd(placement: F.id(108), reason: .homecoming)), daysAgo: 9),
            entry(113, .plan(ChildsPlan(kind: .childsPlan, supersedes: F.id(109),
                                        goals: [ChildsPlan.Goal(id: F.id(201), what: "Alma møder i skole hver dag", byWhen: day(2027, 3, 1),
                                                                howWeWillKnow: "Fraværet er under 5 %")],
                                        childsHopes: nil, madeWithChild: true, madeWithParents: true)), daysAgo: 8),
            entry(114, .transition(Transition(from: .school, to: .youthEducation)), daysAgo: 5),
            entry(115, .handoverMeeting(HandoverMeeting(from: .school, to: .youthEducation, participants: ["Lærer Tine", "Vejleder Ib"],
                                                        childPresent: true, familyPresent: false, plan: "Alma starter på 10. klasse")), daysAgo: 4),
        ]
    }

    /// The decision amended: new reasons and purpose, by the caseworker, two days ago.
    static func amendment() -> Entry {
        var amended = decision
        amended.reasons = "Undersøgelsen og samtalen med Alma viser, at hun har brug for et andet hjem for en tid."
        amended.purpose = "Alma trives, går i skole og ser sin familie"
        return entry(300, .correction(Correction(reason: "Begrundelsen manglede samtalen", replacement: .decision(amended))), daysAgo: 2,
                     corrects: F.id(106))
    }

    static func page(_ entries: [Entry]) -> ChildPageModel {
        let timeline = Timeline(entries)
        let staff = [F.lead, F.caseworker, F.professional]
        let summary = ChildSummary(child: childID, isOpen: true, caseworker: F.caseworker.id, team: F.team.id, concernLevel: nil,
                                   openedAt: daysAgo(200), lastEntryAt: daysAgo(2), entryCount: entries.count, caseworkerChanges: 0)
        return ChildPageModel(user: F.caseworker, child: child, summary: summary, timeline: timeline,
                              staff: Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) }), assignable: [F.lead, F.caseworker],
                              obligations: [], people: [], filter: TimelineFilter(), offers: offers, state: timeline.state(), grounds: .ownTeam)
    }

    static func path(_ entry: Int) -> String { SiteURL.child(childID, .correct(.value(F.id(entry)))).path }

    func testEveryStepsFormOpensWithItsEntryAndBuildsItAgain() throws {
        let page = Self.page(try Self.course())
        var kinds: Set<EntryKind> = []
        for item in page.timeline.items where CourseStep(recording: item.entry.kind) != nil {
            let step = try XCTUnwrap(CorrectionModel(page: page, item: item).step, "\(item.entry.kind)")
            let values = try XCTUnwrap(step.initialValues)
            XCTAssertEqual(try step.amendedPayload(values), item.effective, "\(item.entry.kind) \(item.entry.id)")
            kinds.insert(item.entry.kind)
        }
        XCTAssertEqual(kinds, [.investigation, .preliminaryAssessment, .childConversation, .investigationConcluded, .decision, .measureStarted,
                               .placementStarted, .plan, .followUp, .measureEnded, .placementEnded, .transition, .handoverMeeting])
    }

    func testAnEntryNoStepRecordsHasNoStepForm() throws {
        let page = Self.page(try Self.course())
        let notification = try XCTUnwrap(page.timeline.items.first { $0.entry.kind == .notification })
        XCTAssertNil(CorrectionModel(page: page, item: notification).step)
    }

    func testTheChangedFieldsAreFoundFromThePayloads() throws {
        guard case .correction(let correction) = Self.amendment().payload, let amended = correction.replacement else { return XCTFail() }
        let changes = ChildPageModel.changes(from: .decision(Self.decision), to: amended)
        XCTAssertEqual(changes.map(\.path), [["purpose"], ["reasons"]])
        XCTAssertEqual(changes.first?.old, .text("Alma trives og går i skole"))
        XCTAssertEqual(changes.first?.new, .text("Alma trives, går i skole og ser sin familie"))
        XCTAssertEqual(ChildPageModel.changes(from: amended, to: amended), [])

        // A list of plain values is one field; a list of objects is compared row by row; a field left empty is absent.
        var fewer = Self.decision
        fewer.offers = ["familiebehandling"]
        fewer.expectedEnd = nil
        let offerChanges = ChildPageModel.changes(from: .decision(Self.decision), to: .decision(fewer))
        XCTAssertEqual(offerChanges.first { $0.path == ["offers"] }?.new, .list(["familiebehandling"]))
        XCTAssertEqual(offerChanges.first { $0.path == ["expectedEnd"] }?.new, nil)
        let plan = { (what: String) in EntryPayload.plan(ChildsPlan(goals: [ChildsPlan.Goal(id: F.id(201), what: what, byWhen: Self.day(2027, 3, 1),
                                                                                             howWeWillKnow: "x")],
                                                                   madeWithChild: true, madeWithParents: true)) }
        XCTAssertEqual(ChildPageModel.changes(from: plan("a"), to: plan("b")).map(\.path), [["goals", "1", "what"]])
    }

    func testAmendingADecision() throws {
        let page = Self.page(try Self.course())
        let model = try CorrectionModel(page: page, entryID: F.id(106))
        assertPageSnapshots(named: "decision", user: F.caseworker, path: Self.path(106)) { context in
            CorrectionView.body(model, refusal: nil, context)
        }
        assertPageSnapshots(named: "decision-refused", user: F.caseworker, path: Self.path(106)) { context in
            var values = try! XCTUnwrap(model.step?.initialValues).values
            values["purpose"] = "Alma trives <godt>"
            values["correctionReason"] = " "
            let refusal = Refusal(form: model.formName, field: "correctionReason", message: Strings.error(.textMissing)(context.language),
                                  values: FormValues(values))
            return CorrectionView.body(model, refusal: refusal, context)
        }
    }

    func testAmendingAPlan() throws {
        let model = try CorrectionModel(page: Self.page(try Self.course()), entryID: F.id(109))
        assertPageSnapshots(named: "plan", user: F.caseworker, path: Self.path(109)) { context in
            CorrectionView.body(model, refusal: nil, context)
        }
    }

    func testAnAmendedEntryOnTheTimeline() throws {
        let page = Self.page(try Self.course() + [Self.amendment()])
        let item = try XCTUnwrap(page.timeline.items.first { $0.entry.id == F.id(106) })
        assertPageSnapshots(named: "amended-decision", user: F.caseworker, path: SiteURL.child(Self.childID).path) { context in
            .ol(.class("timeline"), ChildPageView.entry(item, page, context, nil))
        }
    }
}
