// API CONTRACT STUB — to be replaced by the real implementation (issue 2, item 4).
// The public signatures below are what other modules build against; keep them.

/// A distribution that could not be read or whose parameters are invalid.
public struct DistributionError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A parsed, validated probability distribution of a quantity, e.g.
/// `lognormal(median=4ms, p99=30ms)`. Values are in the quantity's base unit
/// (nanoseconds, bytes, events per second, or plain numbers).
public struct DistributionSpec: Hashable, Sendable, CustomStringConvertible {
    /// Parses the text form `name(param=value, ...)` or a bare quantity (a constant).
    /// `directory` resolves relative `empirical(file=...)` paths (the scenario's folder).
    public static func parse(_ text: String, kind: QuantityKind,
                             relativeTo directory: String? = nil) throws(DistributionError) -> DistributionSpec {
        fatalError("stub")
    }

    public var kind: QuantityKind { fatalError("stub") }
    /// The mean in base units, when it is finite.
    public var mean: Double? { fatalError("stub") }
    /// The p-quantile (0 < p < 1) in base units.
    public func quantile(_ p: Double) -> Double { fatalError("stub") }
    /// One draw in base units.
    public func sample(_ stream: RandomStream) -> Double { fatalError("stub") }
    /// Canonical text form; parses back to an equal value.
    public var description: String { fatalError("stub") }
}
