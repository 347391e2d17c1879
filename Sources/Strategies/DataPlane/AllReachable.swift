/// A control-plane view in which every demand is connected: for benchmarks and for runs
/// that study the data plane alone.
public struct AllReachable: ConnectivityView, Sendable {
    /// The view.
    public init() {}
    @inlinable public func reachability(ofDemand demand: Int) -> Reachability { .reachable }
}
