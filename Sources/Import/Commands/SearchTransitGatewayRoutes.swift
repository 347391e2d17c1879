/// `aws ec2 search-transit-gateway-routes` of one TGW route table
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/search-transit-gateway-routes.html).
struct SearchTransitGatewayRoutes: Decodable {
    var routes: [Route]
    var additionalRoutesAvailable: Bool?

    struct Route: Decodable {
        var destinationCidrBlock: String?
        var prefixListId: String?
        var transitGatewayAttachments: [Target]?
        var type: String?
        var state: String?
    }

    struct Target: Decodable {
        var transitGatewayAttachmentId: String?
        var resourceId: String?
        var resourceType: String?
    }
}
