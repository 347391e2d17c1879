/// The AWS API calls TransitGatewayStrategy makes; each case's name is the API's, in lower camel case.
public enum TransitGatewayOperation: Int, DesignOperation {
    case createRoute
    case authorizeSecurityGroupIngress
    case createTransitGateway
    case createTransitGatewayVpcAttachment
    case acceptTransitGatewayVpcAttachment
    case createTransitGatewayPeeringAttachment
    case acceptTransitGatewayPeeringAttachment
    case createTransitGatewayRoute
}

extension TransitGatewayStrategy {
    public typealias Operation = TransitGatewayOperation
}
