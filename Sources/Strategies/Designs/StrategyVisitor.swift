/// Code generic over the strategy type, run for a `StrategyKind` known only at run time:
/// `kind.visit(visitor)` calls `visitor.visit(PeeringMeshStrategy.self)` (or the type of
/// the kind), so the caller's control plane is specialised for the design.
public protocol StrategyVisitor {
    associatedtype Result
    func visit<Strategy: ConnectivityStrategy>(_ strategy: Strategy.Type) -> Result
}

extension StrategyKind {
    /// Calls `visitor` with this design's strategy type.
    public func visit<Visitor: StrategyVisitor>(_ visitor: Visitor) -> Visitor.Result {
        func open<Strategy: ConnectivityStrategy>(_ type: Strategy.Type) -> Visitor.Result { visitor.visit(type) }
        return open(strategyType)
    }
}
