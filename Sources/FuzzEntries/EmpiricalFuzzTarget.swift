import SimKernel

extension FuzzTarget {
    /// An `empirical(file=...)` distribution file (samples, or a `p,value` quantile table).
    static let empirical = FuzzTarget(
        name: "empirical", file: "scenarios/fuzz-input.csv",
        input: "first byte: the kind (duration, size, rate, number); then an empirical-distribution file"
    ) { bytes, path in
        let (kind, file) = FuzzInput.split(bytes, among: QuantityKind.allCases)
        _ = try DistributionSpec.empirical(text: FuzzInput.text(file), file: path, kind: kind)
    }
}
