/// `aws ec2 describe-subnets` (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-subnets.html).
struct DescribeSubnets: Decodable {
    var subnets: [Subnet]

    struct Subnet: Decodable {
        var subnetId: String
        var vpcId: String
        var availabilityZone: String
        var cidrBlock: String?
    }
}
