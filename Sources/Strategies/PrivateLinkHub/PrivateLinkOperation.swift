/// The AWS API calls PrivateLinkHubStrategy makes; each case's name is the API's, in lower camel case.
public enum PrivateLinkOperation: Int, DesignOperation {
    case authorizeSecurityGroupIngress
    case createSecurityGroup
    case createLoadBalancer
    case createTargetGroup
    case registerTargets
    case createListener
    case createVpcEndpointServiceConfiguration
    case modifyVpcEndpointServicePermissions
    case modifyVpcEndpointServiceConfiguration
    case createVpcEndpoint
    case acceptVpcEndpointConnections
    case rejectVpcEndpointConnections
}

extension PrivateLinkHubStrategy {
    public typealias Operation = PrivateLinkOperation
}
