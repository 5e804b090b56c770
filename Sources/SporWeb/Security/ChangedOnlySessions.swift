import Fluent
import Vapor

/// Sessions in the database, written only when a request changed them. Vapor writes the session on
/// every response; for pages that only read, that is a write per page view for nothing.
/// Reads still go to the database every time, so several servers can share the sessions.
struct ChangedOnlySessions: AsyncSessionDriver {
    let stored: any SessionDriver

    private struct ReadKey: StorageKey { typealias Value = SessionData }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        try await stored.createSession(data, for: request).get()
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let data = try await stored.readSession(sessionID, for: request).get()
        request.storage[ReadKey.self] = data
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        if request.storage[ReadKey.self] == data { return sessionID }
        return try await stored.updateSession(sessionID, to: data, for: request).get()
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await stored.deleteSession(sessionID, for: request).get()
    }
}
