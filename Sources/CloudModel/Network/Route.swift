/// One route-table entry: a destination block and where it leads.
public struct Route: Hashable, Sendable, CustomStringConvertible {
    /// The destination block.
    public let destination: CIDRBlock
    /// Where matching packets go.
    public let target: RouteTarget

    /// A route to `destination` via `target`.
    public init(destination: CIDRBlock, target: RouteTarget) {
        self.destination = destination
        self.target = target
    }

    /// `10.2.0.0/16 → pcx-00000001`.
    public var description: String { "\(destination) → \(target)" }
}
