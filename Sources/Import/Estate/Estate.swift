/// Everything `vpcsim import aws` read from one or more account exports.
public struct Estate: Sendable {
    /// The account ids, in the order the export folders were given.
    public var accounts: [String] = []
    public var vpcs: [EstateVPC] = []
    public var subnets: [EstateSubnet] = []
    public var routeTables: [EstateRouteTable] = []
    /// Each peering once, even when two exports hold it.
    public var peerings: [EstatePeering] = []
    public var transitGateways: [EstateTransitGateway] = []
    /// Each attachment once (a TGW peering shows in both Regions).
    public var tgwAttachments: [EstateTGWAttachment] = []
    public var tgwRouteTables: [EstateTGWRouteTable] = []
    public var endpoints: [EstateEndpoint] = []
    public var endpointServices: [EstateEndpointService] = []
    public var securityGroups: [EstateSecurityGroup] = []
    public var prefixLists: [EstatePrefixList] = []
    public var loadBalancers: [EstateLoadBalancer] = []
    public var targetGroups: [EstateTargetGroup] = []
    public var networkInterfaces = 0
    /// The interfaces themselves, each once (flow-log addresses are mapped through them).
    public var interfaces: [EstateNetworkInterface] = []
    /// Every (attachment, TGW route table) association the exports show: a TGW peering
    /// attachment is associated once on each side.
    public var tgwAssociations: [EstateTGWAssociation] = []

    public init() {}

    public func vpc(id: String) -> EstateVPC? { vpcs.first { $0.id == id } }

    /// The distinct AZs of a VPC's subnets, sorted.
    public func availabilityZones(ofVPC id: String) -> [String] {
        Array(Set(subnets.filter { $0.vpcId == id }.map(\.availabilityZone))).sorted()
    }

    public func routeTables(ofVPC id: String) -> [EstateRouteTable] { routeTables.filter { $0.vpcId == id } }
}
