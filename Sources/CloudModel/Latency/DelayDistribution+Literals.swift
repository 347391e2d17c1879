import SimKernel

extension DistributionSpec {
    /// A lognormal duration from its median and 99th percentile, written as scenario text
    /// (`"0.95ms"`), for built-in figures. The parameters are literals checked by the tests
    /// of each figure; invalid ones would give a zero delay.
    public static func lognormalDuration(median: String, p99: String) -> DistributionSpec {
        (try? DistributionSpec.parse(name: "lognormal", parameters: [("median", median), ("p99", p99)],
                                     kind: .duration)) ?? .constant(.duration(.zero))
    }

    /// A uniform duration between two scenario texts (`"0.025ms"`), for built-in figures.
    public static func uniformDuration(min: String, max: String) -> DistributionSpec {
        (try? DistributionSpec.parse(name: "uniform", parameters: [("min", min), ("max", max)],
                                     kind: .duration)) ?? .constant(.duration(.zero))
    }
}
