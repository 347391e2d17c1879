/// Code generic over the strategy type, run for a `StrategyKind` known only at run time:
/// `kind.visit(visitor)` calls `visitor.visit(PeeringMeshStrategy.self)` (or the type of
/// the kind), so the caller's control plane is specialised for the design.
public protocol StrategyVisitor {
    associatedtype Result
    func visit<Strategy: ConnectivityStrategy>(_ strategy: Strategy.Type) -> Result
}

extension StrategyKind {
    /// The type that implements this design.
    public var strategyType: any ConnectivityStrategy.Type {
        switch self {
        case .peeringMesh: return PeeringMeshStrategy.self
        case .privateLinkHub: return PrivateLinkHubStrategy.self
        case .transitGateway: return TransitGatewayStrategy.self
        }
    }

    /// Calls `visitor` with this design's strategy type.
    public func visit<Visitor: StrategyVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .peeringMesh: return visitor.visit(PeeringMeshStrategy.self)
        case .privateLinkHub: return visitor.visit(PrivateLinkHubStrategy.self)
        case .transitGateway: return visitor.visit(TransitGatewayStrategy.self)
        }
    }
}
