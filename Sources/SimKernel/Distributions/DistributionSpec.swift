/// A parsed, validated probability distribution of a quantity, e.g.
/// `lognormal(median=4ms, p99=30ms)`. Values are in the quantity's base unit
/// (nanoseconds, bytes, events per second, or plain numbers).
///
/// Families and their parameters (dimensioned parameters in the quantity's unit, `shape`,
/// `sigma` and `mu` plain numbers):
///
/// | written | meaning |
/// |---|---|
/// | `5ms`, `constant(value=5ms)` | always the value |
/// | `uniform(min=, max=)` | uniform on [min, max] |
/// | `exponential(mean=)` | exponential with that mean |
/// | `normal(mean=, sd=)` | normal; may draw negatives (`sampleTime` clamps them to 0) |
/// | `normal(mean=, sd=, truncate=zero)` | normal conditioned on >= 0 (never negative) |
/// | `lognormal(median=, p90=)`, `lognormal(median=, p99=)` | lognormal through those two quantiles |
/// | `lognormal(mu=, sigma=, unit=ms)` | log of the value in `unit` is normal(mu, sigma) |
/// | `gamma(shape=, scale=)`, `weibull(shape=, scale=)` | mean shape*scale; scale * Γ(1 + 1/shape) |
/// | `pareto(shape=, min=)` | Pareto from `min` up; infinite mean when shape <= 1 |
/// | `empirical(file=PATH)` | resampled observations or an interpolated quantile table |
///
/// `lognormal(mu=, sigma=)` needs `unit=` for a duration, size or rate: `mu` is the logarithm
/// of a value, and the logarithm of 4 ms is 1.386 in milliseconds but 15.2 in nanoseconds, so
/// without a unit the number means nothing. Plain numbers take no `unit=`.
///
/// Drawing (`sample`) is a `switch` over stored doubles and one GSL call: no allocation,
/// no existential, no lookup. Every draw comes from the `RandomStream` passed in.
public struct DistributionSpec: Hashable, Sendable, CustomStringConvertible {
    /// One parameter in canonical form, as `description` prints it.
    public struct Parameter: Hashable, Sendable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// What the distribution's values measure.
    public let kind: QuantityKind
    /// The family it was written as.
    public let family: DistributionFamily
    /// Its parameters in canonical order and text; `description` is built from them.
    public let parameters: [Parameter]
    @usableFromInline let sampler: Sampler

    init(kind: QuantityKind, family: DistributionFamily, parameters: [Parameter], sampler: Sampler) {
        self.kind = kind
        self.family = family
        self.parameters = parameters
        self.sampler = sampler
    }

    /// A distribution that always gives `quantity` (of the quantity's kind).
    public static func constant(_ quantity: Quantity) -> DistributionSpec {
        DistributionSpec(kind: quantity.kind, family: .constant,
                         parameters: [Parameter(name: "value", value: quantity.description)],
                         sampler: .constant(quantity.baseValue))
    }

    /// The mean in base units, when it is finite.
    public var mean: Double? { sampler.mean }
    /// The variance in base units squared, when it is finite.
    public var variance: Double? { sampler.variance }
    /// The standard deviation in base units, when it is finite.
    public var standardDeviation: Double? { sampler.variance.map { $0.squareRoot() } }

    /// The p-quantile (0 < p < 1) in base units, in closed form. `p` is clamped to [0, 1];
    /// 0 and 1 give the ends of the support, which may be infinite.
    public func quantile(_ p: Double) -> Double { sampler.quantile(p) }

    // The draws are always inlined: as calls, each copied the sampler (an enum of about 100
    // bytes) onto the stack to hand it to `Sampler.sample`, on every draw of the data plane.

    /// One draw in base units.
    @inlinable @inline(__always) public func sample(_ stream: RandomStream) -> Double {
        sampler.sample(stream.generator)
    }

    /// One draw in base units from a borrowed generator.
    @inlinable @inline(__always) public func sample(_ generator: RandomGenerator) -> Double {
        sampler.sample(generator)
    }

    /// The longest span `sampleTime` returns: 2^62 ns (about 146 years), so that adding a
    /// draw to any reachable simulation time cannot overflow.
    public static let maximumSampledTime = SimTime(nanoseconds: 1 << 62)

    /// One draw of a duration, rounded to whole nanoseconds and clamped to
    /// [0, `maximumSampledTime`] (a normal's negative draws become 0).
    @inlinable @inline(__always) public func sampleTime(_ stream: RandomStream) -> SimTime {
        sampleTime(RandomGenerator(pointer: stream.generator))
    }

    /// `sampleTime` from a borrowed generator.
    @inlinable @inline(__always) public func sampleTime(_ generator: RandomGenerator) -> SimTime {
        let x = sampler.sample(generator)
        guard x > 0 else { return .zero } // also NaN
        guard x < 4_611_686_018_427_387_904 else { return DistributionSpec.maximumSampledTime }
        return SimTime(nanoseconds: Self.roundedHalfUp(x))
    }

    /// `x.rounded()` (half away from zero) for 0 < x < 2^62, without the libm call that
    /// `rounded()` costs on the per-draw path: truncation, then one exact comparison (the
    /// fraction `x - trunc(x)` of a double is always exact).
    @inlinable @inline(__always)
    static func roundedHalfUp(_ x: Double) -> Int64 {
        let whole = Int64(x)
        return x - Double(whole) >= 0.5 ? whole &+ 1 : whole
    }

    /// Canonical text form; parses back (same kind and directory) to an equal value.
    /// A constant prints as its bare quantity (`5ms`).
    public var description: String {
        if family == .constant, let value = parameters.first?.value { return value }
        let list = parameters.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")
        return "\(family.rawValue)(\(list))"
    }
}
