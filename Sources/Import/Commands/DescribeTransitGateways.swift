/// `aws ec2 describe-transit-gateways` (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-transit-gateways.html).
struct DescribeTransitGateways: Decodable {
    var transitGateways: [TransitGateway]

    struct TransitGateway: Decodable {
        var transitGatewayId: String
        var ownerId: String?
        var state: String?
        var options: Options?
        var tags: [AWSTag]?
    }

    struct Options: Decodable {
        var associationDefaultRouteTableId: String?
        var propagationDefaultRouteTableId: String?
    }
}
