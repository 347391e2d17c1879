import Foundation
import Scenario

extension ExportFile {
    /// Decodes `data` (the text of `file`) as the output of `command` into that call's shape,
    /// as the import reads it: the entry point of the AWS-export fuzz target and its corpus
    /// replay. Errors are `ScenarioError`s naming the file and the JSON path.
    public static func check(command: AWSCommand, data: Data, file: String) throws(ScenarioError) {
        switch command {
        case .callerIdentity: _ = try decode(CallerIdentity.self, command: command, data: data, file: file)
        case .vpcs: _ = try decode(DescribeVpcs.self, command: command, data: data, file: file)
        case .subnets: _ = try decode(DescribeSubnets.self, command: command, data: data, file: file)
        case .routeTables: _ = try decode(DescribeRouteTables.self, command: command, data: data, file: file)
        case .peerings: _ = try decode(DescribeVpcPeeringConnections.self, command: command, data: data, file: file)
        case .transitGateways: _ = try decode(DescribeTransitGateways.self, command: command, data: data, file: file)
        case .tgwAttachments: _ = try decode(DescribeTransitGatewayAttachments.self, command: command, data: data, file: file)
        case .tgwRouteTables: _ = try decode(DescribeTransitGatewayRouteTables.self, command: command, data: data, file: file)
        case .tgwRoutes: _ = try decode(SearchTransitGatewayRoutes.self, command: command, data: data, file: file)
        case .endpoints: _ = try decode(DescribeVpcEndpoints.self, command: command, data: data, file: file)
        case .endpointServices: _ = try decode(DescribeVpcEndpointServiceConfigurations.self, command: command, data: data, file: file)
        case .securityGroups: _ = try decode(DescribeSecurityGroups.self, command: command, data: data, file: file)
        case .networkInterfaces: _ = try decode(DescribeNetworkInterfaces.self, command: command, data: data, file: file)
        case .prefixLists: _ = try decode(DescribeManagedPrefixLists.self, command: command, data: data, file: file)
        case .loadBalancers: _ = try decode(DescribeLoadBalancers.self, command: command, data: data, file: file)
        case .targetGroups: _ = try decode(DescribeTargetGroups.self, command: command, data: data, file: file)
        case .targetHealth: _ = try decode(DescribeTargetHealth.self, command: command, data: data, file: file)
        }
    }
}
