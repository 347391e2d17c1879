import SimKernel

/// How a connection request (peering, endpoint connection, TGW attachment) gets accepted.
///
/// AWS's own default for every design that has an acceptance step is that the accepter
/// must accept (`manual`, the default of every such design):
/// - VPC peering: "The owner of the accepter VPC must accept the peering request to activate
///   the peering connection" (CreateVpcPeeringConnection, Amazon EC2 API reference as the
///   SDK for SAP ABAP reprints it,
///   https://docs.amazonaws.cn/sdk-for-sap-abap/v1/api/latest/ec2/operation/CREATEVPCPEERINGCONNECTION.html);
///   AWS has no auto-accept setting for peering, so every peering takes an
///   `AcceptVpcPeeringConnection` call, also under `auto` (automation that owns both sides
///   calls it at once).
/// - Endpoint services: "By default, connection requests must be manually accepted"
///   (awsdocs/amazon-vpc-user-guide `endpoint-service-overview.md`, 2021; the API's
///   `AcceptanceRequired`, "whether requests from service consumers to create an endpoint to
///   your service must be accepted manually",
///   https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-create-vpc-endpoint-service-configuration-request/acceptance-required.html).
/// - Transit Gateway: `AutoAcceptSharedAttachments` "Enable or disable automatic acceptance of
///   attachment requests. Disabled by default." (TransitGatewayRequestOptions,
///   https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-transit-gateway-request-options/auto-accept-shared-attachments.html);
///   with one account per VPC every attachment is cross-account, and an inter-Region TGW
///   peering attachment is always accepted by the accepter.
public enum Acceptance: Equatable, Sendable, CustomStringConvertible {
    /// Accepted at once, by automation (`acceptance: auto`): the endpoint service does not
    /// require acceptance, the TGW auto-accepts shared attachments, or (peering) one
    /// automation owns both sides and accepts at once.
    case automatic
    /// Accepted by a person after a random delay (`acceptance: manual`, or a distribution:
    /// `acceptance: "lognormal(median=2h, p99=3d)"`).
    case after(DistributionSpec)

    /// The delay of `acceptance: manual`: a person in the accepting account acts on the
    /// request within a working day. ⚠ Assumption: AWS publishes no figure, and the time is
    /// the accepting organisation's, not AWS's.
    public static let manualDelay: DistributionSpec = {
        // Literal, valid text: parsing cannot fail (a test checks it).
        try! DistributionSpec.parse("lognormal(median=1h, p99=8h)", kind: .duration)
    }()

    /// AWS's default: the accepter must accept, after `manualDelay`.
    public static let manual = Acceptance.after(manualDelay)

    /// `auto`, `manual (lognormal(...))` or the distribution, as a report names it.
    public var description: String {
        switch self {
        case .automatic: return "auto"
        case .after(let spec) where spec == Self.manualDelay: return "manual (\(spec), ⚠ assumption)"
        case .after(let spec): return spec.description
        }
    }
}
