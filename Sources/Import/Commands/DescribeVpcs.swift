/// `aws ec2 describe-vpcs` (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpcs.html).
struct DescribeVpcs: Decodable {
    var vpcs: [Vpc]

    struct Vpc: Decodable {
        var vpcId: String
        var ownerId: String?
        var cidrBlock: String
        var cidrBlockAssociationSet: [IPv4Association]?
        var ipv6CidrBlockAssociationSet: [IPv6Association]?
        var isDefault: Bool?
        var state: String?
        var tags: [AWSTag]?
    }

    struct IPv4Association: Decodable {
        var cidrBlock: String
        var cidrBlockState: BlockState?
    }

    struct IPv6Association: Decodable {
        var ipv6CidrBlock: String?
        var ipv6CidrBlockState: BlockState?
    }

    struct BlockState: Decodable {
        var state: String
    }
}
