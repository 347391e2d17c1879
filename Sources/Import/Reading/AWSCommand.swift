/// Each AWS CLI call that `scripts/export-aws.sh` makes and `vpcsim import aws` reads: the
/// file it is saved in and the top-level key of its JSON output (the AWS CLI's output shapes,
/// https://docs.aws.amazon.com/cli/latest/reference/ec2/ and .../reference/elbv2/).
public enum AWSCommand: String, CaseIterable, Sendable {
    case callerIdentity = "sts get-caller-identity"
    case vpcs = "ec2 describe-vpcs"
    case subnets = "ec2 describe-subnets"
    case routeTables = "ec2 describe-route-tables"
    case peerings = "ec2 describe-vpc-peering-connections"
    case transitGateways = "ec2 describe-transit-gateways"
    case tgwAttachments = "ec2 describe-transit-gateway-attachments"
    case tgwRouteTables = "ec2 describe-transit-gateway-route-tables"
    case tgwRoutes = "ec2 search-transit-gateway-routes"
    case endpoints = "ec2 describe-vpc-endpoints"
    case endpointServices = "ec2 describe-vpc-endpoint-service-configurations"
    case securityGroups = "ec2 describe-security-groups"
    case networkInterfaces = "ec2 describe-network-interfaces"
    case prefixLists = "ec2 describe-managed-prefix-lists"
    case loadBalancers = "elbv2 describe-load-balancers"
    case targetGroups = "elbv2 describe-target-groups"
    case targetHealth = "elbv2 describe-target-health"

    /// The key every output of the call has at its top level: how a file of the wrong call is
    /// told apart.
    public var topLevelKey: String {
        switch self {
        case .callerIdentity: "Account"
        case .vpcs: "Vpcs"
        case .subnets: "Subnets"
        case .routeTables: "RouteTables"
        case .peerings: "VpcPeeringConnections"
        case .transitGateways: "TransitGateways"
        case .tgwAttachments: "TransitGatewayAttachments"
        case .tgwRouteTables: "TransitGatewayRouteTables"
        case .tgwRoutes: "Routes"
        case .endpoints: "VpcEndpoints"
        case .endpointServices: "ServiceConfigurations"
        case .securityGroups: "SecurityGroups"
        case .networkInterfaces: "NetworkInterfaces"
        case .prefixLists: "PrefixLists"
        case .loadBalancers: "LoadBalancers"
        case .targetGroups: "TargetGroups"
        case .targetHealth: "TargetHealthDescriptions"
        }
    }

    /// The file name in a Region folder (`ec2-describe-vpcs.json`); for the per-resource calls
    /// (`search-transit-gateway-routes`, `describe-target-health`) the folder holding one file
    /// per resource. `account.json` sits in the account folder itself.
    public var fileName: String {
        switch self {
        case .callerIdentity: "account.json"
        case .tgwRoutes: "search-transit-gateway-routes"
        case .targetHealth: "describe-target-health"
        default: rawValue.replacingOccurrences(of: " ", with: "-") + ".json"
        }
    }

    /// The calls whose output is one file per Region.
    public static let perRegion: [AWSCommand] = allCases.filter {
        $0 != .callerIdentity && $0 != .tgwRoutes && $0 != .targetHealth
    }

    /// The call whose output has `key` at its top level, to name what a wrong file holds.
    static func producing(topLevelKey key: String) -> AWSCommand? {
        allCases.first { $0.topLevelKey == key && $0 != .tgwRoutes } ?? (key == "Routes" ? .tgwRoutes : nil)
    }
}
