/// `aws ec2 describe-vpc-endpoints` (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoints.html).
struct DescribeVpcEndpoints: Decodable {
    var vpcEndpoints: [Endpoint]

    struct Endpoint: Decodable {
        var vpcEndpointId: String
        var vpcEndpointType: String?
        var vpcId: String
        var serviceName: String
        var state: String?
        var subnetIds: [String]?
        var networkInterfaceIds: [String]?
        var groups: [Group]?
        var tags: [AWSTag]?
    }

    struct Group: Decodable {
        var groupId: String?
    }
}
