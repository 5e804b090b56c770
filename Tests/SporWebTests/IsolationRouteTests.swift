import Foundation
import SQLKit
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Two municipalities on one server (issue 26, item 4). TestApp's municipality (707, "B" here) holds the child Alma
/// Testesen with a concern; a second municipality ("A", 101) has a user of every role, a team and a child of its own.
/// Signed in as each of A's users — through the pages and through the API — every route of the router is walked with
/// B's child, entry and user ids: a route naming one of B's ids answers 403 or 404, and no answer carries B's data.
final class IsolationRouteTests: XCTestCase {
    var test: TestApp!
    let codeA = 101
    var usersA: [Role: UserRecord] = [:]
    var childA: Child!
    /// What of B's must never reach A: the child's family name, CPR number and the concern's text.
    let markers = ["Testesen", "150315", "HEMMELIG-707"]

    override func setUp() async throws {
        test = try await TestApp()
        try await test.store.ensureMunicipality(Municipality(code: codeA, name: "Københavns Kommune"))
        let storeA = test.store.scoped(to: codeA)
        let teamA = TeamRecord(id: UUID(), municipality: codeA, name: "Team Nord", district: "Område Nord")
        try await storeA.addTeam(teamA)
        let hash = try test.app.password.hash(test.password)
        for role in Role.allCases {
            let user = UserRecord(id: UUID(), municipality: codeA, username: "a-\(role.rawValue)", displayName: "A \(role.rawValue)",
                                  role: role, team: [.caseworker, .teamLead].contains(role) ? teamA.id : nil, passwordHash: hash, language: "da")
            try await storeA.addUser(user, now: TestApp.now)
            usersA[role] = user
        }
        childA = try Child(municipality: codeA, cpr: try CPR("020612-4331"), givenName: "Asta", familyName: "Nordby", district: "Område Nord")
        try await storeA.register(childA, cpr: try CPR("020612-4331"), by: usersA[.caseworker]!.id, now: TestApp.now)
        try await storeA.append(Entry(municipality: codeA, child: childA.id,
                                      payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: usersA[.caseworker]!.id)),
                                      occurredAt: TestApp.now.addingTimeInterval(-7200), recordedAt: TestApp.now.addingTimeInterval(-7200),
                                      author: usersA[.caseworker]!.id), now: TestApp.now)
        try await test.store.append(Entry(municipality: 707, child: test.child.id,
                                          payload: .concern(Concern(level: .vulnerable, source: .teacher, description: "HEMMELIG-707")),
                                          occurredAt: TestApp.now.addingTimeInterval(-3600), recordedAt: TestApp.now,
                                          author: test.users[.caseworker]!.id), now: TestApp.now)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// A's caseworker sees A's child and not B's: the sign-in scopes the server to the user's municipality.
    func testAUserSeesTheirOwnMunicipalityOnly() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("a-caseworker", password: test.password)
        let own = try await browser.get("/children/\(childA.id)")
        XCTAssertEqual(own.status, .ok)
        XCTAssertTrue(own.body.string.contains("Nordby"))
        // The sign-in is in A's audit log, not B's.
        let logins = try await test.store.scoped(to: codeA).sql.raw(
            "SELECT count(*) AS n FROM audit_log WHERE user_id = \(bind: usersA[.caseworker]!.id) AND action = 'login' AND municipality = \(bind: codeA)")
            .first()!.decode(column: "n", as: Int.self)
        XCTAssertEqual(logins, 1)
        let other = try await browser.get("/children/\(test.child.id)")
        XCTAssertEqual(other.status, .notFound)
        for marker in markers { XCTAssertFalse(other.body.string.contains(marker), marker) }
        // And B's caseworker, on the same server, the other way round.
        let b = Browser(test.app)
        _ = try await b.login("caseworker", password: test.password)
        let mine = try await b.get("/children/\(test.child.id)")
        XCTAssertEqual(mine.status, .ok)
        XCTAssertTrue(mine.body.string.contains("HEMMELIG-707"))
        let theirs = try await b.get("/children/\(childA.id)")
        XCTAssertEqual(theirs.status, .notFound)
        XCTAssertFalse(theirs.body.string.contains("Nordby"))
    }

    /// A sign-in attempt is audited in the municipality of the account it matched — staff and family alike, failed or
    /// not — and in the server's (B's) only when it matched no account. A's family account is activated on the server
    /// (scoped to B until then) with A's code, and signs in to a portal scoped to A: it reads A's child.
    func testSignInsAreAuditedInTheAccountsMunicipality() async throws {
        let storeA = test.store.scoped(to: codeA), caseworkerA = usersA[.caseworker]!
        let staff = Browser(test.app)
        _ = try await staff.login("a-caseworker", password: "forkert-kodeord")
        _ = try await staff.login("ingen-saadan-bruger", password: "forkert-kodeord")

        let code = try await storeA.createFamilyAccount(child: childA.id, reader: .child, by: caseworkerA.id, now: TestApp.now)
        let activating = Browser(test.app)
        try await activating.get("/portal/activate")
        let activated = try await activating.post("/portal/activate", ["code": code.code, "username": "asta.n", "password": test.password,
                                                                       "repeat": test.password])
        XCTAssertEqual(activated.status, .seeOther, activated.body.string)
        let home = try await activating.get("/portal")
        XCTAssertTrue(home.body.string.contains("Asta"))
        let family = Browser(test.app)
        try await family.get("/portal/login")
        let wrong = try await family.post("/portal/login", ["username": "asta.n", "password": "forkert-kodeord"])
        XCTAssertEqual(wrong.status, .unauthorized)
        let signedIn = try await family.post("/portal/login", ["username": "asta.n", "password": test.password])
        XCTAssertEqual(signedIn.status, .seeOther)
        let portal = try await family.get("/portal")
        XCTAssertEqual(portal.status, .ok)
        XCTAssertTrue(portal.body.string.contains("Asta"))
        for marker in markers { XCTAssertFalse(portal.body.string.contains(marker), marker) }

        func count(_ action: AuditAction, user: UUID?, in municipality: Int) async throws -> Int {
            let userClause: SQLQueryString = user.map { "user_id = \(bind: $0)" } ?? "user_id IS NULL"
            return try await test.store.sql.raw("""
                SELECT count(*) AS n FROM audit_log WHERE action = \(bind: action.rawValue) AND \(userClause) AND municipality = \(bind: municipality)
                """).first()!.decode(column: "n", as: Int.self)
        }
        let account = try await storeA.familyAccounts(child: childA.id)[0].id
        let failedA = try await count(.loginFailed, user: caseworkerA.id, in: codeA)
        XCTAssertEqual(failedA, 1)
        let failedInB = try await count(.loginFailed, user: caseworkerA.id, in: 707)
        XCTAssertEqual(failedInB, 0)
        let unknown = try await count(.loginFailed, user: nil, in: 707)
        XCTAssertEqual(unknown, 1)
        let familyFailed = try await count(.loginFailed, user: account, in: codeA)
        XCTAssertEqual(familyFailed, 1)
        let familyActivated = try await count(.familyAccountActivated, user: account, in: codeA)
        XCTAssertEqual(familyActivated, 1)
        let activatedInB = try await count(.familyAccountActivated, user: account, in: 707)
        XCTAssertEqual(activatedInB, 0)
        // The activation signed the family in, and the password sign-in after it.
        let familyLogin = try await count(.familyLogin, user: account, in: codeA)
        XCTAssertEqual(familyLogin, 2)
        let familyView = try await count(.familyView, user: account, in: codeA)
        XCTAssertEqual(familyView, 2)
    }

    /// Every route × every one of A's roles, pages and API, with B's ids: 403 or 404 where a route names one of B's ids,
    /// never a server error, and never B's data in any answer.
    func testEveryRouteWithTheOtherMunicipalitysIdsFindsNothing() async throws {
        let entryB = try await test.store.timeline(child: test.child.id).entries[0]
        var tokens: [Role: String] = [:]
        for role in Role.allCases {
            tokens[role] = try await test.store.scoped(to: codeA).createApiToken(user: usersA[role]!.id, name: "isolation", now: TestApp.now)
        }
        var checked = 0, named = 0
        for route in test.app.routes.all {
            guard let access = route.access else { continue }
            let (path, namesAnID) = route.filledPath(child: test.child.id, user: test.otherCaseworker.id, other: entryB.id)
            let isAPI = path.hasPrefix("/api/v1") || path.hasPrefix("/api/v2")
            for role in Role.allCases {
                let browser = Browser(test.app)
                if !isAPI {
                    _ = try await browser.login("a-\(role.rawValue)", password: test.password)
                    try await browser.get(Authorization.home(role).path)
                }
                let response = try await browser.walk(route.method, path, token: isAPI ? tokens[role] : nil)
                let what = "a-\(role.rawValue) \(route.method) \(path) → \(response.status.code)"
                XCTAssertLessThan(response.status.code, 500, what)
                let body = response.body.string
                // (The open routes show no one's data; the API's description has an example child named like B's.)
                if case .open = access {} else {
                    for marker in markers { XCTAssertFalse(body.contains(marker), "\(what) shows \(marker)") }
                }
                if namesAnID, case .requires = access {
                    XCTAssertTrue([.notFound, .forbidden].contains(response.status), what + " " + String(body.prefix(300)))
                    named += 1
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 150)
        XCTAssertGreaterThan(named, 50)
        // Nothing was written about B's child.
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.entries.count, 2)
    }
}
