/// `aws elbv2 describe-load-balancers` (https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-load-balancers.html).
struct DescribeLoadBalancers: Decodable {
    var loadBalancers: [LoadBalancer]

    struct LoadBalancer: Decodable {
        var loadBalancerArn: String
        var loadBalancerName: String?
        var type: String?
        var vpcId: String?
        var availabilityZones: [Zone]?
    }

    struct Zone: Decodable {
        var zoneName: String?
        var subnetId: String?
    }
}
