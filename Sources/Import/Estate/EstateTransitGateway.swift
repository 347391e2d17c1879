/// One Transit Gateway, its attachments and its route tables.
public struct EstateTransitGateway: Sendable {
    public var id: String
    public var account: String
    public var region: String
    public var state: String
    public var source: ItemSource
}

/// One TGW attachment: a VPC, a TGW peering, or another kind.
public struct EstateTGWAttachment: Sendable {
    public var id: String
    public var transitGatewayId: String
    /// `vpc`, `peering`, `vpn`, `direct-connect-gateway`, `connect`, ...
    public var resourceType: String
    public var resourceId: String?
    public var state: String
    /// The TGW route table it is associated with.
    public var routeTableId: String?
    public var region: String
    public var source: ItemSource
}

/// An attachment's association with a TGW route table (`Association` of
/// describe-transit-gateway-attachments), as each Region's file shows it.
public struct EstateTGWAssociation: Sendable {
    public var attachmentId: String
    public var routeTableId: String
}

/// One TGW route table and its routes (from search-transit-gateway-routes).
public struct EstateTGWRouteTable: Sendable {
    public var id: String
    public var transitGatewayId: String
    public var routes: [EstateTGWRoute]
    public var source: ItemSource
}

/// One route of a TGW route table.
public struct EstateTGWRoute: Sendable {
    public var destination: String
    /// `static` or `propagated`.
    public var type: String
    /// `active` or `blackhole`.
    public var state: String
    public var attachmentIds: [String]
    public var source: ItemSource
}
