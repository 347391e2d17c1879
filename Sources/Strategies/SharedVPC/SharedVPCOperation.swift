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
}

extension SharedVPCStrategy {
    public typealias Operation = SharedVPCOperation
}
