/// One VPC endpoint (interface, gateway, ...).
public struct EstateEndpoint: Sendable {
    public var id: String
    public var type: String
    public var vpcId: String
    public var serviceName: String
    public var state: String
    public var subnetIds: [String]
    /// Its security groups (`Groups[].GroupId`).
    public var securityGroups: [String]
    public var source: ItemSource
    /// Its interfaces (an interface endpoint has one per subnet).
    public var networkInterfaceIds: [String] = []
}

/// One endpoint service configuration (the provider side of PrivateLink).
public struct EstateEndpointService: Sendable {
    public var id: String
    public var serviceName: String?
    public var acceptanceRequired: Bool
    public var loadBalancerArns: [String]
    public var region: String
    public var source: ItemSource
}
