/// `aws ec2 describe-transit-gateway-route-tables`
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-transit-gateway-route-tables.html).
struct DescribeTransitGatewayRouteTables: Decodable {
    var transitGatewayRouteTables: [RouteTable]

    struct RouteTable: Decodable {
        var transitGatewayRouteTableId: String
        var transitGatewayId: String
        var state: String?
        var defaultAssociationRouteTable: Bool?
        var defaultPropagationRouteTable: Bool?
    }
}
