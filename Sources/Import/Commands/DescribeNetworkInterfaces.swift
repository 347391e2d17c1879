/// `aws ec2 describe-network-interfaces`
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-network-interfaces.html).
struct DescribeNetworkInterfaces: Decodable {
    var networkInterfaces: [Interface]

    struct Interface: Decodable {
        var networkInterfaceId: String
        var subnetId: String?
        var vpcId: String?
        var availabilityZone: String?
        var privateIpAddress: String?
        var privateIpAddresses: [PrivateAddress]?
        var ipv6Addresses: [IPv6Address]?
        var interfaceType: String?
        var description: String?
        var attachment: Attachment?
        var groups: [Group]?
    }

    struct Group: Decodable {
        var groupId: String?
    }

    struct PrivateAddress: Decodable {
        var privateIpAddress: String?
    }

    struct IPv6Address: Decodable {
        var ipv6Address: String?
    }

    struct Attachment: Decodable {
        var instanceId: String?
    }
}
