/// How a client chooses among a service's Availability Zones when it addresses the
/// service's instances itself, over routes: the `client_routing` key of each design whose
/// clients do (`ClientRouting+Decoding.swift`). An interface endpoint's counterpart is the
/// DNS name the client resolves.
///
/// The names follow AWS's own for a load balancer's DNS record, whose
/// `dns_record.client_routing_policy` is `any_availability_zone` by default ("no zonal
/// affinity") or `availability_zone_affinity` ("100 percent zonal affinity"):
/// https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#zonal-dns-affinity
/// (as AWS's CDK reference lists them,
/// https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_elasticloadbalancingv2.ClientRoutingPolicy.html).
///
/// Over a peering, inside one VPC or through a Transit Gateway nothing of AWS's picks the instance:
/// the client's own service discovery does, and by default it knows nothing of AZs, so
/// `any-az` is the default. `same-az` is a client-side capability (AZ-aware discovery or
/// load balancing in the client), ⚠ not an AWS feature: vpcsim takes it to prefer the
/// instances in the client's AZ and to fall back to any healthy AZ when the service has no
/// instance in the client's AZ or that AZ is avoided after an outage.
public enum ClientRouting: String, CaseIterable, Sendable {
    /// Uniform over every healthy instance in every AZ (AWS's default: no zonal affinity).
    case anyAZ = "any-az"
    /// An instance in the client's own AZ when the service has one there (same Region).
    case sameAZ = "same-az"

    /// The scenario spelling, e.g. `any-az`.
    public var name: String { rawValue }
}
