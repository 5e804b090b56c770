import Foundation
import XCTest
@testable import SporDomain

final class PolicyContentTests: XCTestCase {
    private let content = PolicyContent.standard

    func testThe2021PolicyHasItsThreeStrategicTracksWithWhatTheyPromise() throws {
        let policy = try XCTUnwrap(content.policy(PolicyContent.policy2021))

        XCTAssertEqual(policy.kind, .policy)
        XCTAssertEqual(policy.title, "Politik for børn og unge i udsatte positioner")
        XCTAssertEqual(policy.adopted, LocalDate(year: 2021, month: 4, day: 20))
        XCTAssertEqual(policy.tracks.map(\.title), ["Tidlig opsporing og indsats", "Helhed og sammenhæng", "Sundhed, trivsel og fællesskaber"])
        XCTAssertEqual(policy.tracks.map(\.number), [1, 2, 3])
        XCTAssertEqual(policy.vision.count, 4)
        for track in policy.tracks {
            XCTAssertFalse(track.statement.isEmpty, track.title)
            XCTAssertGreaterThanOrEqual(track.promises.count, 7, track.title)
            XCTAssertFalse(track.allIndicators.isEmpty, track.title)
        }
        let early = policy.tracks[0]
        XCTAssertTrue(early.promises.contains { $0.contains("altid afholdes et netværksmøde") })
        XCTAssertEqual(early.themes.first { $0.title == "Anbringelser" }?.points.count, 6)
        XCTAssertTrue(policy.tracks[1].promises.contains { $0.contains("overleveringsmøde") })
    }

    func testTheStrategyHasItsPejlemaerkerAndGoalsOneOneToThreeThree() throws {
        let strategy = try XCTUnwrap(content.policy(PolicyContent.strategyGodtFraStart))

        XCTAssertEqual(strategy.kind, .strategy)
        XCTAssertEqual(strategy.title, "Godt fra start – og ind i voksenlivet")
        XCTAssertEqual(strategy.tracks.map(\.title), ["Barnets stemme", "Tidlig og hurtig indsats", "Et almenområde for alle"])
        let expected = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3"]
        XCTAssertEqual(strategy.goals.map(\.id.rawValue), expected)
        for goal in strategy.goals {
            XCTAssertGreaterThan(goal.text.count, 20, goal.id.rawValue)
            XCTAssertEqual(content.track(holding: goal.id)?.number, Int(goal.id.rawValue.prefix(1)))
        }
        XCTAssertTrue(try XCTUnwrap(content.goal("2.1")).text.contains("70 procent"))
        XCTAssertEqual(content.goal("2.1")?.indicators, [.immediateHelpShare])
        XCTAssertEqual(content.goal("3.2")?.indicators, [.specialised])
        XCTAssertEqual(content.goal("1.6")?.indicators, [.caseworkerChanges])
    }

    func testTheNamedInitiativesOfThe2021StatusArePresent() {
        let names = content.initiatives.map { $0.name.lowercased() }
        let expected = [
            "skolevægringsprojektet", "nye netværksgrupper", "brus", "ses", "skilsmissegrupper", "få styr på angsten",
            "rette hjælp til adhd", "cpdf", "efterfødselsreaktionssamtaler", "sårbare gravide", "alkohol", "digital dannelse",
            // på TVÆRS
            "dialogbaserede underretninger", "dialogbaserede børnefaglige undersøgelser", "tema-workshop",
            "fælles ledermøder", "fælles modeller og fælles sprog", "organisering af samarbejdet lokalt",
        ]
        for name in expected {
            XCTAssertTrue(names.contains { $0.contains(name) }, "missing initiative: \(name)")
        }
        let angst = content.initiatives.first { $0.name == "Få styr på angsten" }
        XCTAssertEqual(angst?.partners.first, "PPR")
        XCTAssertNil(angst?.owner, "the seed names no owner")
        XCTAssertNil(angst?.start, "the seed names no start")
        XCTAssertEqual(content.initiative("dialogbaserede-underretninger")?.owner, "Matrixgruppen i på TVÆRS")
    }

    func testThe2025StatusesAreDatedUpdatesOnTheirTracks() throws {
        let expected: [(InitiativeID, TrackID?, InitiativeStatus)] = [
            ("implementering-barnets-lov", PolicyContent.trackEarly, .anchored),
            ("styrket-inddragelse-og-samarbejde", PolicyContent.trackEarly, .beingAnchored),
            ("forebyggende-anbringelsesstrategi", PolicyContent.trackEarly, .running),
            ("ssp-taskforce", PolicyContent.trackEarly, .running),
            ("faelles-langsigtet-strategi", PolicyContent.trackCoherence, .beingAnchored),
            ("faelles-vision-skole-dagtilbud", PolicyContent.trackCoherence, .running),
            ("kompetenceudvikling", PolicyContent.trackHealth, .beingAnchored),
            ("ny-sammenhaengende-boernepolitik", nil, .planned),
        ]
        for (id, track, status) in expected {
            let initiative = try XCTUnwrap(content.initiative(id), id.rawValue)
            XCTAssertEqual(initiative.track, track, id.rawValue)
            XCTAssertEqual(initiative.status, status, id.rawValue)
            XCTAssertEqual(initiative.latestUpdate?.date, LocalDate(year: 2025, month: 10, day: 9), id.rawValue)
            XCTAssertNil(initiative.status(on: LocalDate(year: 2025, month: 10, day: 8)!), "known only from the 2025 note")
        }
        XCTAssertEqual(content.initiative("forebyggende-anbringelsesstrategi")?.nextSteps, ["At omsætte handleplanen til konkrete indsatser."])
        XCTAssertTrue(content.initiative("implementering-barnets-lov")!.latestUpdate!.text.hasPrefix("Barnets Lov er implementeret"))
    }

    func testNoTextKeepsALigatureLostInThePDFExtraction() throws {
        let json = String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
        XCTAssertFalse(json.contains("\u{FFFD}"), "a replacement character is left")
        // Words the extraction broke ("poli�k", "udsa�e", "oDe", "aIoldes") are restored.
        for broken in ["poli k", "udsa e", " oDe ", "aIold", "eDer"] {
            XCTAssertFalse(json.contains(broken), broken)
        }
    }

    func testEveryIndicatorIDIsOneOfTheDefinedOnes() {
        let defined: Set<IndicatorID> = [
            .immediateHelpShare, .networkMeetingFirst, .childHeard, .childInNetworkMeeting, .caseworkerChanges, .daysToHelp,
            .deadlinesMet, .generalSettings, .specialised, .networkPlacements, .homecomings, .handoverMeetings,
            .careLeaverDecision, .goalsProgress, .supportBeforeBirth, .helpAfterAbsence, .placedSchooling, .inSchoolOrWork,
            .leisureParticipation, .contactVisitsHeld, .siblingsPlacedTogether, .siblingsAssessed,
        ]
        let used = Set(content.policies.flatMap(\.tracks).flatMap(\.allIndicators))
        XCTAssertTrue(used.isSubset(of: defined), "\(used.subtracting(defined))")
        XCTAssertEqual(used, defined, "every defined indicator follows some track")
    }

    func testTheContentSurvivesAJSONRoundTrip() throws {
        let data = try JSONEncoder().encode(content)
        XCTAssertEqual(try JSONDecoder().decode(PolicyContent.self, from: data), content)
    }

    func testContentWithAnUnknownTrackOrGoalOrADuplicateIDIsRefused() throws {
        let policies = content.policies
        let stray = try Initiative(id: "x", name: "X", description: "", track: "no-such-track", status: .running)
        XCTAssertThrowsError(try PolicyContent(policies: policies, initiatives: [stray])) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .trackUnknown)
        }
        let wrongGoal = try Initiative(id: "y", name: "Y", description: "", goals: ["9.9"], status: .running)
        XCTAssertThrowsError(try PolicyContent(policies: policies, initiatives: [wrongGoal])) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .goalUnknown)
        }
        let twice = try Initiative(id: "z", name: "Z", description: "", status: .running)
        XCTAssertThrowsError(try PolicyContent(policies: policies, initiatives: [twice, twice])) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .duplicateID)
        }
        XCTAssertThrowsError(try Initiative(id: "n", name: " ", description: "", status: .running)) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .textMissing)
        }
    }

    func testGoalIDsSortByNumberNotText() {
        XCTAssertEqual((["1.10", "1.9", "2.1", "1.2"] as [GoalID]).sorted().map(\.rawValue), ["1.2", "1.9", "1.10", "2.1"])
    }
}
