import Strategies

/// One statement a report makes, computed from the data, with the numbers it rests on in
/// its text. Reports write no finding the data does not show.
public struct Finding: Equatable, Sendable {
    /// What the finding is about.
    public enum Kind: String, Sendable {
        /// Where a strategy first breaks a quota (or that it breaks none in the range run).
        case quota
        /// Where one strategy becomes cheaper than another (or that one is cheaper throughout).
        case cost
        /// The latency a design adds over peering, per region pair.
        case latency
        /// The time to connect a design reached, with the acceptance setting it assumed.
        case timeToConnect = "time-to-connect"
        /// Where a strategy's services are overloaded (offered utilisation of at least 1, or
        /// a queue that grew over the run): their latencies measure the run's length.
        case overload
        /// Whether (or from which value on) the scenario's objectives hold.
        case objective
    }

    /// What the finding is about.
    public var kind: Kind
    /// The strategy the finding is about.
    public var strategy: StrategyKind
    /// The strategy it is compared with, if any.
    public var other: StrategyKind?
    /// The value (a VPC count, a parameter's value as written) where the finding happens,
    /// when it happens at one; nil for "throughout" and per-pair findings.
    public var at: String?
    /// The sentence, in Markdown.
    public var text: String

    public init(kind: Kind, strategy: StrategyKind, other: StrategyKind? = nil, at: String? = nil, text: String) {
        self.kind = kind
        self.strategy = strategy
        self.other = other
        self.at = at
        self.text = text
    }
}
