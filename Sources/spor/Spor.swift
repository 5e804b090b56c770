import ArgumentParser
import Foundation
import Vapor
import SporDemo
import SporDomain
import SporStore
import SporWeb
import SporSecurity

@main
struct Spor: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "spor",
        abstract: "Spor — the case and policy system for Children and Family services.",
        subcommands: [Demo.self, Serve.self, Migrate.self, UserCommand.self, Rebuild.self, AuditCommand.self, KeysCommand.self,
                      BackupCommand.self, RestoreCommand.self, Generate.self]
    )

    /// Every file Spor makes — the SQLite database and its WAL, keys, the chain checkpoint — is its owner's alone.
    static func main() async {
        umask(0o077)
        SporStore.Executor.installEventLoops()
        await main(nil)
    }
}

extension Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Reads the environment once; everything below receives plain values.
enum Launch {
    static func settings(demo: Bool) throws -> Settings {
        let environment = ProcessInfo.processInfo.environment
        var settings = Settings(store: StoreConfiguration.fromEnvironment(environment), demo: demo,
                                secureCookies: environment["SPOR_SECURE_COOKIES"] == "1", work: try WorkSettings.fromEnvironment(environment))
        settings.signIn = try SignInSettings.fromEnvironment(environment)
        settings.metricsToken = try Settings.metricsToken(fromEnvironment: environment)
        return settings
    }

    /// A configured, migrated application whose `execute()` serves on `hostname:port`.
    static func application(_ settings: Settings, hostname: String, port: Int) async throws -> Application {
        var environment = Environment(name: "production", arguments: ["spor", "serve", "--hostname", hostname, "--port", String(port)])
        try LogFormat.bootstrap(&environment, format: ProcessInfo.processInfo.environment["SPOR_LOG_FORMAT"])
        let app = try await Application.make(environment)
        do {
            try await configure(app, settings: settings)
            // The engine first: it refuses a PostgreSQL database Spor cannot use before anything is written to it.
            try await app.spor.store.prepareEngine()
            try await app.autoMigrate()
            try await prepareConnections(app)
            try await app.spor.store.ensureMunicipality(.norddjurs)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Runs `body` with a migrated application that does not serve (the commands other than `serve` and `demo`), and
    /// shuts it down afterwards, also when `body` throws.
    static func withApplication<T>(_ settings: Settings? = nil, _ body: (Application) async throws -> T) async throws -> T {
        let app = try await application(try settings ?? self.settings(demo: false), hostname: "127.0.0.1", port: 0)
        let result: T
        do {
            result = try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return result
    }

    static func run(_ app: Application) async throws {
        app.lifecycle.use(IndicatorRefresh())
        app.lifecycle.use(PlannerStatistics())
        // A recount after a change of settings runs to its end before the server stops.
        app.lifecycle.use(app.spor.settingsRecount)
        do {
            // The tamper check on a schedule (SPOR_VERIFY_EVERY seconds, hourly by default, 0 off); /admin/verify shows its last result.
            app.chainVerification = ChainVerification(every: try ChainVerification.interval(fromEnvironment: ProcessInfo.processInfo.environment))
            app.lifecycle.use(ChainVerifySchedule())
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "serve", abstract: "Serve Spor (SQLite in SPOR_DATA_DIR, or PostgreSQL at SPOR_DATABASE_URL).")

    @ArgumentParser.Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @ArgumentParser.Option(help: "Port to listen on.") var port = 8080

    func run() async throws {
        let app = try await Launch.application(try Launch.settings(demo: false), hostname: hostname, port: port)
        try await Launch.run(app)
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(commandName: "migrate", abstract: "Create or update the database schema.")

    func run() async throws {
        try await Launch.withApplication { _ in }
        print("The database is up to date.")
    }
}

struct Rebuild: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "rebuild", abstract: "Recreate the derived tables from the journal alone: the summaries and open obligations, and the indicator cells.")

    @ArgumentParser.Flag(help: "Recreate only the indicator cells.") var indicators = false

    func run() async throws {
        try await Launch.withApplication { app in
            let store = app.spor.store
            let clock = ContinuousClock()
            if !indicators {
                let started = clock.now
                let count = try await store.rebuildSummaries()
                print("Rebuilt the summaries of \(count) children from the journal in \(Rebuild.seconds(clock.now - started)) s.")
            }
            let started = clock.now
            let recount = try await store.rebuildIndicators()
            print("Rebuilt \(recount.cells) indicator cells in \(recount.groups) groups (\(recount.changed) groups changed) from \(recount.entries) journal entries of \(recount.children) children "
                  + "in \(Rebuild.seconds(clock.now - started)) s (reading and counting \(Rebuild.seconds(recount.counting)) s, "
                  + "writing \(Rebuild.seconds(recount.writing)) s).")
        }
    }

    static func seconds(_ duration: Duration) -> String { String(format: "%.2f", duration.inSeconds) }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "user", abstract: "Manage staff users.",
        subcommands: [Add.self, ResetTOTP.self, Deactivate.self, Reactivate.self, Unlock.self])

    struct Add: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "add", abstract: "Add a staff user. The password is read from SPOR_PASSWORD.")

        @ArgumentParser.Option(help: "Login name.") var username: String
        @ArgumentParser.Option(help: "Name shown to colleagues.") var name: String
        @ArgumentParser.Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @ArgumentParser.Option(help: "Team name (caseworkers and team leads).") var team: String?

        func run() async throws {
            guard let role = Role(rawValue: role) else { throw ArgumentParser.ValidationError("Unknown role '\(self.role)'.") }
            guard let password = ProcessInfo.processInfo.environment["SPOR_PASSWORD"] else {
                throw ArgumentParser.ValidationError("Set SPOR_PASSWORD to the new user's password.")
            }
            do {
                try PasswordPolicy.check(password, username: username)
            } catch let error as DomainError where error.code == .passwordTooShort {
                throw ArgumentParser.ValidationError("SPOR_PASSWORD is too short: use at least \(PasswordPolicy.minimumLength) characters.")
            } catch is DomainError {
                throw ArgumentParser.ValidationError("SPOR_PASSWORD is too easy to guess: it is a common password, looks like the username or is only digits and signs. Use, for example, a sentence of several words.")
            }
            try await Launch.withApplication { app in
                let store = app.spor.store
                let teams = try await store.teams()
                let teamID = team.flatMap { name in teams.first { $0.name == name }?.id }
                if team != nil && teamID == nil { throw ArgumentParser.ValidationError("No team named '\(team!)'.") }
                let hash = try await app.password.async.hash(password)
                try await store.addUser(UserRecord(id: UUID(), municipality: store.municipality, username: username, displayName: name,
                                                   role: role, team: teamID, passwordHash: hash, language: "da"), now: Date())
                print("Added \(username) (\(role.rawValue)).")
            }
        }
    }

    struct ResetTOTP: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "reset-totp", abstract: "Turn off a user's two-step login (a lost phone); they enrol again after logging in.")

        @ArgumentParser.Option(help: "Login name.") var username: String

        func run() async throws {
            try await Launch.withApplication { app in
                guard let user = try await app.spor.store.user(username: username) else {
                    throw ArgumentParser.ValidationError("No user named '\(username)'.")
                }
                try await app.spor.store.resetTOTP(user: user.id, by: nil, now: Date())
                print("Two-step login is off for \(username).")
            }
        }
    }

    /// The user named by `--username`, in a migrated application; the audit row names no administrator (the command
    /// line is the operator's, who reaches the database anyway).
    static func withUser(_ username: String, _ body: (Application, UserRecord) async throws -> Void) async throws {
        try await Launch.withApplication { app in
            guard let user = try await app.spor.store.user(username: username) else {
                throw ArgumentParser.ValidationError("No user named '\(username)'.")
            }
            try await body(app, user)
        }
    }

    struct Deactivate: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "deactivate", abstract: "Deactivate a user: no login, their sessions end, every API token of theirs is revoked.")

        @ArgumentParser.Option(help: "Login name.") var username: String

        func run() async throws {
            try await UserCommand.withUser(username) { app, user in
                let done = try await app.spor.store.deactivateUser(user.id, by: nil, now: Date())
                print(done ? "Deactivated \(username): no login, sessions ended, API tokens revoked." : "\(username) was deactivated already.")
            }
        }
    }

    struct Reactivate: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "reactivate", abstract: "Let a deactivated user log in again (their revoked tokens stay revoked).")

        @ArgumentParser.Option(help: "Login name.") var username: String

        func run() async throws {
            try await UserCommand.withUser(username) { app, user in
                let done = try await app.spor.store.reactivateUser(user.id, by: nil, now: Date())
                print(done ? "\(username) can log in again." : "\(username) was active already.")
            }
        }
    }

    struct Unlock: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "unlock", abstract: "Lift a lockout after too many wrong passwords: the failed logins of the username are forgotten.")

        @ArgumentParser.Option(help: "Login name.") var username: String

        func run() async throws {
            try await UserCommand.withUser(username) { app, user in
                let done = try await app.spor.store.unlockLogin(account: app.loginAccount(username), user: user.id, by: nil, now: Date())
                print(done ? "The lockout of \(username) is lifted." : "\(username) had no failed logins to forget.")
            }
        }
    }
}
