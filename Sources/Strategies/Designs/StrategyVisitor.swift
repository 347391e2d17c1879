/// Code generic over the strategy type, run for a `StrategyKind` known only at run time:
/// `kind.visit(visitor)` calls `visitor.visit(S.self)`, where `S` is the kind's strategy
/// type (`kind.strategyType`). The type is opened at run time, so the visitor's code runs generically; the
/// per-event entry of the data plane carries its own specialisation (`DataPlane.handle`).
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
