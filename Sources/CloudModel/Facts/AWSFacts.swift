import SimKernel

/// AWS behaviours and capacities that are neither quotas (`QuotaDefinition`) nor prices
/// (`PriceFact`), bundled as data so that no resource file is loaded at run time.
///
/// Every value cites aws-facts.md (compiled from stored copies of AWS documentation and
/// secondary sources) with its source and date; ⚠ marks what that file flags as unconfirmed.
/// Latency data is not here: the latency model is built from `aws_region_rtt.csv` separately.
public enum AWSFacts {
    /// Bits per gigabit, for converting the Gbps figures below.
    public static let bitsPerGigabit: Double = 1e9
}

extension AWSFacts {
    /// VPC peering (aws-facts.md §1.2).
    public enum Peering {
        /// Overlapping CIDRs are refused: "You cannot create a VPC peering connection between VPCs
        /// that have matching or overlapping IPv4 or IPv6 CIDR blocks"; any overlapping secondary
        /// block is enough, and the request goes to `failed` at once.
        /// [DOC] awsdocs/amazon-vpc-peering-guide invalid-peering-configurations.md (2018–2022).
        public static let allowsOverlappingCIDRs = false

        /// No transitive routing: "You cannot route packets directly from VPC B to VPC C through
        /// VPC A." [DOC] vpc-peering-basics.md (commit 02b88fc, 2021-09-23).
        public static let isTransitive = false

        /// Security-group references across a peering work only within one Region ("You cannot
        /// create a security group rule that references a peer VPC security group" for
        /// inter-Region peering). [DOC] peering guide archive 2021–2022; current ja_jp copy agrees.
        public static let securityGroupReferencingAcrossRegions = false

        /// A `failed` request stays visible for 2 hours. [DOC] peering guide, lifecycle.
        public static let failedVisibleFor = SimTime.seconds(2 * 3_600)

        /// An `expired` request stays visible for 2 days. [DOC] peering guide, lifecycle.
        public static let expiredVisibleFor = SimTime.seconds(2 * 86_400)

        /// No per-peering bandwidth cap: peering does "not introduce a potential single point of
        /// failure or network bandwidth bottleneck"; limits are per instance/ENI.
        /// [DOC] whitepaper aws-vpc-connectivity-options/vpc-peering.html (current).
        public static let hasBandwidthCap = false

        /// MTU within a Region (jumbo frames), bytes. [DOC] EC2 network MTU page (stored copy).
        public static let intraRegionMTU = 9_001

        /// MTU over inter-Region peering, bytes: 8,500 per the current EC2 MTU page; the peering
        /// guide said 1,500 up to 2022-10. ⚠ The change date is unconfirmed.
        public static let interRegionMTU = 8_500

        /// Default idle timeout of established TCP in instance connection tracking: 432,000 s
        /// (5 days), configurable 60 s – 5 days. A peering path has no middlebox idle timer.
        /// [DOC] EC2 API ConnectionTrackingSpecification.
        public static let connectionTrackingIdleTimeout = SimTime.seconds(432_000)
    }

    /// PrivateLink: interface endpoints, endpoint services, NLBs (aws-facts.md §2).
    public enum PrivateLink {
        /// Consumer and provider CIDRs may overlap: no routes are exchanged; the consumer reaches
        /// the service through ENI addresses in its own subnets. AWS cross-Region PrivateLink blog (2024-11).
        public static let allowsOverlappingCIDRs = true

        /// Traffic flows consumer → service only; the provider cannot initiate connections.
        /// [DOC] endpoint-service-overview.md (2021).
        public static let isUnidirectional = true

        /// Endpoint bandwidth per AZ by default, Gbps ("up to 10 Gbps per Availability Zone").
        /// [DOC] vpc-limits-endpoints.html (stored copies, current).
        public static let endpointBandwidthPerAZDefaultGbps = 10.0

        /// Endpoint bandwidth per AZ after automatic scaling, Gbps ("automatically scales up to
        /// 100 Gbps"); older docs (2021-05) said bursts of 40 Gbps. Same source.
        public static let endpointBandwidthPerAZMaxGbps = 100.0

        /// MTU of an interface endpoint, bytes; larger packets are dropped and PMTUD is not
        /// supported. [DOC] vpc-limits-endpoints.html.
        public static let mtu = 8_500

        /// Default NLB idle timeout for TCP flows (also applied by interface endpoints);
        /// configurable 60–6,000 s per TCP listener since 2024, fixed for TLS listeners.
        /// [DOC] elasticloadbalancing update-idle-timeout.html (stored copy); endpoint side [2nd] ⚠.
        public static let tcpIdleTimeout = SimTime.seconds(350)

        /// Range of a configurable NLB TCP idle timeout. Same source.
        public static let tcpIdleTimeoutRange = SimTime.seconds(60)...SimTime.seconds(6_000)

        /// UDP flow idle timeout. [2nd] ⚠.
        public static let udpIdleTimeout = SimTime.seconds(120)

        /// Cross-zone load balancing on an NLB is off by default; turning it on costs inter-AZ
        /// data transfer. [DOC] endpoint-service-overview.md.
        public static let crossZoneDefault = false

        /// Endpoint ENIs can go only in AZs where the provider's NLB is enabled, matched by AZ id.
        /// [DOC] endpoint-service-overview.md ("the response only includes the common Availability Zones").
        public static let requiresCommonZones = true

        /// Customer endpoint services reachable across Regions since 2024-11-26 (GA).
        /// [AWS-BLOG] "Introducing Cross-Region Connectivity for AWS PrivateLink". Launch Region
        /// list ⚠ unconfirmed; cross-Region endpoints get Regional DNS names only and are not
        /// supported on NLBs with a custom TCP idle timeout [2nd] ⚠.
        public static let crossRegionGA = "2024-11-26"

        /// UDP over PrivateLink since 2024-10-31 (dual-stack NLBs); TCP only before.
        /// [2nd] citing AWS What's New 2024/10 ⚠ primary not checked.
        public static let udpSupportedSince = "2024-10-31"

        /// Time for a Gateway Load Balancer endpoint to go from Pending to Available: "approximately
        /// 120–150 seconds" (hashicorp/terraform-provider-aws issue #32774, 2023-07). Used as a proxy
        /// for interface endpoints, for which AWS publishes no figure ⚠.
        public static let endpointProvisioningProxy = SimTime.seconds(120)...SimTime.seconds(150)
    }

    /// Transit Gateway (aws-facts.md §3).
    public enum TransitGateway {
        /// Bandwidth per VPC attachment per AZ, each direction, Gbps (100 in + 100 out).
        /// [DOC] transit-gateway-quotas.html (stored copy, late 2025). 2019 and 2022-09 docs: 50 Gbps.
        public static let bandwidthPerAttachmentPerAZGbps = 100.0

        /// Packets per second per VPC attachment per AZ. Same source; 2022-09 doc: 5,000,000.
        public static let packetsPerSecondPerAttachmentPerAZ = 7_500_000.0

        /// MTU for VPC, Direct Connect, Connect and peering attachments, bytes (VPN: 1,500).
        /// Same source.
        public static let mtu = 8_500

        /// Transitive routing is the point of a TGW. [DOC] how-transit-gateways-work.md (2022).
        public static let isTransitive = true

        /// "A transit gateway doesn't support routing between VPCs with identical CIDRs."
        /// [DOC] tgw-vpc-attachments.html.
        public static let routesBetweenOverlappingCIDRs = false

        /// Routes toward an inter-Region peering attachment are static only; the accepter must
        /// accept. [DOC] tgw-peering.md (2022).
        public static let peeringRoutesAreStaticOnly = true

        /// One ENI per enabled AZ subnet; resources in AZs without an attachment subnet cannot
        /// reach the TGW. [DOC] how-transit-gateways-work.md (2022).
        public static let needsSubnetInEveryUsedZone = true
    }

    /// Measured provisioning durations that bound control-plane delays (aws-facts.md §2.3).
    /// AWS publishes none of these; they are end-to-end Terraform acceptance-test times,
    /// which include creating and destroying the surrounding resources.
    public enum Provisioning {
        /// `TestAccVPCPeeringConnection_basic`: 45.0 s (hashicorp/terraform PR #7357, 2016).
        public static let peeringTestBasic = SimTime.seconds(45.0)

        /// `TestAccVPCPeeringConnection_region`: 32.6 s (terraform-provider-aws PR #38363, 2024).
        public static let peeringTestRegion = SimTime.seconds(32.6)

        /// `TestAccTransitGateway_serial/VpcAttachment/basic`: 310.6 s including TGW create and
        /// destroy (terraform-provider-aws PR #26076, 2022).
        public static let tgwAttachmentTest = SimTime.seconds(310.6)
    }
}
