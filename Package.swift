// swift-tools-version:6.0
// Spor — Licence: MPL-2.0 (Mozilla Public License 2.0), see LICENSE.
import PackageDescription

let package = Package(
    name: "Spor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spor", targets: ["spor"]),
        .executable(name: "spor-bench", targets: ["SporBench"]),
        .executable(name: "spor-floor", targets: ["SporFloor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.50.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.30.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.17.0"),
        // Letter templates (issue 22): Mustache, a well-kept logic-less template engine.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        // Staff sign-in through the municipality's OpenID provider (issue 25): the ID token verified against its JWKS.
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.0.0"),
        // Operations (issue 26): /metrics in Prometheus's text format, through swift-metrics.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.4.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
    ],
    targets: [
        // The law and the course as data: Foundation only.
        .target(name: "SporDomain"),
        // Sign-in's own rules: passwords, login throttling, TOTP (HMAC from swift-crypto).
        .target(name: "SporSecurity", dependencies: ["SporDomain", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "SporStore",
            dependencies: [
                "SporDomain",
                "SporSecurity",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                // The journal's write latency (a timer around `append`); a no-op until the server bootstraps metrics.
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(
            name: "SporWeb",
            dependencies: [
                "SporDomain",
                "SporSecurity",
                "SporStore",
                "SporDocuments",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(name: "SporDemo", dependencies: ["SporDomain"]),
        // Markdown, print HTML and DOCX from a plain document model; depends on nothing.
        // Letters from Mustache templates (issue 22).
        .target(name: "SporDocuments", dependencies: ["SporDomain", .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(
            name: "spor",
            dependencies: [
                "SporWeb",
                "SporSecurity",
                "SporStore",
                "SporDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmarks' commands (bench/): never part of the `spor` that is deployed.
        .executableTarget(
            name: "SporBench",
            dependencies: ["SporStore", "SporDomain", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The benchmarks' floor (bench/pages): a plain Vapor hello-world route built the same way as `spor`.
        .executableTarget(name: "SporFloor", dependencies: [.product(name: "Vapor", package: "vapor")]),
        // What tests share and production never ships: the indicators' worked examples.
        .target(name: "SporTestSupport", dependencies: ["SporDomain"]),
        .testTarget(name: "SporDomainTests", dependencies: ["SporDomain", "SporTestSupport"]),
        .testTarget(name: "SporSecurityTests", dependencies: ["SporSecurity"]),
        // SporDemo: the store's payload reader is held to Codable on every payload of a generated municipality;
        // SporBench: its copies of a municipality count as the original does.
        .testTarget(name: "SporStoreTests", dependencies: ["SporStore", "SporSecurity", "SporTestSupport", "SporDemo", "SporBench"]),
        .testTarget(
            name: "SporWebTests",
            dependencies: ["SporWeb", "SporSecurity", "SporTestSupport", .product(name: "XCTVapor", package: "vapor"),
                           .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                           // Signs ID tokens with keys made in the test (OIDCTests).
                           .product(name: "JWTKit", package: "jwt-kit")]
        ),
        .testTarget(name: "SporDemoTests", dependencies: ["SporDemo"]),
        // SporDomain only for the status report mapping kept here until SporWeb takes it over.
        .testTarget(name: "SporDocumentsTests", dependencies: ["SporDocuments", "SporDomain"]),
    ],
    swiftLanguageModes: [.v6]
)
