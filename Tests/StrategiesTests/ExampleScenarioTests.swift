import CloudModel
import Foundation
import Experiment
import Scenario
import SimKernel
import Strategies
import Testing

/// The example scenarios show what they say they show.
@Suite struct ExampleScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios")

    static func run<S: ConnectivityStrategy>(_ file: String, _ type: S.Type) throws -> ControlPlaneResult {
        let s = try ScenarioLoader.load(path: folder.appendingPathComponent(file).path)
        var controlPlane = ControlPlane<S>.provision(topology: try s.topology(replication: 0),
                                                     configuration: s.controlPlaneConfiguration(replication: 0))
        return controlPlane.finish(at: .zero)
    }

    /// The growing full mesh passes 126 VPCs and its peerings start failing on the quota;
    /// PrivateLink and Transit Gateway connect every goal.
    @Test func enterpriseGrowthOutgrowsThePeeringQuota() throws {
        let peering = try Self.run("enterprise-growth.yaml", PeeringMeshStrategy.self)
        #expect(peering.summary.vpcs > 127)
        #expect(peering.quotaViolationsByKey.first?.quota == .peeringsPerVPC)
        #expect(peering.summary.firstInfeasibleVPCs == 127)
        #expect(peering.summary.unreachablePairs > 0)
        let privateLink = try Self.run("enterprise-growth.yaml", PrivateLinkHubStrategy.self)
        #expect(privateLink.summary.unreachablePairs == 0)
        #expect(privateLink.summary.quotaViolations == 0)
        let tgw = try Self.run("enterprise-growth.yaml", TransitGatewayStrategy.self)
        #expect(tgw.summary.unreachablePairs == 0)
        #expect(tgw.summary.routeEntriesMaxPerTable == 1)   // each VPC table: one summary route to its TGW
        // Each of 3 TGW tables: every VPC CIDR, propagated in its own Region's, static elsewhere.
        #expect(tgw.summary.routeEntriesTotal + tgw.summary.routeEntriesPropagated >= 3 * tgw.summary.vpcs)
        #expect(tgw.summary.routeEntriesPropagated >= tgw.summary.vpcs)
    }

    /// Overlapping customers: PrivateLink reaches all of them; peering fails on the
    /// provider's quota and on acme's overlap; Transit Gateway loses the duplicates.
    @Test func saasProviderWithOverlappingCustomers() throws {
        let privateLink = try Self.run("saas-provider.yaml", PrivateLinkHubStrategy.self)
        #expect(privateLink.summary.unreachablePairs == 0)
        #expect(privateLink.goals == 401)
        let peering = try Self.run("saas-provider.yaml", PeeringMeshStrategy.self)
        #expect(peering.summary.connections <= 125)
        #expect(unreachable(peering, .quota) > 0)
        #expect(unreachable(peering, .overlap) > 0)
        let tgw = try Self.run("saas-provider.yaml", TransitGatewayStrategy.self)
        #expect(unreachable(tgw, .overlap) > 100)
        #expect(tgw.summary.unreachablePairs < 401)
    }
}
