// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Frontline",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "frontline", targets: ["frontline"]),
    .library(name: "FrontlineModel", targets: ["FrontlineModel"]),
    .library(name: "FrontlineLoading", targets: ["FrontlineLoading"]),
    .library(name: "FrontlineScoring", targets: ["FrontlineScoring"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    // Line editing for the practice REPL: the system's libedit (Debian: libedit-dev).
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // Japanese morphology for scoring: MeCab (Debian: libmecab-dev; the mecab-ipadic-utf8 dictionary at run
    // time).
    .systemLibrary(
      name: "CMeCab",
      providers: [.apt(["libmecab-dev", "mecab-ipadic-utf8"])]
    ),
    // The authored formats as types: scenarios, rubrics, the ladder, departments.
    .target(name: "FrontlineModel"),
    // Reading authored files: JSON with source positions, decoding, validation, JSON Schemas.
    .target(name: "FrontlineLoading", dependencies: ["FrontlineModel"]),
    // Scoring replies against rubrics: normalisation, reading replies as sentences and clauses (MeCab for
    // Japanese), phrase matching, negation scope, facts, explained scores.
    .target(name: "FrontlineScoring", dependencies: ["FrontlineModel", "CMeCab"]),
    // Trainees' history: the storage interface and its SQLite implementation (GRDB).
    .target(
      name: "FrontlineStorage",
      dependencies: ["FrontlineModel", "FrontlineScoring", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The same store on a shared PostgreSQL server (postgres-nio), with roles enforced by the server.
    .target(
      name: "FrontlinePostgres",
      dependencies: [
        "FrontlineModel", "FrontlineScoring", "FrontlineStorage",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // The simulated customer conversation, independent of any terminal.
    .target(name: "FrontlineSimulation", dependencies: ["FrontlineModel", "FrontlineScoring"]),
    // Progress along the career ladder, computed from the history.
    .target(name: "FrontlineProgress", dependencies: ["FrontlineModel", "FrontlineStorage"]),
    // Team reports and exports: text, CSV, JSON, HTML, xAPI.
    .target(
      name: "FrontlineReports", dependencies: ["FrontlineModel", "FrontlineStorage", "FrontlineProgress"]),
    // The practice REPL: line editing, rendering, the session loop.
    .target(
      name: "FrontlineREPL",
      dependencies: [
        "FrontlineModel", "FrontlineLoading", "FrontlineScoring", "FrontlineSimulation", "FrontlineStorage",
        "FrontlineProgress", "FrontlineReports", "CEditLine",
      ]
    ),
    // The `frontline` command line.
    .target(
      name: "FrontlineCLI",
      dependencies: [
        "FrontlineModel",
        "FrontlineLoading",
        "FrontlineScoring",
        "FrontlineStorage",
        "FrontlineProgress",
        "FrontlineREPL",
        "FrontlineReports",
        "FrontlinePostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "frontline", dependencies: ["FrontlineCLI"]),
    // Synthetic scenarios and histories for tests, benchmarks and the probe.
    // Tests run executables (frontline, the probe, tmux, chromium) through swift-subprocess, with a
    // deadline on each.
    .target(
      name: "FrontlineTestSupport",
      dependencies: [
        "FrontlineModel", "FrontlineScoring", "FrontlineStorage", "FrontlinePostgres",
        .product(name: "Subprocess", package: "swift-subprocess"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]),
    // Drives the store from separate processes, for the kill and concurrency tests.
    .executableTarget(
      name: "frontline-probe",
      dependencies: [
        "FrontlineStorage", "FrontlineTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks that print the figures the issues name: `swift run -c release frontline-bench scoring`.
    .executableTarget(
      name: "frontline-bench",
      dependencies: [
        "FrontlineModel", "FrontlineLoading", "FrontlineScoring", "FrontlineStorage", "FrontlineProgress",
        "FrontlineReports", "FrontlinePostgres", "FrontlineTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The libFuzzer entry for the JSON reader and decoders (README, "Fuzzing"); a normal build replays files.
    .executableTarget(name: "frontline-fuzz", dependencies: ["FrontlineLoading"]),
    .testTarget(name: "FrontlineModelTests", dependencies: ["FrontlineModel"]),
    .testTarget(name: "FrontlineLoadingTests", dependencies: ["FrontlineLoading", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineScoringTests", dependencies: ["FrontlineScoring", "FrontlineLoading", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineStorageTests",
      dependencies: [
        "FrontlineStorage", "FrontlineModel", "FrontlineScoring", "FrontlineTestSupport", "FrontlinePostgres",
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
      ]),
    .testTarget(
      name: "FrontlineProgressTests",
      dependencies: ["FrontlineProgress", "FrontlineStorage", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineSimulationTests",
      dependencies: ["FrontlineSimulation", "FrontlineLoading", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineREPLTests",
      dependencies: [
        "FrontlineREPL", "FrontlineLoading", "FrontlineModel", "FrontlineStorage", "FrontlineTestSupport",
      ]
    ),
    .testTarget(name: "FrontlineReportsTests", dependencies: ["FrontlineReports", "FrontlineTestSupport"]),
    .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineCLI", "FrontlineTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
