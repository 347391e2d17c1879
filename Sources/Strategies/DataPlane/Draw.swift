import SimKernel

/// A distribution lent by a `BorrowTable` (service times, message sizes), with its value
/// when it is a constant.
final class Draw {
    let distribution: DistributionSpec
    /// The value (base units) when constant, nil otherwise.
    let constant: Double?

    init(_ distribution: DistributionSpec) {
        self.distribution = distribution
        constant = distribution.family == .constant ? distribution.quantile(0.5) : nil
    }
}
