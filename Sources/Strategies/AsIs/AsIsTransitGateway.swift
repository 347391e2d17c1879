import CloudModel

/// One Transit Gateway of the estate (`as_is.transit_gateways`).
public struct AsIsTransitGateway: Equatable, Sendable {
    /// `tgw-…`.
    public var id: String
    public var region: String
    /// `available`, `pending`, `deleting`, ...
    public var state: String

    public init(id: String, region: String, state: String) {
        self.id = id
        self.region = region
        self.state = state
    }
}

/// One TGW attachment (`as_is.tgw_attachments`): of a VPC (`vpc`), or a TGW peering
/// attachment (`peer_tgw`). Exactly one of the two is set.
public struct AsIsTGWAttachment: Equatable, Sendable {
    /// `tgw-attach-…`.
    public var id: String
    /// The gateway it attaches to.
    public var tgw: String
    /// The attached VPC, by scenario name.
    public var vpc: String?
    /// The other gateway of a TGW peering attachment.
    public var peerTGW: String?
    /// `available`, `pendingAcceptance`, `pending`, `deleted`, `rejected`, ...; only
    /// `available` carries traffic.
    public var state: String
    /// AZs the attachment has an interface in (its subnets): the hours AWS bills are per
    /// attachment, not per AZ; kept for the report.
    public var azs: Int

    public init(id: String, tgw: String, vpc: String? = nil, peerTGW: String? = nil, state: String, azs: Int = 1) {
        self.id = id
        self.tgw = tgw
        self.vpc = vpc
        self.peerTGW = peerTGW
        self.state = state
        self.azs = azs
    }

    /// The state in which an attachment carries traffic.
    public static let availableState = "available"
}

/// One TGW route table (`as_is.tgw_route_tables`): the attachments associated with it (the
/// table that routes the traffic entering the gateway from them), the attachments that
/// propagate their VPC's CIDRs into it, and its static routes (to an attachment, or
/// blackhole).
///
/// Traffic entering the gateway from an attachment is routed by the table associated with it
/// ("You can associate only one route table with an attachment", AssociateTransitGatewayRouteTable,
/// EC2 API reference); with a propagation, "routes for these attachments are propagated from
/// the attachment to the target transit gateway route table. An attachment can be propagated
/// to multiple route tables" ("Transit gateway route tables",
/// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html).
public struct AsIsTGWRouteTable: Equatable, Sendable {
    /// `tgw-rtb-…`.
    public var id: String
    public var tgw: String
    public var associations: [String]
    public var propagations: [String]
    public var routes: [AsIsTGWRoute]

    public init(id: String, tgw: String, associations: [String] = [], propagations: [String] = [], routes: [AsIsTGWRoute] = []) {
        self.id = id
        self.tgw = tgw
        self.associations = associations
        self.propagations = propagations
        self.routes = routes
    }
}

/// A static route of a TGW route table: to an attachment, or a blackhole (drops matching
/// traffic).
public struct AsIsTGWRoute: Equatable, Sendable {
    public var destination: AsIsDestination
    /// The attachment, nil for a blackhole.
    public var attachment: String?

    public init(destination: AsIsDestination, attachment: String?) {
        self.destination = destination
        self.attachment = attachment
    }
}
