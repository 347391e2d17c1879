import SimKernel

/// One kind of hop a design's requests pass each way (an endpoint and its NLB, a Transit
/// Gateway, a service-network proxy), with its built-in delay. Designs declare their hops
/// in their own folders; a scenario's `latency:` section sets any of them by `key`, for all
/// Regions or per Region pair.
public struct HopDefinition: Sendable, Equatable {
    /// The scenario key under `latency:` and its `overrides`, e.g. `privatelink_hop`.
    public let key: String
    /// What the hop is, for tables and help, e.g. "PrivateLink hop, each way".
    public let label: String
    /// The built-in one-way delay, used when the scenario sets none; its source is
    /// documented where the design defines it.
    public let defaultDelay: DelayDistribution
    /// What the default rests on, in a line a report can quote; ⚠ marks an assumption
    /// (AWS publishes no latency for any hop).
    public let basis: String

    public init(key: String, label: String, defaultDelay: DelayDistribution, basis: String) {
        self.key = key
        self.label = label
        self.defaultDelay = defaultDelay
        self.basis = basis
    }
}
