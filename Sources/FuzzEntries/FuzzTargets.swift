/// Every fuzz target, one per reader. Adding one: a file in this folder defining
/// `static let <name>: FuzzTarget` in an extension of `FuzzTarget`, a line here, and its seeds
/// in `Tests/vpcsimTests/Fixtures/fuzz-corpus/<name>/` (README, "Fuzzing").
public enum FuzzTargets {
    public static let all: [FuzzTarget] = [
        .scenario,
        .sweep,
        .empirical,
        .resultsCSV,
        .awsExport,
        .flowLog,
    ]

    /// The target called `name`.
    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}
