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
  traits: [
    // The PostgreSQL store for teams (`--database postgres://…`, `frontline admin`). Off by default:
    // its client (postgres-nio with swift-nio-ssl's BoringSSL) is most of a fresh build, and a
    // trainee on the embedded SQLite store never uses it. `swift build --traits PostgreSQL`; the
    // test command enables it.
    .trait(
      name: "PostgreSQL",
      description: "The PostgreSQL store: --database postgres://… and frontline admin (postgres-nio)."),
    .default(enabledTraits: []),
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
    // SHA-1 for name-based (v5) UUIDs: xAPI statement ids.
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
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
    // Patterns run on the toolchain's ICU through its C API, for a time limit on every match.
    .target(
      name: "FrontlineScoring", dependencies: ["FrontlineModel", "CMeCab"],
      linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
    // Trainees' history: the storage interface (`ProgressStore`), its records and errors. No SQL
    // engine: each backend below implements it.
    .target(name: "FrontlineHistory", dependencies: ["FrontlineModel", "FrontlineScoring"]),
    // The embedded store, the default: one SQLite file (GRDB), shared safely by several processes.
    .target(
      name: "FrontlineSQLite",
      dependencies: [
        "FrontlineModel", "FrontlineScoring", "FrontlineHistory",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    // The same store on a shared PostgreSQL server (postgres-nio), with roles enforced by the server.
    .target(
      name: "FrontlinePostgres",
      dependencies: [
        "FrontlineModel", "FrontlineScoring", "FrontlineHistory",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // Presentation for every front end: the output sink, styles, terminal-safe text, tables lined
    // up by display width (CJK and emoji), JSON output.
    .target(name: "FrontlineTerminal"),
    // Frontline's own words in English and Japanese: one message catalog per language (embedded in
    // the binary), the interface language from --ui-language, FRONTLINE_UI_LANGUAGE or the locale,
    // and dates, lists and names as each language writes them.
    .target(
      name: "FrontlineText", dependencies: ["FrontlineModel"],
      resources: [.embedInCode("Catalogs/en.json"), .embedInCode("Catalogs/ja.json")]),
    // The simulated customer conversation, independent of any terminal.
    .target(name: "FrontlineSimulation", dependencies: ["FrontlineModel", "FrontlineScoring"]),
    // Progress along the career ladder, computed from the history; levels reached are recorded.
    .target(
      name: "FrontlineProgress", dependencies: ["FrontlineModel", "FrontlineHistory", "FrontlineText"]),
    // Everything shown about the history, one renderer each for the REPL and the command line:
    // scenario lists, scores, progress, the ladder, history, transcripts, team reports and exports
    // (text, CSV, JSON, HTML, xAPI).
    .target(
      name: "FrontlineReports",
      dependencies: [
        "FrontlineModel", "FrontlineScoring", "FrontlineHistory", "FrontlineProgress", "FrontlineTerminal",
        "FrontlineText", .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The practice REPL: line editing, the conversation's rendering, the session loop.
    .target(
      name: "FrontlineREPL",
      dependencies: [
        "FrontlineModel", "FrontlineLoading", "FrontlineScoring", "FrontlineSimulation", "FrontlineHistory",
        "FrontlineProgress", "FrontlineReports", "FrontlineTerminal", "FrontlineText", "CEditLine",
      ]
    ),
    // The `frontline` command line: one file per command. It opens the SQLite store, and the
    // PostgreSQL store only when built with the PostgreSQL trait.
    .target(
      name: "FrontlineCLI",
      dependencies: [
        "FrontlineModel",
        "FrontlineLoading",
        "FrontlineScoring",
        "FrontlineHistory",
        "FrontlineSQLite",
        "FrontlineProgress",
        "FrontlineREPL",
        "FrontlineReports",
        "FrontlineTerminal",
        "FrontlineText",
        .target(name: "FrontlinePostgres", condition: .when(traits: ["PostgreSQL"])),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "frontline", dependencies: ["FrontlineCLI"]),
    // Synthetic scenarios and histories, a sample history every store is asked about, throwaway
    // SQLite files and PostgreSQL databases, for tests, benchmarks and the probe.
    // Tests run executables (frontline, the probe, tmux, chromium) through swift-subprocess, with a
    // deadline on each.
    .target(
      name: "FrontlineTestSupport",
      dependencies: [
        "FrontlineModel", "FrontlineScoring", "FrontlineHistory", "FrontlinePostgres",
        .product(name: "Subprocess", package: "swift-subprocess"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]),
    // Drives the store from separate processes, for the kill and concurrency tests.
    .executableTarget(
      name: "frontline-probe",
      dependencies: [
        "FrontlineHistory", "FrontlineSQLite", "FrontlineTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks that print the figures the issues name: `swift run -c release frontline-bench scoring`.
    // The PostgreSQL ones (`report --database`, `team-load`) only with the PostgreSQL trait, so that a
    // release build for the others does not compile the PostgreSQL client.
    .executableTarget(
      name: "frontline-bench",
      dependencies: [
        "FrontlineModel", "FrontlineLoading", "FrontlineScoring", "FrontlineHistory", "FrontlineSQLite",
        "FrontlineProgress", "FrontlineReports", "FrontlineText",
        .target(name: "FrontlinePostgres", condition: .when(traits: ["PostgreSQL"])),
        .target(name: "FrontlineTestSupport", condition: .when(traits: ["PostgreSQL"])),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The libFuzzer entry for the JSON reader and decoders (README, "Fuzzing"); a normal build replays files.
    .executableTarget(name: "frontline-fuzz", dependencies: ["FrontlineLoading"]),
    .testTarget(name: "FrontlineModelTests", dependencies: ["FrontlineModel"]),
    .testTarget(name: "FrontlineTextTests", dependencies: ["FrontlineText", "FrontlineModel"]),
    .testTarget(name: "FrontlineLoadingTests", dependencies: ["FrontlineLoading", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineScoringTests", dependencies: ["FrontlineScoring", "FrontlineLoading", "FrontlineModel"]),
    // One suite run against every engine: SQLite, and PostgreSQL when the test command started a
    // server. Hand-written SQL reaches the engines through the backends, not their drivers.
    .testTarget(
      name: "FrontlineHistoryTests",
      dependencies: [
        "FrontlineHistory", "FrontlineSQLite", "FrontlinePostgres", "FrontlineModel", "FrontlineTestSupport",
      ]),
    .testTarget(
      name: "FrontlineSQLiteTests",
      dependencies: [
        "FrontlineSQLite", "FrontlineHistory", "FrontlineModel", "FrontlineTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "FrontlinePostgresTests",
      dependencies: [
        "FrontlinePostgres", "FrontlineSQLite", "FrontlineHistory", "FrontlineModel", "FrontlineTestSupport",
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ]),
    .testTarget(
      name: "FrontlineProgressTests",
      dependencies: ["FrontlineProgress", "FrontlineHistory", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineSimulationTests",
      dependencies: ["FrontlineSimulation", "FrontlineLoading", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineREPLTests",
      dependencies: [
        "FrontlineREPL", "FrontlineLoading", "FrontlineModel", "FrontlineHistory", "FrontlineSQLite",
        "FrontlineTerminal", "FrontlineText", "FrontlineTestSupport",
      ]
    ),
    .testTarget(
      name: "FrontlineReportsTests",
      dependencies: [
        "FrontlineReports", "FrontlineTerminal", "FrontlineHistory", "FrontlineModel", "FrontlineTestSupport",
        "FrontlineSQLite", "FrontlineText",
      ]),
    .testTarget(name: "FrontlineTerminalTests", dependencies: ["FrontlineTerminal"]),
    .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineCLI", "FrontlineTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
