/// The name of a quota, as written in a scenario (`quotas: {peerings_per_vpc: 125}`).
///
/// A name only: the quota's default, maximum and source are in the `QuotaDefinition` that
/// defines it, in the shared list (`SharedQuotas`) or in the design it limits. Each constant
/// (`QuotaKey.routesPerRouteTable`, `QuotaKey.peeringsPerVPC`, ...) is declared next to its
/// definition, so nothing outside a design's folder needs to spell a design's quotas.
public struct QuotaKey: Hashable, Sendable, CustomStringConvertible {
    /// The scenario key, e.g. `peerings_per_vpc`.
    public let name: String

    /// The quota named `name`; only the file that defines the quota calls this.
    public init(_ name: String) { self.name = name }

    /// The scenario key, e.g. `peerings_per_vpc`.
    public var description: String { name }
}
