/// The AWS API calls the control plane makes, counted one per call.
///
/// Counting conventions (assumptions; AWS bills none of these): one call per route and per
/// security-group rule (`CreateRoute` takes one destination; `AuthorizeSecurityGroupIngress`
/// is counted per rule); polling (`Describe*`) is not counted; a call refused by a quota or
/// by overlapping CIDRs is counted once, since the automation made it.
public enum APIOperation: Int, CaseIterable, Sendable, CustomStringConvertible {
    case createVpcPeeringConnection
    case acceptVpcPeeringConnection
    case deleteVpcPeeringConnection
    case rejectVpcPeeringConnection
    case createRoute
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
    case createTransitGateway
    case createTransitGatewayVpcAttachment
    case acceptTransitGatewayVpcAttachment
    case createTransitGatewayPeeringAttachment
    case acceptTransitGatewayPeeringAttachment
    case createTransitGatewayRoute

    /// The AWS API name, e.g. `CreateVpcPeeringConnection`.
    public var name: String { APIOperation.names[rawValue] }

    public var description: String { name }

    private static let names = [
        "CreateVpcPeeringConnection", "AcceptVpcPeeringConnection", "DeleteVpcPeeringConnection",
        "RejectVpcPeeringConnection", "CreateRoute", "AuthorizeSecurityGroupIngress",
        "CreateSecurityGroup", "CreateLoadBalancer", "CreateTargetGroup",
        "RegisterTargets", "CreateListener", "CreateVpcEndpointServiceConfiguration",
        "ModifyVpcEndpointServicePermissions", "ModifyVpcEndpointServiceConfiguration", "CreateVpcEndpoint",
        "AcceptVpcEndpointConnections", "RejectVpcEndpointConnections", "CreateTransitGateway",
        "CreateTransitGatewayVpcAttachment", "AcceptTransitGatewayVpcAttachment", "CreateTransitGatewayPeeringAttachment",
        "AcceptTransitGatewayPeeringAttachment", "CreateTransitGatewayRoute",
    ]
}
