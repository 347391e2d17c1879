/// `aws ec2 describe-transit-gateway-attachments`
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-transit-gateway-attachments.html).
struct DescribeTransitGatewayAttachments: Decodable {
    var transitGatewayAttachments: [Attachment]

    struct Attachment: Decodable {
        var transitGatewayAttachmentId: String
        var transitGatewayId: String
        var resourceType: String?
        var resourceId: String?
        var resourceOwnerId: String?
        var state: String?
        var association: Association?
        var tags: [AWSTag]?
    }

    struct Association: Decodable {
        var transitGatewayRouteTableId: String?
        var state: String?
    }
}
