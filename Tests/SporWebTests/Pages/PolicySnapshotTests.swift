import Foundation
import Plot
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The policy pages' HTML from models made by hand, in Danish and English, at `PageFixtures.now`: the dashboard, an
/// indicator's definition and the children behind it, the tracker, an initiative, the follow-up rounds and the status
/// report. Behaviour is asserted in `DashboardTests` and `PolicyTrackerTests`.
final class PolicySnapshotTests: XCTestCase {
    static let definitions = Array(Store.indicatorComputation.definitions.prefix(2))
    static let period = IndicatorPeriod(kind: .year, year: 2026)!

    /// One track of the 2021 policy with two of its goals, and two initiatives: one with updates, one without.
    static func content() throws -> PolicyContent {
        var policy = PolicyContent.standard.policies[0]
        policy.period = try PolicyPeriod(start: LocalDate(year: 2021, month: 1, day: 1)!, end: LocalDate(year: 2026, month: 12, day: 31)!)
        policy.tracks = Array(policy.tracks.prefix(1))
        policy.tracks[0].goals = Array(policy.tracks[0].goals.prefix(2))
        let track = policy.tracks[0].id
        let brus = try Initiative(id: InitiativeID(rawValue: "brus"), name: "BRUS – rusmiddelbehandling", description: "Behandling af unge med rusmidler.",
                                  partners: ["Skoler", "SSP"], track: track, owner: "Lene Leder",
                                  start: LocalDate(year: 2024, month: 1, day: 1), nextSteps: ["Evaluering"],
                                  updates: [StatusUpdate(date: LocalDate(year: 2024, month: 2, day: 1)!, status: .planned, text: "Besluttet."),
                                            StatusUpdate(date: LocalDate(year: 2025, month: 6, day: 2)!, status: .running, text: "Godt i gang <b>her</b>.",
                                                         nextSteps: ["Flere skoler", "Evaluering"])])
        let mentor = try Initiative(id: InitiativeID(rawValue: "mentor"), name: "Mentorordning", description: "En voksen ved siden af.",
                                    status: .planned)
        return try PolicyContent(policies: [policy], initiatives: [brus, mentor])
    }

    static func round() throws -> FollowUpRound {
        try FollowUpRound.halfYear(2, of: 2026, deadline: LocalDate(year: 2026, month: 11, day: 15)!)
    }

    func testTheDashboard() {
        let first = Self.definitions[0], second = Self.definitions[1]
        let trend = (2018...2026).map { (year: $0, value: $0 % 3 == 0 ? nil : Double($0 - 2010) / 20) }
        let model = DashboardModel(period: Self.period, cards: [
            DashboardModel.Card(definition: first, readout: .value(0.72, ninetiethPercentile: nil), trend: trend,
                                districts: [("Område Grenaa", .value(0.8, ninetiethPercentile: nil)), ("Område Auning", .suppressed)]),
            DashboardModel.Card(definition: second, readout: .noData, trend: (2018...2026).map { (year: $0, value: nil) }, districts: []),
        ])
        assertPageSnapshots(named: "dashboard", user: PageFixtures.policy, path: SiteURL.policy.path) { context in
            DashboardView.body(model, refusal: nil, context)
        }
    }

    func testAnIndicatorsDefinitionAndTheChildrenBehindIt() {
        let definition = Self.definitions[0]
        let page = IndicatorDefinitionModel(definition: definition, period: Self.period, showsChildren: true)
        assertPageSnapshots(named: "definition", user: PageFixtures.lead, path: SiteURL.indicator(.value(definition.id)).path) { context in
            IndicatorDefinitionView.body(page, refusal: nil, context)
        }
        let children = IndicatorChildrenModel(definition: definition, period: Self.period, rows: [
            .init(name: "Alma Andersen", id: PageFixtures.id(10), inNumerator: true),
            .init(name: "Bo <Berg>", id: PageFixtures.id(11), inNumerator: false),
        ])
        assertPageSnapshots(named: "children", user: PageFixtures.lead, path: SiteURL.indicatorChildren(.value(definition.id)).path) { context in
            IndicatorChildrenView.body(children, refusal: nil, context)
        }
    }

    func testTheTracker() throws {
        let model = TrackerModel(content: try Self.content(), reportYear: 2025)
        assertPageSnapshots(named: "tracker", user: PageFixtures.policy, path: SiteURL.tracker.path) { context in
            TrackerView.body(model, refusal: nil, context)
        }
    }

    func testTheNewInitiativeFormAndAnEditRefused() throws {
        let content = try Self.content()
        let new = InitiativeEditModel(content: content, initiative: nil, version: 0)
        assertPageSnapshots(named: "initiative-new", user: PageFixtures.policy, path: SiteURL.initiativeNew.path) { context in
            InitiativeEditView.body(new, refusal: nil, context)
        }
        let edit = InitiativeEditModel(content: content, initiative: content.initiatives[0], version: 3)
        let refusal = Refusal(field: "goals", message: "Målet 9.9 findes ikke i politikken. Skriv målets nummer, fx 3.2.",
                              values: FormValues(["name": "BRUS <i>ny</i>", "description": "Tekst", "partners": "Skoler\nSSP", "track": "",
                                                  "goals": "1.1, 9.9", "owner": "Forebyggelsesteamet", "start": "2024-01-01"]))
        let path = SiteURL.initiativeEdit(.value("brus")).path
        assertPageSnapshots(named: "initiative-edit", user: PageFixtures.policy, path: path) { context in
            InitiativeEditView.body(edit, refusal: nil, context)
        }
        assertPageSnapshots(named: "initiative-edit-refused", user: PageFixtures.policy, path: path) { context in
            InitiativeEditView.body(edit, refusal: refusal, context)
        }
    }

    func testThePolicyTrackAndGoalForms() throws {
        let content = try Self.content()
        let policy = content.policies[0], track = content.policies[0].tracks[0]
        let indicators = Self.definitions.map { ($0.id, $0.title) }
        let newPolicy = ContentEditModel(subject: .newPolicy, indicators: indicators, version: 0)
        assertPageSnapshots(named: "policy-new", user: PageFixtures.policy, path: SiteURL.policyNew.path) { context in
            ContentEditView.body(newPolicy, refusal: nil, context)
        }
        let refusal = Refusal(field: "end", message: "Skriv både den første og den sidste dag, politikken gælder.",
                              values: FormValues(["title": "Politik <i>2026</i>", "start": "2026-01-01", "end": ""]))
        let editPolicy = ContentEditModel(subject: .policy(policy), indicators: indicators, version: 2)
        assertPageSnapshots(named: "policy-edit-refused", user: PageFixtures.policy, path: SiteURL.policyEdit(.value(policy.id.rawValue)).path) { context in
            ContentEditView.body(editPolicy, refusal: refusal, context)
        }
        let editTrack = ContentEditModel(subject: .track(track), indicators: indicators, version: 2)
        assertPageSnapshots(named: "track-edit", user: PageFixtures.policy, path: SiteURL.trackEdit(.value(track.id.rawValue)).path) { context in
            ContentEditView.body(editTrack, refusal: nil, context)
        }
        let newGoal = ContentEditModel(subject: .newGoal(track), indicators: indicators, version: 2)
        assertPageSnapshots(named: "goal-new", user: PageFixtures.policy, path: SiteURL.goalNew(.value(track.id.rawValue)).path) { context in
            ContentEditView.body(newGoal, refusal: nil, context)
        }
        let goal = PolicyGoal(id: "1.1", text: "Flere børn <b>trives</b>", indicators: [IndicatorID(rawValue: Self.definitions[0].id)])
        let editGoal = ContentEditModel(subject: .goal(goal), indicators: indicators, version: 2)
        assertPageSnapshots(named: "goal-edit", user: PageFixtures.policy, path: SiteURL.goalEdit(.value("1.1")).path) { context in
            ContentEditView.body(editGoal, refusal: nil, context)
        }
    }

    func testThePolicyContentsVersionsAndOneOfThem() throws {
        let versions = [PolicyContentVersion(number: 1, savedAt: PageFixtures.now.addingTimeInterval(-86_400)),
                        PolicyContentVersion(number: 2, savedAt: PageFixtures.now)]
        let list = PolicyVersionsModel(versions: versions, shown: nil)
        assertPageSnapshots(named: "versions", user: PageFixtures.policy, path: SiteURL.policyVersions.path) { context in
            PolicyVersionsView.body(list, refusal: nil, context)
        }
        let one = PolicyVersionsModel(versions: versions, shown: (1, try Self.content()))
        assertPageSnapshots(named: "version", user: PageFixtures.policy, path: SiteURL.policyVersion(.value(1)).path) { context in
            PolicyVersionsView.body(one, refusal: nil, context)
        }
    }

    func testAnInitiativeAndItsRefusedStatusForm() throws {
        let content = try Self.content()
        let model = InitiativeModel(initiative: content.initiatives[0], rounds: [try Self.round()], today: LocalDate(year: 2026, month: 11, day: 26)!)
        let path = SiteURL.initiative(.value("brus")).path
        assertPageSnapshots(named: "initiative", user: PageFixtures.policy, path: path) { context in
            InitiativeView.body(model, refusal: nil, context)
        }
        let refusal = Refusal(field: "text", message: "Skriv en tekst.",
                              values: FormValues(["date": "2026-11-20", "status": "beingAnchored", "text": "", "nextSteps": "Et\n\"to\"", "round": "2026-H2"]))
        assertPageSnapshots(named: "initiative-refused", user: PageFixtures.policy, path: path) { context in
            InitiativeView.body(model, refusal: refusal, context)
        }
    }

    func testTheRoundsAndTheirRefusedForm() throws {
        let content = try Self.content()
        let model = RoundsModel(rounds: [
            .init(round: try Self.round(), asked: 2, missing: [
                .init(initiative: content.initiatives[0], remindedOn: LocalDate(year: 2026, month: 11, day: 20)),
                .init(initiative: content.initiatives[1], remindedOn: nil),
            ]),
            .init(round: try FollowUpRound.halfYear(1, of: 2026, deadline: LocalDate(year: 2026, month: 6, day: 15)!), asked: 1, missing: []),
        ], today: LocalDate(year: 2026, month: 11, day: 26)!)
        assertPageSnapshots(named: "rounds", user: PageFixtures.policy, path: SiteURL.rounds.path) { context in
            RoundsView.body(model, refusal: nil, context)
        }
        let refusal = Refusal(field: "year", message: "Runden findes allerede.", values: FormValues(["half": "2", "year": "2026", "deadline": "2026-12-01"]))
        assertPageSnapshots(named: "rounds-refused", user: PageFixtures.policy, path: SiteURL.rounds.path) { context in
            RoundsView.body(model, refusal: refusal, context)
        }
    }

    func testTheReportOfAYearWithoutDataAndWithALittle() throws {
        let definitions = Dictionary(uniqueKeysWithValues: Store.indicatorComputation.definitions.map { ($0.id, $0) })
        let empty = ReportModel(year: 2019, report: nil, definitions: definitions)
        assertPageSnapshots(named: "report-pick", user: PageFixtures.policy, path: SiteURL.reportYear(.value(2019)).path) { context in
            ReportView.body(empty, refusal: nil, context)
        }
        let first = Self.definitions[0].id
        let indicators = IndicatorValueClosure(name: { definitions[$0.rawValue]?.titleDa }, reading: { id, _ in
            id.rawValue == first ? .value(IndicatorValue(value: 0.72, unit: .share, target: .atLeast(0.8), trend: .rising)) : .noData
        })
        var policy = PolicyContent.standard.policies[0]
        policy.tracks = Array(policy.tracks.prefix(1))
        policy.tracks[0].indicators = [IndicatorID(rawValue: first), IndicatorID(rawValue: Self.definitions[1].id)]
        let content = try PolicyContent(policies: [policy], initiatives: try Self.content().initiatives)
        // Participation (issue 23, item 4): seven in BRUS and three in the mentor scheme in 2025 (shown "<5"); 2024's row is not the year's.
        let participation: [InitiativeID: [InitiativeParticipation.Row]] = [
            "brus": [.init(half: .init(year: 2024, half: 2), children: 9, ended: [.goalsReached: 9], ongoing: 0),
                     .init(half: .init(year: 2025, half: 1), children: 7, ended: [.goalsReached: 6, .other: 1], ongoing: 0)],
            "mentor": [.init(half: .init(year: 2025, half: 2), children: 3, ended: [:], ongoing: 3)],
        ]
        let draft = try StatusReportDraft.draft(year: 2025, policy: policy.id, content: content, indicators: indicators, participation: participation)
        var report = StatusReport(draft: draft, on: LocalDate(year: 2026, month: 1, day: 5)!)
        try report.save(titles: report.latest.sections.map(\.title), bodies: report.latest.sections.map { $0.body + " Tilføjet." },
                        on: LocalDate(year: 2026, month: 2, day: 1)!)
        let model = ReportModel(year: 2025, report: report, definitions: definitions, policyTitle: "Børne- og ungepolitik <2021>")
        let path = SiteURL.reportYear(.value(2025)).path
        assertPageSnapshots(named: "report", user: PageFixtures.policy, path: path) { context in
            ReportView.body(model, refusal: nil, context)
        }
        let refusal = Refusal(field: "section-1-title", message: "Afsnittet mangler en titel.",
                              values: FormValues(["section-1-title": "", "section-1-body": "Vores <indledning>"]))
        assertPageSnapshots(named: "report-refused", user: PageFixtures.policy, path: path) { context in
            ReportView.body(model, refusal: refusal, context)
        }
    }
}
