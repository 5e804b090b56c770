import XCTest
@testable import SporStore

/// How `SPOR_DATABASE_URL` becomes a PostgreSQL connection.
final class StoreConfigurationTests: XCTestCase {
    func configuration(_ url: String) throws -> StoreConfiguration {
        let configuration = StoreConfiguration.fromEnvironment(["SPOR_DATABASE_URL": url, "SPOR_DATA_DIR": "/nowhere"])
        XCTAssertEqual(configuration.kind, .postgres)
        return configuration
    }

    func testWithoutATLSModeThereIsNoTLS() throws {
        let postgres = try configuration("postgres://spor:secret@db.example:5433/spor").postgresConfiguration().coreConfiguration
        XCTAssertFalse(postgres.tls.isAllowed)
        XCTAssertEqual(postgres.username, "spor")
        XCTAssertEqual(postgres.password, "secret")
        XCTAssertEqual(postgres.database, "spor")
        XCTAssertEqual(postgres.host, "db.example")
        XCTAssertEqual(postgres.port, 5433)
    }

    func testATLSModeInTheURLIsKeptWhicheverNameItGoesBy() throws {
        for url in ["postgres://spor@db.example/spor?sslmode=require", "postgres://spor@db.example/spor?tlsmode=require",
                    "postgres://spor@db.example/spor?application_name=spor&SSLMODE=verify-full"] {
            let postgres = try configuration(url).postgresConfiguration().coreConfiguration
            XCTAssertTrue(postgres.tls.isEnforced, url)
            XCTAssertEqual(postgres.database, "spor", url)
        }
        let preferred = try configuration("postgres://spor@db.example/spor?sslmode=prefer").postgresConfiguration().coreConfiguration
        XCTAssertTrue(preferred.tls.isAllowed)
        XCTAssertFalse(preferred.tls.isEnforced)
    }

    func testAURLThatIsNotOneIsRefusedWithTheVariablesName() {
        XCTAssertThrowsError(try configuration("postgres://spor@db example/spor").postgresConfiguration()) { error in
            XCTAssertEqual("\(error)", "Configuration: SPOR_DATABASE_URL is not a URL")
        }
    }
}
