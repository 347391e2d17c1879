import CloudModel

extension PeeringMeshStrategy {
    // Sources, as cited in aws-facts.md.
    static let peeringGuide = "[DOC] awsdocs/amazon-vpc-peering-guide doc_source/vpc-peering-connection-quotas.md "
        + "(commit 869762a); docs.aws.amazon.com/general/latest/gr/vpc-service.html (stored copy)"
    static let peeringBasics = "[DOC] awsdocs/amazon-vpc-peering-guide vpc-peering-basics.md (commit 02b88fc)"

    /// VPC peering's quotas (aws-facts.md §1.1): peerings per VPC, outstanding requests and their expiry.
    public static var quotas: [QuotaDefinition] { [
        QuotaDefinition(.peeringsPerVPC, awsName: "Active VPC peering connections per VPC", code: "L-7E9ECCDB",
                        scope: "per VPC", defaultValue: 50, maximum: .limited(125), adjustable: true,
                        source: peeringGuide, asOf: "2022-10-08",
                        note: "\"This quota can be increased up to a maximum of 125.\" A single full mesh "
                            + "therefore cannot exceed 126 VPCs."),
        QuotaDefinition(.pendingPeeringRequests, awsName: "Outstanding VPC peering connection requests",
                        code: "L-DC9F7029", scope: "per account (requests made from the account)",
                        defaultValue: 25, adjustable: true, source: peeringGuide, asOf: "2022-10-08",
                        note: "Adjustable, but AWS publishes no maximum: the maximum preset keeps 25."),
        QuotaDefinition(.peeringRequestExpiry, awsName: "Expiry time for an unaccepted VPC peering connection request",
                        scope: "per request", unit: .seconds, defaultValue: 7 * 24 * 3_600, adjustable: false,
                        source: peeringGuide + "; " + peeringBasics, asOf: "2022-10-08",
                        note: "1 week (168 h): \"If no action is taken on the request, it expires after 7 days.\""),
        QuotaDefinition(.peeringsPerVPCPair, awsName: "VPC peering connections between the same two VPCs",
                        scope: "per pair of VPCs", defaultValue: 1, adjustable: false,
                        source: peeringBasics, asOf: "2021-09-23"),
    ] }
}

extension QuotaKey {
    /// Active VPC peering connections per VPC.
    public static let peeringsPerVPC = QuotaKey("peerings_per_vpc")
    /// Outstanding VPC peering connection requests.
    public static let pendingPeeringRequests = QuotaKey("pending_peering_requests")
    /// Expiry time for an unaccepted VPC peering connection request.
    public static let peeringRequestExpiry = QuotaKey("peering_request_expiry")
    /// VPC peering connections between the same two VPCs.
    public static let peeringsPerVPCPair = QuotaKey("peerings_per_vpc_pair")
}
