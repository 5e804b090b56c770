import Foundation
import Vapor
import XCTest
import XCTVapor
@testable import SporWeb

/// Issue 26, item 6: the middleware runs as two tasks (`MiddlewareChain`), and the health check and the stylesheet pass
/// by the session and what reads it (`SessionFreePaths`).
final class MiddlewareChainTests: XCTestCase {
    var test: TestApp!
    var browser: Browser!

    override func setUp() async throws {
        test = try await TestApp()
        browser = Browser(test.app)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// Layers run in their order around the route, and an error thrown inside reaches the layers outside it.
    func testLayersRunInOrderAndSeeTheErrorsOfThoseInside() async throws {
        let trail = Trail()
        let chain = MiddlewareChain([Mark(name: "a", trail: trail), Mark(name: "b", trail: trail), Mark(name: "c", trail: trail)])
        let request = Request(application: test.app, on: test.app.eventLoopGroup.next())
        let response = try await chain.respond(to: request, chainingTo: AsyncBasicResponder { _ in
            trail.add("route")
            return Response(status: .ok)
        })
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(trail.names, ["a>", "b>", "c>", "route", "<c", "<b", "<a"])

        let failing = Trail()
        let caught = MiddlewareChain([Mark(name: "outer", trail: failing), Mark(name: "inner", trail: failing)])
        do {
            _ = try await caught.respond(to: request, chainingTo: AsyncBasicResponder { _ in throw Abort(.conflict) })
            XCTFail("the route's error was swallowed")
        } catch let error as Abort {
            XCTAssertEqual(error.status, .conflict)
        }
        XCTAssertEqual(failing.names, ["outer>", "inner>", "inner!", "outer!"])
    }

    /// A signed-in browser whose session has run idle still gets the stylesheet and the health check (the idle timeout
    /// used to answer the stylesheet with a redirect to the login page), with the security headers; the session
    /// itself is not renewed by them: the next page goes to the login page.
    func testTheStylesheetAndTheHealthCheckPassByTheSession() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        let children = try await browser.get(SiteURL.children.path)
        XCTAssertEqual(children.status, .ok)
        test.clock.advance(by: test.app.spor.settings.idleTimeout + 60)
        for path in [SiteURL.stylesheet.path, SiteURL.healthz.path] {
            let response = try await browser.get(path)
            XCTAssertEqual(response.status, .ok, path)
            XCTAssertNil(response.headers.first(name: .setCookie), path)
            XCTAssertEqual(response.headers.first(name: "X-Frame-Options"), "DENY", path)
            XCTAssertNotNil(response.headers.first(name: "Content-Security-Policy"), path)
        }
        let page = try await browser.get(SiteURL.children.path)
        XCTAssertEqual(page.status, .seeOther)
        XCTAssertEqual(page.headers.first(name: .location), SiteURL.login.path)
    }

    /// Ids go into paths as they are; anything else is percent-encoded as Foundation does it.
    func testPathValuesAreEncodedAsBefore() {
        let allowed = CharacterSet.urlPathAllowed.subtracting(["/"])
        for value in ["F237A3DA-7B84-4056-9A68-11B5D0674056", "abc_1.2~x", "a b/c", "Søren?&#", "%41", "", "æøå"] {
            XCTAssertEqual(SiteURL.encodedValue(value), value.addingPercentEncoding(withAllowedCharacters: allowed), value)
        }
    }
}

private final class Trail: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    var names: [String] { lock.withLock { list } }
    func add(_ name: String) { lock.withLock { list.append(name) } }
}

private struct Mark: AsyncMiddleware {
    let name: String
    let trail: Trail

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        trail.add(name + ">")
        do {
            let response = try await next.respond(to: request)
            trail.add("<" + name)
            return response
        } catch {
            trail.add(name + "!")
            throw error
        }
    }
}
