/// `aws elbv2 describe-target-health` of one target group
/// (https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-target-health.html).
/// The output does not name the group: the export names the file after the group's ARN.
struct DescribeTargetHealth: Decodable {
    var targetHealthDescriptions: [Description]

    struct Description: Decodable {
        var target: Target
        var targetHealth: Health?
    }

    struct Target: Decodable {
        var id: String
        var port: Int?
        var availabilityZone: String?
    }

    struct Health: Decodable {
        var state: String?
    }
}
