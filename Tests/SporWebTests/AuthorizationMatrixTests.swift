import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Every route of the router × every role (and no login), against the one policy table.
final class AuthorizationMatrixTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testEveryRouteDeclaresWhoMayUseIt() {
        for route in test.app.routes.all {
            XCTAssertNotNil(route.access, "\(route.method) /\(route.path.string) declares no RouteAccess")
        }
    }

    func testEveryRouteAgainstEveryRole() async throws {
        let entry = try await test.store.timeline(child: test.child.id).entries[0]
        var tokens: [Role: String] = [:]
        for role in Role.allCases {
            tokens[role] = try await test.store.createApiToken(user: test.users[role]!.id, name: "matrix", now: TestApp.now)
        }
        var checked = 0
        for route in test.app.routes.all {
            guard let access = route.access else { continue }
            // A real user, so that the administrator's actions on users are walked to their end.
            let path = route.filledPath(child: test.child.id, user: test.otherCaseworker.id, other: entry.id).path
            let isAPI = path.hasPrefix("/api/v1") || path.hasPrefix("/api/v2")

            // Not logged in.
            let anonymous = try await Browser(test.app).walk(route.method, path, token: nil)
            if case .requires = access {
                if isAPI {
                    XCTAssertEqual(anonymous.status, .unauthorized, "anonymous \(route.method) \(path)")
                } else if route.method == .POST {
                    // Without a session there is no form token: refused before anything else.
                    XCTAssertEqual(anonymous.status, .forbidden, "anonymous \(route.method) \(path)")
                } else {
                    XCTAssertEqual(anonymous.headers.first(name: .location), "/login", "anonymous \(route.method) \(path)")
                }
            }
            if case .family = access {
                // Not signed in to the portal: its own sign-in page (a POST without a session has no form token).
                if route.method == .POST {
                    XCTAssertEqual(anonymous.status, .forbidden, "anonymous \(route.method) \(path)")
                } else {
                    XCTAssertEqual(anonymous.headers.first(name: .location), "/portal/login", "anonymous \(route.method) \(path)")
                }
            }
            XCTAssertLessThan(anonymous.status.code, 500, "anonymous \(route.method) \(path)")

            for role in Role.allCases {
                let browser = Browser(test.app)
                if !isAPI { _ = try await browser.login(role.rawValue, password: test.password) }
                try await browser.get(Authorization.home(role).path) // a page, for the form token
                let response = try await browser.walk(route.method, path, token: isAPI ? tokens[role] : nil)
                let what = "\(role.rawValue) \(route.method) \(path) → \(response.status.code)"
                XCTAssertLessThan(response.status.code, 500, what)
                switch access {
                case .open:
                    break
                case .family:
                    // The portal shows one family its own child; no staff role has a family.
                    XCTAssertEqual(response.status, .forbidden, what)
                case .requires(let permission):
                    if Authorization.allows(role, permission) {
                        XCTAssertNotEqual(response.status, .forbidden, what)
                        XCTAssertNotEqual(response.status, .unauthorized, what)
                        XCTAssertNotEqual(response.headers.first(name: .location), "/login", what)
                    } else {
                        XCTAssertEqual(response.status, .forbidden, what)
                    }
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 150)
    }

    func testTheAccountAndUserAdministrationRoutesAreWalkedWithTheirAccess() {
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        let expected: [String: RouteAccess] = [
            "GET /account": .requires(.manageOwnAccount),
            "POST /account/tokens": .requires(.manageOwnAccount),
            "POST /account/tokens/:tokenID/revoke": .requires(.manageOwnAccount),
            "GET /admin/users": .requires(.administer),
            "POST /admin/users/:userID/deactivate": .requires(.administer),
            "POST /admin/users/:userID/reactivate": .requires(.administer),
            "POST /admin/users/:userID/unlock": .requires(.administer),
        ]
        for (route, access) in expected {
            XCTAssertEqual(declared[route] ?? nil, access, route)
        }
    }

    /// Only policy staff add and edit the policy content (issue 23, item 5), as they alone keep the tracker; the walk
    /// above refuses every other role these routes.
    func testThePolicyContentRoutesAreForPolicyStaffOnly() {
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        for route in ["GET /policy/new-initiative", "POST /policy/new-initiative",
                      "GET /policy/initiatives/:initiativeID/edit", "POST /policy/initiatives/:initiativeID/edit",
                      "GET /policy/new-policy", "POST /policy/new-policy", "POST /policy/policies/:policyID/edit",
                      "POST /policy/policies/:policyID/new-track", "POST /policy/tracks/:trackID/edit",
                      "POST /policy/tracks/:trackID/new-goal", "POST /policy/goals/:goalID/edit",
                      "GET /policy/versions", "GET /policy/versions/:version"] {
            XCTAssertEqual(declared[route] ?? nil, .requires(.managePolicy), route)
        }
        for role in Role.allCases {
            XCTAssertEqual(Authorization.allows(role, .managePolicy), role == .policy, role.rawValue)
        }
    }

    // MARK: - Attachments (issue 22)

    /// Another team's caseworker, the professional, policy staff and the family are refused every attachment route: the
    /// form, the upload and the file (which they never receive).
    func testEveryAttachmentRouteRefusesAnotherTeamTheProfessionalPolicyStaffAndTheFamily() async throws {
        let secret = Data("%PDF-1.4 BILAG-HEMMELIGHED-51c2".utf8)
        let hash = try test.store.files!.put(secret)
        let attachment = Entry(municipality: 707, child: test.child.id,
                               payload: .attachment(Attachment(title: "Lægens brev", dated: LocalDate(year: 2026, month: 11, day: 20)!,
                                                               sender: "Egen læge",
                                                               file: StoredFile(sha256: hash, size: secret.count, mediaType: "application/pdf",
                                                                                name: "brev.pdf"))),
                               occurredAt: TestApp.now, recordedAt: TestApp.now, author: test.users[.caseworker]!.id)
        try await test.store.append(attachment, now: TestApp.now)
        let child = "/children/\(test.child.id)"
        let routes: [(HTTPMethod, String)] = [(.GET, "\(child)/attachments/new"), (.POST, "\(child)/attachments"),
                                              (.GET, "\(child)/attachments/\(attachment.id)/file")]

        // The family: the child's own account on Min side.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get("\(child)/family")
        let made = try await caseworker.post("\(child)/family", ["reader": "child"])
        XCTAssertEqual(made.status, .created, made.body.string)
        // The code in its notice (a UUID elsewhere on the page may read like one).
        let notice = try XCTUnwrap(made.body.string.range(of: #"id="activation-code"[^<]*"#, options: .regularExpression)
            .map { String(made.body.string[$0]) })
        let code = try XCTUnwrap(notice.range(of: #"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"#, options: .regularExpression).map { String(notice[$0]) })
        let family = Browser(test.app)
        try await family.get("/portal/activate")
        let activated = try await family.post("/portal/activate", ["code": code, "username": "alma11", "password": "grøn hest hopper højt",
                                                                    "repeat": "grøn hest hopper højt"])
        XCTAssertEqual(activated.status, .seeOther, activated.body.string)
        // Min side shows the family no attachment.
        let portal = try await family.get("/portal")
        XCTAssertEqual(portal.status, .ok)
        XCTAssertFalse(portal.body.string.contains("Lægens brev"))
        XCTAssertFalse(portal.body.string.contains("attachments"))

        var callers: [(String, Browser)] = [("family", family)]
        for username in ["caseworker2", Role.professional.rawValue, Role.policy.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            let home = try await browser.get("/account")
            XCTAssertEqual(home.status, .ok, username)
            callers.append((username, browser))
        }
        for (who, browser) in callers {
            for (method, path) in routes {
                let response = try await browser.walk(method, path, token: nil)
                let what = "\(who) \(method) \(path) → \(response.status.code)"
                if who == "family" {
                    // Not staff: sent to the staff sign-in (a GET) or refused (a POST without a staff form token).
                    XCTAssertTrue(response.status == .forbidden || response.headers.first(name: .location) == "/login", what)
                } else {
                    XCTAssertEqual(response.status, .forbidden, what)
                }
                XCTAssertNil(Data(response.body.readableBytesView).range(of: Data("BILAG-HEMMELIGHED".utf8)), what)
                XCTAssertFalse(response.body.string.contains("Lægens brev"), what)
            }
        }
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.entries.filter { $0.kind == .attachment }.count, 1)
        let log = try await test.store.accessLog(child: test.child.id)
        XCTAssertFalse(log.contains { $0.action == .downloadFile })
    }

    // MARK: - Letters (issue 22)

    /// Another team's caseworker, the professional and policy staff are refused every letter route: the draft, finalising,
    /// the letter as sent and its file (which they never receive); nothing is saved and no download is logged.
    func testEveryLetterRouteRefusesAnotherTeamTheProfessionalAndPolicyStaff() async throws {
        let secret = Data("%PDF-1.4 BREV-HEMMELIGHED-7a1f".utf8)
        let hash = try test.store.files!.put(secret)
        let letter = Entry(municipality: 707, child: test.child.id,
                           payload: .letter(Letter(kind: .free, template: "free", templateVersion: 1, concerns: nil,
                                                   recipients: [LetterRecipient(role: .other, name: "Mette")], plainLanguage: false,
                                                   subject: "Brevets emne 7a1f", body: "Brevets tekst 7a1f",
                                                   files: [StoredFile(sha256: hash, size: secret.count, mediaType: "application/pdf", name: "brev.pdf")])),
                           occurredAt: TestApp.now, recordedAt: TestApp.now, author: test.users[.caseworker]!.id)
        try await test.store.append(letter, now: TestApp.now)
        let child = "/children/\(test.child.id)"
        let routes: [(HTTPMethod, String)] = [(.GET, "\(child)/letters/new/free"), (.POST, "\(child)/letters/new/free"),
                                              (.GET, "\(child)/letters/\(letter.id)"), (.GET, "\(child)/letters/\(letter.id)/files/\(hash)")]
        for username in ["caseworker2", Role.professional.rawValue, Role.policy.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            for (method, path) in routes {
                let response = method == .POST
                    ? try await browser.post(path, ["subject": "x", "body": "y", "to-child": "1"]) : try await browser.get(path)
                let what = "\(username) \(method) \(path) → \(response.status.code)"
                XCTAssertEqual(response.status, .forbidden, what)
                XCTAssertNil(Data(response.body.readableBytesView).range(of: Data("BREV-HEMMELIGHED".utf8)), what)
                XCTAssertFalse(response.body.string.contains("7a1f"), what)
            }
        }
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.entries.filter { $0.kind == .letter }.count, 1)
        let log = try await test.store.accessLog(child: test.child.id)
        XCTAssertFalse(log.contains { $0.action == .downloadLetter })
    }

    // MARK: - The cases the policy must refuse, and log

    func testRefusalsAreRefusedAndLogged() async throws {
        let cases: [(Role, UUID, String)] = [
            (.professional, test.child.id, "a professional opening a case"),
            (.policy, test.child.id, "policy staff opening a person"),
            (.admin, test.child.id, "an administrator reading case content"),
            (.outreach, test.child.id, "an outreach counsellor opening a case"),
        ]
        for (role, child, what) in cases {
            let browser = Browser(test.app)
            _ = try await browser.login(role.rawValue, password: test.password)
            for path in ["/children/\(child)", "/children/\(child)/export.json", "/children/\(child)/access-log"] {
                let response = try await browser.get(path)
                XCTAssertEqual(response.status, .forbidden, "\(what): \(path)")
                XCTAssertFalse(response.body.string.contains("Alma"), "\(what): \(path) shows the child's name")
            }
            let log = try await test.store.accessLog(child: child)
            XCTAssertTrue(log.contains { $0.action == .accessDenied && $0.user == test.users[role]!.id }, "\(what) is not logged")
        }
    }

    func testACaseworkerOpeningAnotherTeamsChildIsRefusedLoggedAndOfferedTheGlass() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let page = try await browser.get("/children/\(test.otherChild.id)")
        XCTAssertEqual(page.status, .forbidden)
        XCTAssertFalse(page.body.string.contains("Bo Prøvesen"))
        XCTAssertTrue(page.body.string.contains(#"id="break-glass-form""#))
        let log = try await test.store.accessLog(child: test.otherChild.id)
        XCTAssertTrue(log.contains { $0.action == .accessDenied && $0.user == test.users[.caseworker]!.id })

        // An empty reason opens nothing.
        let empty = try await browser.post("/children/\(test.otherChild.id)/break-glass", ["reason": "  "])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains(Strings.error(.textMissing)(.da)))

        // A stated reason opens the child for a while, is logged, and the team lead sees it.
        let granted = try await browser.post("/children/\(test.otherChild.id)/break-glass", ["reason": "Akut henvendelse fra skolen, sagsbehandler syg"])
        XCTAssertEqual(granted.status, .seeOther)
        let opened = try await browser.get("/children/\(test.otherChild.id)")
        XCTAssertEqual(opened.status, .ok)
        XCTAssertTrue(opened.body.string.contains("Bo Prøvesen"))
        let after = try await test.store.accessLog(child: test.otherChild.id)
        XCTAssertTrue(after.contains { $0.action == .breakGlass && $0.user == test.users[.caseworker]!.id })

        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let review = try await lead.get("/team/break-glass")
        XCTAssertTrue(review.body.string.contains("Akut henvendelse fra skolen"))
        XCTAssertTrue(review.body.string.contains("Test caseworker"))

        // The grant ends: four hours later the child is closed again.
        test.clock.advance(by: Store.grantDuration + 60)
        let nextDay = Browser(test.app)
        _ = try await nextDay.login("caseworker", password: test.password)
        let later = try await nextDay.get("/children/\(test.otherChild.id)")
        XCTAssertEqual(later.status, .forbidden)
    }

    func testOutsideOnesCasesAnEntrysExistenceIsNotToldEither() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children")
        let real = try await test.store.timeline(child: test.otherChild.id).entries[0].id
        for entry in [real, UUID()] {
            let page = try await browser.get("/children/\(test.otherChild.id)/entries/\(entry)/correct")
            XCTAssertEqual(page.status, .forbidden)
            let post = try await browser.post("/children/\(test.otherChild.id)/entries/\(entry)/correct", ["reason": "x"])
            XCTAssertEqual(post.status, .forbidden)
        }
    }

    func testTheDataSubjectExportHoldsEverythingAndIsLogged() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children/\(test.child.id)")
        try await browser.post("/children/\(test.child.id)/notes", ["text": "Notat til indsigt", "occurredAt": "2026-11-26T09:00"])

        let json = try await browser.get("/children/\(test.child.id)/export.json")
        XCTAssertEqual(json.status, .ok)
        let export = try JSONSerialization.jsonObject(with: Data(json.body.string.utf8)) as! [String: Any]
        let identity = export["child"] as! [String: Any]
        XCTAssertEqual(identity["cpr"] as? String, "150315-4321")
        let journal = export["journal"] as! [[String: Any]]
        XCTAssertTrue(journal.contains { ($0["payload"] as? [String: Any])?["text"] as? String == "Notat til indsigt" })
        XCTAssertFalse((export["accessLog"] as! [Any]).isEmpty)

        let page = try await browser.get("/children/\(test.child.id)/export")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Notat til indsigt"))
        let log = try await test.store.accessLog(child: test.child.id)
        XCTAssertEqual(log.filter { $0.action == .exportChild }.count, 2, "\(log.map(\.action))")
    }
}
