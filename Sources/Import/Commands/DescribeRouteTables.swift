/// `aws ec2 describe-route-tables` (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-route-tables.html).
struct DescribeRouteTables: Decodable {
    var routeTables: [RouteTable]

    struct RouteTable: Decodable {
        var routeTableId: String
        var vpcId: String
        var associations: [Association]?
        var routes: [Route]?
        var tags: [AWSTag]?
    }

    struct Association: Decodable {
        var main: Bool?
        var subnetId: String?
    }

    struct Route: Decodable {
        var destinationCidrBlock: String?
        var destinationIpv6CidrBlock: String?
        var destinationPrefixListId: String?
        var gatewayId: String?
        var transitGatewayId: String?
        var vpcPeeringConnectionId: String?
        var natGatewayId: String?
        var networkInterfaceId: String?
        var state: String?
        var origin: String?
    }
}
