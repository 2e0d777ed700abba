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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // Line editing for the practice REPL: the system's libedit (Debian: libedit-dev).
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The authored formats as types: scenarios, rubrics, the ladder, departments.
    .target(name: "FrontlineModel"),
    // Reading authored files: JSON with source positions, decoding, validation, JSON Schemas.
    .target(name: "FrontlineLoading", dependencies: ["FrontlineModel"]),
    // Scoring replies against rubrics: normalisation, phrase matching, negation, explained scores.
    .target(name: "FrontlineScoring", dependencies: ["FrontlineModel"]),
    // The `frontline` command line.
    .target(
      name: "FrontlineCLI",
      dependencies: [
        "FrontlineModel",
        "FrontlineLoading",
        "FrontlineScoring",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "frontline", dependencies: ["FrontlineCLI"]),
    // Benchmarks that print the figures the issues name: `swift run -c release frontline-bench scoring`.
    .executableTarget(
      name: "frontline-bench",
      dependencies: [
        "FrontlineModel", "FrontlineScoring",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "FrontlineModelTests", dependencies: ["FrontlineModel"]),
    .testTarget(name: "FrontlineLoadingTests", dependencies: ["FrontlineLoading", "FrontlineModel"]),
    .testTarget(
      name: "FrontlineScoringTests", dependencies: ["FrontlineScoring", "FrontlineLoading", "FrontlineModel"]),
    .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineCLI"]),
  ],
  swiftLanguageModes: [.v6]
)
