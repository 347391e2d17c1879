/// The control plane's answer for the one demand an arrival event asks about: what the data
/// plane reads instead of the whole control plane.
public struct KnownReachability: ConnectivityView, Sendable {
    public let demand: Int
    public let value: Reachability

    @inlinable public init(demand: Int, value: Reachability) {
        self.demand = demand
        self.value = value
    }

    /// For events that ask nothing.
    public static let none = KnownReachability(demand: -1, value: .reachable)

    @inlinable public func reachability(ofDemand demand: Int) -> Reachability {
        precondition(demand == self.demand, "the data plane asked about demand \(demand), not \(self.demand)")
        return value
    }
}
