import SimKernel

/// How long each control-plane API operation takes to complete, as distributions of
/// simulated time (`control_plane:` in a scenario). Human acceptance delays are not here:
/// they come from `peering.acceptance`, `privatelink.acceptance` and
/// `transit_gateway.acceptance`.
///
/// AWS publishes no provisioning times; every default below is either a measured data point
/// from aws-facts.md §2.3 or an assumption marked ⚠. A scenario can override each one.
public struct ControlPlaneDelays: Equatable, Sendable {
    /// `CreateVpcPeeringConnection` until the request is `pending-acceptance`.
    /// Default `uniform(min=1s, max=5s)` ⚠: an API call of seconds, well inside the whole
    /// Terraform peering tests (32.6 s and 45.0 s including VPC creation, aws-facts.md §2.3).
    public var peeringCreate: DistributionSpec
    /// From acceptance to `active` (the `provisioning` state). AWS says only that the
    /// connection "will soon be in the active state". Default `uniform(min=1s, max=10s)` ⚠.
    public var peeringProvision: DistributionSpec
    /// `CreateRoute` calls for one side of a connection (issued together) until the routes
    /// are in place, and likewise security-group rules. Default `uniform(min=1s, max=3s)` ⚠.
    public var routeCreate: DistributionSpec
    /// `CreateLoadBalancer` (network) until `active`. Default `uniform(min=120s, max=300s)`
    /// ⚠ UNCONFIRMED (aws-facts.md §2.3 lists no figure): NLBs are commonly reported to
    /// take a few minutes to provision; the bounds are an assumption.
    public var nlbCreate: DistributionSpec
    /// `CreateVpcEndpointServiceConfiguration` until `Available`, once the NLB is active.
    /// Default `uniform(min=1s, max=5s)` ⚠: a configuration call, no provisioning.
    public var endpointServiceCreate: DistributionSpec
    /// An interface endpoint from `pending` to `available` (after any acceptance).
    /// Default `uniform(min=120s, max=150s)`: the Gateway Load Balancer endpoint figure of
    /// "approximately 120–150 seconds" (terraform-provider-aws issue #32774, 2023-07), used
    /// as a proxy for interface endpoints (aws-facts.md §2.3, ⚠ for interface endpoints).
    public var endpointCreate: DistributionSpec
    /// `CreateTransitGateway` until `available`. Default `uniform(min=60s, max=150s)` ⚠:
    /// the only data point is `TestAccTransitGateway_serial/VpcAttachment/basic`, 310.6 s
    /// for TGW create + VPC attachment + both deletions (PR #26076, 2022); vpcsim splits it
    /// into creation and attachment of at most 150 s each.
    public var tgwCreate: DistributionSpec
    /// `CreateTransitGatewayVpcAttachment` until `available` (after any acceptance).
    /// Default `uniform(min=60s, max=150s)` ⚠, from the same 310.6 s data point.
    public var tgwAttachment: DistributionSpec
    /// An inter-region TGW peering attachment from request to `available` (after
    /// acceptance). Default `uniform(min=60s, max=150s)` ⚠, by analogy with attachments.
    public var tgwPeering: DistributionSpec

    public init(peeringCreate: DistributionSpec = ControlPlaneDelays.defaults.peeringCreate,
                peeringProvision: DistributionSpec = ControlPlaneDelays.defaults.peeringProvision,
                routeCreate: DistributionSpec = ControlPlaneDelays.defaults.routeCreate,
                nlbCreate: DistributionSpec = ControlPlaneDelays.defaults.nlbCreate,
                endpointServiceCreate: DistributionSpec = ControlPlaneDelays.defaults.endpointServiceCreate,
                endpointCreate: DistributionSpec = ControlPlaneDelays.defaults.endpointCreate,
                tgwCreate: DistributionSpec = ControlPlaneDelays.defaults.tgwCreate,
                tgwAttachment: DistributionSpec = ControlPlaneDelays.defaults.tgwAttachment,
                tgwPeering: DistributionSpec = ControlPlaneDelays.defaults.tgwPeering) {
        self.peeringCreate = peeringCreate
        self.peeringProvision = peeringProvision
        self.routeCreate = routeCreate
        self.nlbCreate = nlbCreate
        self.endpointServiceCreate = endpointServiceCreate
        self.endpointCreate = endpointCreate
        self.tgwCreate = tgwCreate
        self.tgwAttachment = tgwAttachment
        self.tgwPeering = tgwPeering
    }

    private init(defaults: Void) {
        func uniform(_ min: String, _ max: String) -> DistributionSpec {
            // Literal, valid text: parsing cannot fail (a test checks every default).
            try! DistributionSpec.parse("uniform(min=\(min), max=\(max))", kind: .duration)
        }
        peeringCreate = uniform("1s", "5s")
        peeringProvision = uniform("1s", "10s")
        routeCreate = uniform("1s", "3s")
        nlbCreate = uniform("120s", "300s")
        endpointServiceCreate = uniform("1s", "5s")
        endpointCreate = uniform("120s", "150s")
        tgwCreate = uniform("60s", "150s")
        tgwAttachment = uniform("60s", "150s")
        tgwPeering = uniform("60s", "150s")
    }

    /// The built-in defaults documented on each property.
    public static let defaults = ControlPlaneDelays(defaults: ())

    /// Every delay with its scenario key (`control_plane:`), in a fixed order.
    public static var keys: [(key: String, path: WritableKeyPath<ControlPlaneDelays, DistributionSpec>)] {
        [
            ("peering_create", \.peeringCreate), ("peering_provision", \.peeringProvision),
            ("route_create", \.routeCreate), ("nlb_create", \.nlbCreate),
            ("endpoint_service_create", \.endpointServiceCreate), ("endpoint_create", \.endpointCreate),
            ("tgw_create", \.tgwCreate), ("tgw_attachment", \.tgwAttachment), ("tgw_peering", \.tgwPeering),
        ]
    }
}
