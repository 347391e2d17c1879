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
        var interfaceType: String?
        var attachment: Attachment?
    }

    struct Attachment: Decodable {
        var instanceId: String?
    }
}
