/// `aws ec2 describe-security-groups` (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-security-groups.html).
struct DescribeSecurityGroups: Decodable {
    var securityGroups: [Group]

    struct Group: Decodable {
        var groupId: String
        var groupName: String?
        var vpcId: String?
        var ipPermissions: [Permission]?
        var ipPermissionsEgress: [Permission]?
    }

    struct Permission: Decodable {
        var ipProtocol: String?
        var fromPort: Int?
        var toPort: Int?
        var ipRanges: [IPv4Range]?
        var ipv6Ranges: [IPv6Range]?
        var prefixListIds: [PrefixListReference]?
        var userIdGroupPairs: [GroupReference]?
    }

    struct IPv4Range: Decodable { var cidrIp: String? }
    struct IPv6Range: Decodable { var cidrIpv6: String? }
    struct PrefixListReference: Decodable { var prefixListId: String? }
    struct GroupReference: Decodable {
        var groupId: String?
        var userId: String?
        var vpcId: String?
    }
}
