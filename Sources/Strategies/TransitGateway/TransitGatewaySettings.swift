/// Options of the transit-gateway strategy (`transit_gateway:`).
public struct TransitGatewaySettings: DesignSettings {
    /// Which routes toward the transit gateway each VPC route table gets.
    public enum VPCRoutes: String, CaseIterable, Sendable {
        /// One summary route per address family: the shortest common prefix of every VPC
        /// CIDR in the run (e.g. 10.0.0.0/8), the summarisation AWS's multi-VPC whitepaper
        /// recommends. Route tables then stay at one or two entries whatever the fleet size,
        /// and the security groups of providers admit that summary with one rule.
        case summary
        /// One route per CIDR of each VPC the table's VPC exchanges traffic with, like a
        /// peering: route and security-group counts then grow with the number of partners.
        case perDestination = "per-destination"
    }

    /// How VPC attachments from other accounts and inter-region TGW peering attachments
    /// are accepted. Default: `manual`, AWS's (`AutoAcceptSharedAttachments` is disabled by
    /// default, and a TGW peering attachment is always accepted by the accepter; see
    /// `Acceptance`). `auto`: auto-accept on, the peering accepted by the automation that
    /// requested it.
    public var acceptance: Acceptance
    /// VPC route-table style. Default: `summary`.
    public var vpcRoutes: VPCRoutes
    /// How a client picks the instance it calls through the gateway. Default: `any-az`
    /// (the gateway routes by destination address and keeps traffic in its source AZ, but
    /// the client picks the address; see `ClientRouting`).
    public var clientRouting: ClientRouting

    public init(acceptance: Acceptance = .manual, vpcRoutes: VPCRoutes = .summary, clientRouting: ClientRouting = .anyAZ) {
        self.acceptance = acceptance
        self.vpcRoutes = vpcRoutes
        self.clientRouting = clientRouting
    }

    /// Every option at its default.
    public static let defaults = TransitGatewaySettings()
}

extension DesignOptions {
    /// The TransitGateway design's options (`transit_gateway:`).
    public var transitGateway: TransitGatewaySettings {
        get { self[TransitGatewaySettings.self] }
        set { self[TransitGatewaySettings.self] = newValue }
    }
}
