import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The pages of those who work before or beside a case — the network meeting, the professional's page, the
/// consultations, the search, and the outreach and admin homes — in Danish and English from models made by hand at a
/// fixed time (`__Snapshots__/EarlyHelpSnapshotTests`). What they can do is asserted in `MeetingTests`, `EarlyHelpTests`
/// and `WebTests`.
final class EarlyHelpSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static func hoursAgo(_ hours: Double) -> Date { F.now.addingTimeInterval(-hours * 3600) }

    // MARK: - The network meeting

    static let meeting = MeetingModel(staff: [F.lead, F.caseworker, F.outreach, F.professional], userID: F.outreach.id)

    func testTheMeetingForm() {
        assertPageSnapshots(named: "meeting", user: F.outreach, path: SiteURL.meetingsNew.path) { context in
            MeetingView.body(Self.meeting, refusal: nil, context)
        }
    }

    /// Opened from the child page: the child is named, nothing about it is asked.
    func testTheMeetingFormForAKnownChild() {
        var model = MeetingModel(staff: [F.lead, F.caseworker, F.outreach, F.professional], userID: F.caseworker.id)
        model.child = ChildSnapshotTests.child
        assertPageSnapshots(named: "meeting-known-child", user: F.caseworker,
                            path: SiteURL.meetingsNew.path(query: [("child", ChildSnapshotTests.child.id.uuidString)])) { context in
            MeetingView.body(model, refusal: nil, context)
        }
    }

    func testARefusedMeeting() {
        assertPageSnapshots(named: "meeting-refused", user: F.outreach, path: SiteURL.meetings.path) { context in
            let values = FormValues(["cpr": "150315-4321", "occurredAt": "2026-11-26T09:00", "occurredAtShown": "2026-11-26T09:58",
                                     "childTookPart": "1", "profession-teacher": "1", "worries": "Alma er <ofte> træt",
                                     "workingWell": "Hun har gode venner", "needsToHappen": "Faste morgener", "safetyScale": "3",
                                     "action0What": "Ringe til mor", "action0Owner": F.caseworker.id.uuidString, "action0Due": ""])
            let refusal = Refusal(field: "actions", message: Strings.error(.dateInvalid)(context.language), values: values)
            return MeetingView.body(Self.meeting, refusal: refusal, context)
        }
    }

    // MARK: - The professional's page

    static func submission(_ n: Int, _ payload: EntryPayload, child: String, hoursAgo hours: Double, receipt: Bool, feedback: Bool?) -> Submission {
        let entry = Entry(id: F.id(n), municipality: 707, child: F.id(n + 100), payload: payload, occurredAt: Self.hoursAgo(hours),
                          recordedAt: Self.hoursAgo(hours), author: F.professional.id)
        return Submission(entry: entry, childName: child, receiptAt: receipt ? Self.hoursAgo(hours - 20) : nil,
                          feedback: feedback.map { NotifierFeedback(notification: entry.id, ledToInvestigation: $0, text: "Tak for underretningen") },
                          feedbackAt: feedback == nil ? nil : Self.hoursAgo(hours - 200))
    }

    static let professional = ProfessionalModel(submissions: [
        submission(11, .concern(Concern(level: .vulnerable, source: .other, description: "Bo virker ked af det")), child: "Bo Berg",
                   hoursAgo: 5, receipt: false, feedback: nil),
        submission(12, .notification(Notification(notifierKind: .professional, notifierUser: F.professional.id, profession: nil,
                                                  description: "Alma kommer sulten i skole")), child: "Alma Andersen",
                   hoursAgo: 24 * 20, receipt: true, feedback: true),
    ])

    func testTheProfessionalsPage() {
        assertPageSnapshots(named: "professional", user: F.professional, path: SiteURL.professional.path) { context in
            ProfessionalView.body(Self.professional, refusal: nil, context)
        }
    }

    func testARefusedSubmission() {
        assertPageSnapshots(named: "professional-refused", user: F.professional, path: SiteURL.professional.path) { context in
            let values = FormValues(["cpr": "", "name": "Alma", "birthDate": "", "kind": "concern", "level": "4",
                                     "description": "Blå mærker \"igen\"", "dialogBased": "1"])
            let refusal = Refusal(field: "cpr", message: Strings.childIdentifierMissing(context.language), values: values)
            return ProfessionalView.body(ProfessionalModel(submissions: []), refusal: refusal, context)
        }
    }

    /// A concern at level 4 turned into a notification: the form comes back with what was typed, nothing refused.
    func testAConcernTurnedIntoANotification() {
        var model = ProfessionalModel(submissions: [])
        model.kept = FormValues(["cpr": "150315-4321", "kind": "notification", "level": "4", "description": "Blå mærker", "concernsAbuse": "1"])
        assertPageSnapshots(named: "professional-switched", user: F.professional, path: SiteURL.professional.path) { context in
            ProfessionalView.body(model, refusal: nil, context)
        }
    }

    // MARK: - The consultations

    static let consultations = ConsultationsModel(anonymous: [
        AnonymousConsultation(id: F.id(21), heldAt: hoursAgo(3), author: F.outreach.id, askedBy: .teacher,
                              question: "En elev fortæller om <skænderier> derhjemme", advice: "Tal med eleven og giv mor besked",
                              linkedChild: nil, linkedEntry: nil),
        AnonymousConsultation(id: F.id(22), heldAt: hoursAgo(24 * 7), author: F.outreach.id, askedBy: .pedagogue,
                              question: "Et barn er ofte sulten", advice: "Underret", linkedChild: F.id(10), linkedEntry: F.id(23)),
    ], linkedNames: [F.id(10): "Alma Andersen"])

    func testTheConsultationsPage() {
        assertPageSnapshots(named: "consultations", user: F.outreach, path: SiteURL.consultations.path) { context in
            ConsultationsView.body(Self.consultations, refusal: nil, context)
        }
    }

    /// A refused link of one anonymous consultation: only that form shows the refusal and what was typed.
    func testARefusedLink() {
        assertPageSnapshots(named: "consultations-link-refused", user: F.outreach, path: SiteURL.consultations.path) { context in
            let refusal = Refusal(form: ConsultationsView.linkForm(F.id(21)), field: "cpr", message: Strings.childNotFoundByIdentifier(context.language),
                                  values: FormValues(["cpr": "", "name": "Alma Andersen", "birthDate": "2014-03-02"]))
            return ConsultationsView.body(Self.consultations, refusal: refusal, context)
        }
    }

    // MARK: - Search and the homes

    static let search = SearchModel(query: "Alma", notice: nil, results: [
        ChildListItem(id: F.id(10), name: "Alma Andersen", birthDate: LocalDate(year: 2014, month: 3, day: 2)!, district: F.team.district,
                      isOpen: true, concernLevel: .atRisk, caseworker: F.caseworker.id, caseworkerName: F.caseworker.displayName,
                      team: F.team.id, lastEntryAt: hoursAgo(2)),
        ChildListItem(id: F.id(11), name: "Alma Berg", birthDate: LocalDate(year: 2016, month: 5, day: 9)!, district: "Område Auning",
                      isOpen: true, concernLevel: .vulnerable, caseworker: nil, caseworkerName: nil, team: nil, lastEntryAt: nil),
    ], openable: [F.id(10)], linkAll: true)

    func testTheSearchPage() {
        assertPageSnapshots(named: "search", user: F.caseworker, path: SiteURL.search.path) { context in
            SearchView.body(Self.search, context)
        }
        assertPageSnapshots(named: "search-cpr-in-url", user: F.outreach, path: SiteURL.search.path) { context in
            SearchView.body(SearchModel(query: "", notice: Strings.searchCPRByForm, results: [], openable: [], linkAll: false), context)
        }
    }

    func testTheHomes() {
        assertPageSnapshots(named: "outreach-home", user: F.outreach, path: SiteURL.outreach.path) { context in
            OutreachHomeView.body(context)
        }
        assertPageSnapshots(named: "admin-home", user: F.admin, path: SiteURL.admin.path) { context in
            AdminHomeView.body(context)
        }
    }
}
