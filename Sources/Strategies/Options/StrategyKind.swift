/// The connectivity designs a scenario can compare, by the names scenario files use.
public enum StrategyKind: String, CaseIterable, Sendable, Hashable {
    /// A full (or as-needed) mesh of VPC peering connections.
    case peeringMesh = "peering-mesh"
    /// PrivateLink endpoint services in provider VPCs, interface endpoints in consumers.
    case privateLinkHub = "privatelink-hub"
    /// A Transit Gateway per region, peered across regions.
    case transitGateway = "transit-gateway"
}
