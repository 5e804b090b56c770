import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The route × role walk for participation in open offers (issue 23, item 4): the enrolment form, the enrolment, a
/// group's page and its end are for those who enrol (the outreach counsellor, caseworkers, team leads); the
/// professional, policy staff and the family are refused every one of them and nothing is saved.
extension AuthorizationMatrixTests {
    func testEveryParticipationRouteRefusesTheProfessionalPolicyStaffAndTheFamily() async throws {
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        for route in ["GET /participation/new", "POST /participation", "GET /participation/groups/:groupID",
                      "POST /participation/groups/:groupID/end"] {
            XCTAssertEqual(declared[route] ?? nil, .requires(.recordNetworkMeeting), route)
        }
        // A group the caseworker enrolled, to be refused to everyone else.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.participationNew.path)
        let enrolled = try await caseworker.post(SiteURL.participation.path,
                                                 ["offer": "brus", "startDate": "2026-11-26", "pick-\(test.child.id.uuidString)": "1"])
        let group = try XCTUnwrap(enrolled.headers.first(name: .location))
        let routes: [(HTTPMethod, String, [String: String])] = [
            (.GET, SiteURL.participationNew.path, [:]),
            (.POST, SiteURL.participation.path, ["offer": "brus", "startDate": "2026-11-26", "cpr0": "150315-4321"]),
            (.GET, group, [:]),
            (.POST, group + "/end", ["occurredAt": "2026-11-26T10:00", "reason": "declined"]),
        ]

        // The family: the child's own account on Min side.
        try await caseworker.get("/children/\(test.child.id)/family")
        let made = try await caseworker.post("/children/\(test.child.id)/family", ["reader": "child"])
        let notice = try XCTUnwrap(made.body.string.range(of: #"id="activation-code"[^<]*"#, options: .regularExpression)
            .map { String(made.body.string[$0]) })
        let code = try XCTUnwrap(notice.range(of: #"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"#, options: .regularExpression).map { String(notice[$0]) })
        let family = Browser(test.app)
        try await family.get("/portal/activate")
        let activated = try await family.post("/portal/activate", ["code": code, "username": "alma11", "password": "grøn hest hopper højt",
                                                                    "repeat": "grøn hest hopper højt"])
        XCTAssertEqual(activated.status, .seeOther)

        var callers: [(String, Browser)] = [("family", family)]
        for username in [Role.professional.rawValue, Role.policy.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            callers.append((username, browser))
        }
        for (who, browser) in callers {
            for (method, path, form) in routes {
                let response = method == .POST ? try await browser.post(path, form) : try await browser.get(path)
                let what = "\(who) \(method) \(path) → \(response.status.code)"
                if who == "family" {
                    XCTAssertTrue(response.status == .forbidden || response.headers.first(name: .location) == "/login", what)
                } else {
                    XCTAssertEqual(response.status, .forbidden, what)
                }
            }
        }
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.entries.filter { $0.kind == .measureStarted }.count, 1)
        XCTAssertTrue(timeline.entries.filter { $0.kind == .measureEnded }.isEmpty)
    }
}
