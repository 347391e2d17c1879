import CloudModel
import Experiment
import Foundation
import Scenario
import SimKernel
import Strategies
import Testing

/// The cross-AZ bytes each design pays for under its clients' AZ choice, worked by hand on
/// `CostTests.text`: c1 (us-east-1, AZs use1-az1 and use1-az2) calls p (3 AZs, including
/// both of c1's) with 2,566.40625 GB a month in all (1,283.203125 each way); c2 is in another
/// Region (inter-Region transfer, no cross-AZ item).
///
/// Cross-AZ data to an endpoint or through a TGW is listed at 0 (`cross_az_to_endpoint_or_tgw_per_gb`,
/// free since 2022-04, ⚠ unconfirmed), so the tests set it to 0.01 USD/GB to see the bytes.
@Suite struct ClientAZChoiceCostTests {
    static let totalGB = 2_566.40625

    /// The bill of `Strategy` on `CostTests.text` plus `extra`, with cross-AZ data to an
    /// endpoint or TGW priced at 0.01 USD/GB.
    static func cost<Strategy: ConnectivityStrategy>(_ type: Strategy.Type, replacing old: String = "", with new: String = "",
                                                     _ extra: String = "") throws -> Strategy.Cost {
        let text = old.isEmpty ? CostTests.text : CostTests.text.replacingOccurrences(of: old, with: new)
        #expect(old.isEmpty || text != CostTests.text)
        let s = try scenario(text + extra)
        var configuration = s.controlPlaneConfiguration(replication: 0)
        try configuration.prices.set("cross_az_to_endpoint_or_tgw_per_gb", to: 0.01)
        return ControlPlane<Strategy>.provision(topology: try s.topology(replication: 0), configuration: configuration)
            .monthlyCost()
    }

    /// Regional DNS: c1's endpoint has interfaces in its 2 AZs; a client picks either, so half
    /// the calls reach the other AZ's interface: 2,566.40625 × 1/2 × 0.01 = 12.83203125.
    /// Zonal DNS: every client has its AZ's interface: 0. (`cross_zone` is off: the NLB
    /// stays in the interface's AZ.)
    @Test func privateLinkPaysForCallsToAnotherAZsInterface() throws {
        let regional = try Self.cost(PrivateLinkHubStrategy.self)
        #expect(abs(regional.crossAZTransfer - Self.totalGB * 0.5 * 0.01) < 1e-9)
        #expect(abs(regional.crossAZTransfer - 12.83203125) < 1e-9)
        let zonal = try Self.cost(PrivateLinkHubStrategy.self, replacing: "privatelink: {",
                                  with: "privatelink: {dns: zonal, ")
        #expect(zonal.crossAZTransfer == 0)
        // The other items do not depend on the name.
        #expect(abs(zonal.total - (regional.total - 12.83203125)) < 1e-9)
    }

    /// Peering: any AZ, 1 − 2/(2·3) = 2/3 of the bytes cross, at 0.01 each way:
    /// 2,566.40625 × 2/3 × 0.02 = 34.21875; same AZ, c1's AZs are all p's: 0.
    @Test func peeringSameAZPaysNoCrossAZData() throws {
        let anyAZ = try Self.cost(PeeringMeshStrategy.self)
        #expect(abs(anyAZ.crossAZTransfer - 34.21875) < 1e-9)
        let sameAZ = try Self.cost(PeeringMeshStrategy.self, replacing: "peering: {mesh: needed}",
                                   with: "peering: {mesh: needed, client_routing: same-az}")
        #expect(sameAZ.crossAZTransfer == 0)
    }

    /// Transit Gateway: the same 2/3 of the bytes cross (inside the provider VPC for
    /// requests, the consumer VPC for responses), once each: 2,566.40625 × 2/3 × 0.01
    /// = 17.109375; same AZ: 0.
    @Test func transitGatewayCrossAZBytesFollowTheClientsChoice() throws {
        let anyAZ = try Self.cost(TransitGatewayStrategy.self)
        #expect(abs(anyAZ.crossAZTransfer - 17.109375) < 1e-9)
        let sameAZ = try Self.cost(TransitGatewayStrategy.self, "transit_gateway: {client_routing: same-az}\n")
        #expect(sameAZ.crossAZTransfer == 0)
    }

    /// The manifest records each strategy's AZ choice, which reports quote next to every
    /// latency finding.
    @Test func manifestsRecordEachStrategysAZChoice() throws {
        var s = try scenario(CostTests.text.replacingOccurrences(of: "privatelink: {", with: "privatelink: {dns: zonal, ")
                             + "transit_gateway: {client_routing: same-az}\n")
        s.strategies = StrategyKind.allCases
        let settings = s.clientRoutingSettings
        #expect(settings["peering-mesh"] == "peering.client_routing: any-az")
        #expect(settings["privatelink-hub"] == "privatelink.dns: zonal")
        #expect(settings["transit-gateway"] == "transit_gateway.client_routing: same-az")
        #expect(settings["shared-vpc"] == "shared_vpc.client_routing: any-az")
        #expect(settings["vpc-lattice"]?.hasPrefix("any-az (the Lattice proxy") == true)
        var manifest = RunManifest()
        manifest.clientRouting = settings
        let json = String(decoding: try JSONEncoder().encode(manifest), as: UTF8.self)
        #expect(json.contains("\"client_routing\""))
    }
}
