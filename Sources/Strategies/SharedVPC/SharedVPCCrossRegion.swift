extension SharedVPCSettings {
    /// How the Regions' shared VPCs are linked (`shared_vpc.cross_region`). A VPC cannot
    /// span Regions, so without a link workloads in different Regions cannot reach each
    /// other (`no-route`).
    public enum CrossRegion: String, CaseIterable, Sendable {
        /// One VPC peering per Region pair, requested and accepted by the network account
        /// that owns both shared VPCs; a route each side toward the other's CIDR. The
        /// default: free by the hour, no hop.
        case peering
        /// A transit gateway per Region, the Region's shared VPC attached to it, one TGW
        /// peering attachment per Region pair (requested and accepted: "the owner of the
        /// accepter transit gateway must accept the peering attachment request, even if both
        /// transit gateways are in the same account",
        /// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering-accept-reject.html) and
        /// static routes toward it in both gateways' tables ("you must add a static route to
        /// the transit gateway route table that points to the transit gateway peering
        /// attachment. The owner of the accepter transit gateway must also add a static
        /// route", https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering-add-route.html).
        /// Billed by the attachment-hour and per GB processed; two gateway hops each way.
        case tgwPeering = "tgw-peering"
        /// No link: cross-Region pairs are `no-route`.
        case noLink = "none"

        /// The scenario spelling, e.g. `tgw-peering`.
        public var name: String { rawValue }
    }
}
