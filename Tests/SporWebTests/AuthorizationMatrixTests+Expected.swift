import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The route × role walk for expected children (issue 23, item 1): registering is for caseworkers, team leads and
/// outreach counsellors; the notification before birth and the birth are entries on a child (`writeEntry`); the
/// professional, policy staff and the administrator are refused every one of them, and nothing is saved.
extension AuthorizationMatrixTests {
    func testEveryExpectedChildRouteRefusesTheProfessionalPolicyStaffAndTheAdministrator() async throws {
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(declared["GET /expected/new"] ?? nil, .requires(.registerExpectedChild))
        XCTAssertEqual(declared["POST /expected"] ?? nil, .requires(.registerExpectedChild))
        for route in ["GET /children/:childID/birth", "POST /children/:childID/birth", "GET /children/:childID/notification-before-birth",
                      "POST /children/:childID/notification-before-birth"] {
            XCTAssertEqual(declared[route] ?? nil, .requires(.writeEntry), route)
        }
        for role in Role.allCases {
            XCTAssertEqual(Authorization.allows(role, .registerExpectedChild), [.caseworker, .teamLead, .outreach].contains(role), role.rawValue)
        }
        // An expected child of the caseworker's.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.expectedNew.path)
        let saved = try await caseworker.post(SiteURL.expected.path, ExpectedChildWebTests.registration)
        let id = try XCTUnwrap(saved.headers.first(name: .location).flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
        let routes: [(HTTPMethod, String, [String: String])] = [
            (.GET, SiteURL.expectedNew.path, [:]),
            (.POST, SiteURL.expected.path, ExpectedChildWebTests.registration),
            (.GET, SiteURL.child(id, .notificationBeforeBirth).path, [:]),
            (.POST, SiteURL.child(id, .notificationBeforeBirth).path, ["channel": "phone", "notifierKind": "private",
                                                                      "receivedAt": "2026-11-20T09:00", "description": "x", "concernsAbuse": "no"]),
            (.GET, SiteURL.child(id, .birth).path, [:]),
            (.POST, SiteURL.child(id, .birth).path, ["cpr": ExpectedChildWebTests.birthCPR, "givenName": "Ida", "familyName": "Kragh"]),
        ]
        for role in [Role.professional, .policy, .admin] {
            let browser = Browser(test.app)
            _ = try await browser.login(role.rawValue, password: test.password)
            try await browser.get("/account")
            for (method, path, form) in routes {
                let response = method == .POST ? try await browser.post(path, form) : try await browser.get(path)
                XCTAssertEqual(response.status, .forbidden, "\(role.rawValue) \(method) \(path) → \(response.status.code)")
            }
        }
        let child = try await test.store.child(id: id)
        XCTAssertEqual(child?.isExpected, true)
        let timeline = try await test.store.timeline(child: id)
        XCTAssertEqual(timeline.entries.map(\.kind), [.caseworkerAssigned])
        let all = try await test.store.children(caseworker: test.users[.caseworker]!.id)
        XCTAssertEqual(all.filter { $0.dueDate != nil }.count, 1)
    }
}
