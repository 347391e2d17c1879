// swift-tools-version: 6.0
// vpcsim: a discrete-event simulator for AWS multi-VPC network designs.
// Module order follows DESIGN.md: each module depends only on those above it.
import PackageDescription

/// Whole-program specialisation across our own modules: the engine is generic over the
/// event queue and the model, and the model lives in another module.
let optimise: [SwiftSetting] = [
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
]

/// The per-event modules also drop the dynamic exclusivity checks on class properties
/// (their queues and tables are classes touched on every event): measured at about half
/// the time per event. Their exclusivity is proven by the debug builds and tests, where
/// the checks stay on.
let hotPath: [SwiftSetting] = [
    .unsafeFlags(["-cross-module-optimization", "-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "vpcsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vpcsim", targets: ["vpcsim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // zlib, for gzip-compressed VPC Flow Logs files (`vpcsim import aws --flow-logs`).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "SimKernel",
            dependencies: [
                "CGSL",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            swiftSettings: hotPath
        ),
        .target(name: "CloudModel", dependencies: ["SimKernel"], swiftSettings: optimise),
        // The typed readers over a scenario's YAML tree (no YAML library): below Strategies,
        // so that each design reads its own options section in its own folder.
        .target(name: "ScenarioReading", dependencies: ["SimKernel", "CloudModel"], swiftSettings: optimise),
        .target(name: "Strategies", dependencies: ["CloudModel", "SimKernel", "ScenarioReading"], swiftSettings: hotPath),
        .target(
            name: "Scenario",
            dependencies: ["SimKernel", "CloudModel", "ScenarioReading", "Strategies", "Yams"],
            swiftSettings: optimise
        ),
        .target(
            name: "Experiment",
            dependencies: ["SimKernel", "CloudModel", "Strategies", "Scenario"],
            swiftSettings: optimise
        ),
        // `vpcsim import aws`: an AWS estate (the AWS CLI's JSON) as a scenario.
        .target(
            name: "Import",
            dependencies: ["SimKernel", "CloudModel", "Strategies", "Scenario", "CZlib"],
            swiftSettings: optimise
        ),
        // Speed measurements for `vpcsim bench`: outside the library modules, with the
        // per-event modules' flags, since they specialise the engine and the data plane
        // on each queue here.
        .target(
            name: "Benchmarks",
            dependencies: ["SimKernel", "CloudModel", "Strategies", "Scenario", "Experiment"],
            swiftSettings: hotPath
        ),
        // Stand-in runners for tests of the sweep machinery (and the CLI's hidden
        // `--runner synthetic`): never part of a simulation.
        .target(
            name: "TestRunners",
            dependencies: ["SimKernel", "CloudModel", "Strategies", "Scenario", "Experiment"],
            swiftSettings: optimise
        ),
        // The readers' entry points under fuzzing (`make fuzz`), shared by the libFuzzer
        // harness and the corpus replay test.
        .target(
            name: "FuzzEntries",
            dependencies: ["SimKernel", "Scenario", "Experiment", "Import"]
        ),
        // `make fuzz`'s libFuzzer harness when built with -DVPCSIM_FUZZ and the fuzzer
        // sanitizer (scripts/fuzz/run.sh); otherwise a replay tool, `vpcsim-fuzz TARGET FILE...`.
        .executableTarget(name: "vpcsim-fuzz", dependencies: ["FuzzEntries"], path: "Sources/FuzzHarness"),
        .executableTarget(
            name: "vpcsim",
            dependencies: [
                "SimKernel", "Scenario", "Experiment", "Benchmarks", "TestRunners", "Import",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: optimise
        ),
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"]),
        .testTarget(name: "CloudModelTests", dependencies: ["CloudModel"]),
        .testTarget(name: "StrategiesTests", dependencies: ["Strategies", "CloudModel", "SimKernel", "Scenario", "Experiment"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "ScenarioReading", "Strategies", "CloudModel", "SimKernel"]),
        .testTarget(name: "ExperimentTests", dependencies: ["Experiment", "TestRunners"]),
        .testTarget(name: "vpcsimTests", dependencies: ["vpcsim", "Scenario", "Strategies", "Import", "FuzzEntries"], exclude: ["Golden", "Fixtures"]),
    ]
)
