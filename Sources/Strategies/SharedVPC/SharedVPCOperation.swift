/// The AWS API calls SharedVPCStrategy makes; each case's name is the API's, in lower camel case.
public enum SharedVPCOperation: Int, DesignOperation {
    case createVpc
    case createResourceShare
    case createSubnet
    case associateResourceShare
    case authorizeSecurityGroupIngress
    case createVpcPeeringConnection
    case acceptVpcPeeringConnection
    case createRoute
    /// A further IPv4 block for the shared VPC when its workloads outgrow the ones it has.
    case associateVpcCidrBlock
    // `cross_region: tgw-peering`: a gateway per Region, the shared VPC attached (same
    // account: no acceptance), a peering attachment per Region pair, requested and accepted,
    // and a static route toward it in each gateway.
    case createTransitGateway
    case createTransitGatewayVpcAttachment
    case createTransitGatewayPeeringAttachment
    case acceptTransitGatewayPeeringAttachment
    case createTransitGatewayRoute
}

extension SharedVPCStrategy {
    public typealias Operation = SharedVPCOperation
}
