import CloudModel

/// Options of the as-is design (`as_is:`): the estate's existing connectivity as
/// `vpcsim import aws` found it (or as written by hand), referring to the scenario's VPCs
/// and services by name and to AWS resources by their ids. Every list is empty by
/// default: a scenario without the section has no connectivity, so under `as-is` every
/// pair between two VPCs is unreachable (`no-route`).
public struct AsIsSettings: DesignSettings {
    /// The `vpcs:` name of each VPC's AWS id (`vpc-0abc…`), for the report; a VPC without
    /// one is named by its scenario name alone.
    public var vpcIDs: [String: String]
    public var peerings: [AsIsPeering]
    public var transitGateways: [AsIsTransitGateway]
    public var tgwAttachments: [AsIsTGWAttachment]
    public var tgwRouteTables: [AsIsTGWRouteTable]
    public var routeTables: [AsIsRouteTable]
    public var prefixLists: [AsIsPrefixList]
    public var securityGroups: [AsIsSecurityGroup]
    /// The security groups in front of each service's instances.
    public var serviceGroups: [AsIsServiceGroups]
    public var endpoints: [AsIsEndpoint]

    public init(vpcIDs: [String: String] = [:], peerings: [AsIsPeering] = [], transitGateways: [AsIsTransitGateway] = [],
                tgwAttachments: [AsIsTGWAttachment] = [], tgwRouteTables: [AsIsTGWRouteTable] = [],
                routeTables: [AsIsRouteTable] = [], prefixLists: [AsIsPrefixList] = [],
                securityGroups: [AsIsSecurityGroup] = [], serviceGroups: [AsIsServiceGroups] = [],
                endpoints: [AsIsEndpoint] = []) {
        self.vpcIDs = vpcIDs
        self.peerings = peerings
        self.transitGateways = transitGateways
        self.tgwAttachments = tgwAttachments
        self.tgwRouteTables = tgwRouteTables
        self.routeTables = routeTables
        self.prefixLists = prefixLists
        self.securityGroups = securityGroups
        self.serviceGroups = serviceGroups
        self.endpoints = endpoints
    }

    /// No existing connectivity.
    public static let defaults = AsIsSettings()
}

extension DesignOptions {
    /// The as-is design's options (`as_is:`).
    public var asIs: AsIsSettings {
        get { self[AsIsSettings.self] }
        set { self[AsIsSettings.self] = newValue }
    }
}
