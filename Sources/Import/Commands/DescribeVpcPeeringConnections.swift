/// `aws ec2 describe-vpc-peering-connections`
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-peering-connections.html).
struct DescribeVpcPeeringConnections: Decodable {
    var vpcPeeringConnections: [Connection]

    struct Connection: Decodable {
        var vpcPeeringConnectionId: String
        var status: Status?
        var requesterVpcInfo: VpcInfo
        var accepterVpcInfo: VpcInfo
        var tags: [AWSTag]?
    }

    struct Status: Decodable {
        var code: String
    }

    struct VpcInfo: Decodable {
        var vpcId: String?
        var ownerId: String?
        var region: String?
    }
}
