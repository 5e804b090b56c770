import Foundation
import Vapor
import SporDomain
import SporStore

/// `/search`: children by name or CPR number.
enum SearchController {
    struct SearchForm: Content {
        var q: String?
    }

    /// The search form, posted: a CPR number typed into it travels in the body, never in the URL (and so never in a
    /// server's or proxy's log or the browser's history). A name may still come as `?q=`; a CPR number that way is
    /// not searched for.
    @Sendable static func search(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let sent = request.method == .POST ? try request.content.decode(SearchForm.self).q : try? request.query.get(String.self, at: "q")
        var query = sent?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var notice: LocalizedText? = nil
        if request.method != .POST, query.filter(\.isNumber).count >= 6 {
            query = ""
            notice = Strings.searchCPRByForm
        }
        let model = try await SearchModel.query(store: request.store, user: user, now: request.now, query: query, notice: notice)
        if !query.isEmpty {
            // The audit log records that a search happened, never what was searched for.
            try await request.store.audit(.search, user: user.id, now: request.now)
        }
        return Page.render(request, title: Strings.searchTitle(request.language)) { context in
            SearchView.body(model, context)
        }
    }
}
