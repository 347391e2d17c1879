/// One VPC peering connection of the estate (`as_is.peerings`).
public struct AsIsPeering: Equatable, Sendable {
    /// `pcx-…`.
    public var id: String
    /// The two VPCs, by scenario name (requester first).
    public var vpcs: [String]
    /// AWS's `Status.Code`: `active`, `pending-acceptance`, `provisioning`, `deleted`,
    /// `rejected`, `expired`, `failed`, ... Only an `active` peering carries traffic.
    public var state: String

    public init(id: String, vpcs: [String], state: String) {
        self.id = id
        self.vpcs = vpcs
        self.state = state
    }

    /// The only state in which a peering carries traffic: "The owner of the accepter VPC
    /// accepts the VPC peering connection request to activate the VPC peering connection"
    /// ("VPC peering basics", Amazon VPC Peering Guide,
    /// https://docs.aws.amazon.com/AmazonVPC/latest/PeeringGuide/invalid-peering-configurations.html);
    /// a request waits in `pending-acceptance` until then (AcceptVpcPeeringConnection: "the VPC
    /// peering connection must be in the pending-acceptance state").
    public static let activeState = "active"
}
