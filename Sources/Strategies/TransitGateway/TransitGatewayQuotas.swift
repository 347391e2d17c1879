import CloudModel

extension TransitGatewayStrategy {
    // Sources, as cited in aws-facts.md.
    static let tgwQuotas = "[DOC] docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html (stored copy with "
        + "late-2025 rows)"

    /// Transit Gateway's quotas (aws-facts.md §3.1): gateways, attachments, route tables and routes,
    /// peering attachments.
    public static var quotas: [QuotaDefinition] { [
        QuotaDefinition(.tgwsPerAccount, awsName: "Transit gateways per account", scope: "per account per Region",
                        defaultValue: 5, adjustable: true, source: tgwQuotas, asOf: "2025",
                        note: "No published maximum: the maximum preset keeps 5."),
        QuotaDefinition(.tgwAttachmentsPerTGW, awsName: "Attachments per transit gateway", scope: "per TGW",
                        defaultValue: 5_000, adjustable: false, source: tgwQuotas, asOf: "2025"),
        QuotaDefinition(.tgwsPerVPC, awsName: "Transit gateways per VPC", scope: "per VPC", defaultValue: 5,
                        adjustable: false, source: tgwQuotas, asOf: "2025",
                        note: "One TGW cannot have two attachments to the same VPC."),
        QuotaDefinition(.tgwRouteTablesPerTGW, awsName: "Transit gateway route tables per transit gateway",
                        scope: "per TGW", defaultValue: 20, adjustable: true, source: tgwQuotas, asOf: "2025",
                        note: "No published maximum: the maximum preset keeps 20."),
        QuotaDefinition(.tgwRoutesPerTGW, awsName: "Routes per transit gateway (all route tables combined)",
                        scope: "per TGW, dynamic and static combined", defaultValue: 10_000, adjustable: true,
                        source: tgwQuotas, asOf: "2025",
                        note: "2019 wording: 10,000 per TGW route table. No published maximum: the maximum preset "
                            + "keeps 10,000."),
        QuotaDefinition(.tgwPeeringAttachmentsPerTGW, awsName: "Peering attachments per transit gateway",
                        scope: "per TGW", defaultValue: 50, adjustable: true, source: tgwQuotas, asOf: "2025",
                        note: "No published maximum: the maximum preset keeps 50."),
        QuotaDefinition(.tgwPendingPeeringAttachments, awsName: "Pending peering attachments per transit gateway",
                        scope: "per TGW", defaultValue: 10, adjustable: false, source: tgwQuotas, asOf: "2025",
                        note: "aws-facts.md does not say whether it is adjustable."),
        QuotaDefinition(.tgwPeeringAttachmentsPerTGWPair, awsName: "Peering attachments between two transit gateways",
                        scope: "per pair of TGWs", defaultValue: 1, adjustable: false, source: tgwQuotas, asOf: "2025"),
    ] }
}

extension QuotaKey {
    /// Transit gateways per account.
    public static let tgwsPerAccount = QuotaKey("tgws_per_account")
    /// Attachments per transit gateway.
    public static let tgwAttachmentsPerTGW = QuotaKey("tgw_attachments_per_tgw")
    /// Transit gateways per VPC.
    public static let tgwsPerVPC = QuotaKey("tgws_per_vpc")
    /// Transit gateway route tables per transit gateway.
    public static let tgwRouteTablesPerTGW = QuotaKey("tgw_route_tables_per_tgw")
    /// Routes per transit gateway (all route tables combined).
    public static let tgwRoutesPerTGW = QuotaKey("tgw_routes_per_tgw")
    /// Peering attachments per transit gateway.
    public static let tgwPeeringAttachmentsPerTGW = QuotaKey("tgw_peering_attachments_per_tgw")
    /// Pending peering attachments per transit gateway.
    public static let tgwPendingPeeringAttachments = QuotaKey("tgw_pending_peering_attachments")
    /// Peering attachments between two transit gateways.
    public static let tgwPeeringAttachmentsPerTGWPair = QuotaKey("tgw_peering_attachments_per_tgw_pair")
}
