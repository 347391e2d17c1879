/// The AWS API calls VPCLatticeStrategy makes; each case's name is the API's, in lower camel
/// case (Lattice's own calls are in the `vpc-lattice` API, RAM's in `ram`, security groups
/// in EC2).
public enum VPCLatticeOperation: Int, DesignOperation {
    case createServiceNetwork
    /// RAM: the service network's owner shares it (once per service network).
    case createResourceShare
    /// RAM: one more account (principal) added to the share (once per account other than
    /// the owner's that associates a VPC or a service).
    case associateResourceShare
    case createTargetGroup
    case registerTargets
    case createService
    case createListener
    case createServiceNetworkServiceAssociation
    case createServiceNetworkVpcAssociation
    case createSecurityGroup
    case authorizeSecurityGroupIngress
}

extension VPCLatticeStrategy {
    public typealias Operation = VPCLatticeOperation
}
