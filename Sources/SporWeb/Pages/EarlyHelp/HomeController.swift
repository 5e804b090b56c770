import Vapor
import SporDomain

/// The home pages of the roles that do not start from a children list.
enum HomeController {
    @Sendable static func outreach(_ request: Request) async throws -> Response {
        Page.render(request, title: Strings.outreachTitle(request.language)) { context in OutreachHomeView.body(context) }
    }

    @Sendable static func admin(_ request: Request) async throws -> Response {
        Page.render(request, title: Strings.adminTitle(request.language)) { context in AdminHomeView.body(context) }
    }
}
