/// `aws elbv2 describe-target-groups` (https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-target-groups.html).
struct DescribeTargetGroups: Decodable {
    var targetGroups: [TargetGroup]

    struct TargetGroup: Decodable {
        var targetGroupArn: String
        var targetGroupName: String?
        var `protocol`: String?
        var port: Int?
        var vpcId: String?
        var targetType: String?
        var loadBalancerArns: [String]?
    }
}
