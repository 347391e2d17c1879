/// `aws ec2 describe-vpc-endpoint-service-configurations`
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoint-service-configurations.html).
struct DescribeVpcEndpointServiceConfigurations: Decodable {
    var serviceConfigurations: [Configuration]

    struct Configuration: Decodable {
        var serviceId: String
        var serviceName: String?
        var serviceState: String?
        var acceptanceRequired: Bool?
        var availabilityZones: [String]?
        var networkLoadBalancerArns: [String]?
        var gatewayLoadBalancerArns: [String]?
    }
}
