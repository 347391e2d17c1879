/// The DNS name a PrivateLink consumer resolves (`privatelink.dns`), which decides which
/// endpoint interface (ENI) its calls use.
///
/// When a consumer creates an interface endpoint, AWS creates "Regional and zonal DNS
/// names"; the Regional name has the form `endpoint_id.endpoint_service_id.region.vpce.amazonaws.com`,
/// a zonal one `endpoint_id-zone.endpoint_service_id.region.vpce.amazonaws.com`
/// ("Share your services through AWS PrivateLink", DNS hostnames,
/// https://docs.aws.amazon.com/vpc/latest/userguide/endpoint-service.html). The Regional
/// hostname "includes all zonal DNS hostnames generated for the interface endpoint"
/// (AWS PrivateLink whitepaper, "Creating highly-available endpoint services",
/// https://docs.aws.amazon.com/whitepapers/latest/aws-privatelink/creating-highly-available-endpoint-services.html),
/// and the private DNS name "resolves to the private IP addresses of the endpoint network
/// interfaces in the VPC" (CreateVpcEndpoint `PrivateDnsEnabled`,
/// https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-create-vpc-endpoint-request/private-dns-enabled.html):
/// the interfaces of every subnet, not the client's AZ's alone. A zonal name is for those
/// who want AZ-local traffic: "You might use this option if your architecture isolates
/// availability zones. For example, you could use it for fault containment or to reduce
/// regional data transfer costs" (Accessing Neptune Analytics interface endpoints,
/// https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting-private-link-access.html).
///
/// ⚠ Assumption: a Regional answer lists every interface and clients spread evenly over
/// them (AWS does not document the order or weighting of the answer), so with interfaces
/// in k AZs a call uses another AZ's interface with probability (k − 1)/k.
public enum EndpointDNS: String, CaseIterable, Sendable {
    /// The Regional (or private) DNS name: any of the endpoint's interfaces, uniformly
    /// (healthy ones once an outage is detected). AWS's default name.
    case regional
    /// The zonal DNS name of the client's AZ: that AZ's interface when the endpoint has
    /// one and it is not avoided, else any healthy interface (the client falls back).
    case zonal

    /// The scenario spelling, e.g. `regional`.
    public var name: String { rawValue }
}
