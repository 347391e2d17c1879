import CloudModel
import Experiment
import Scenario
import SimKernel
import Strategies
import Testing

/// AWS's acceptance defaults (`Acceptance`): an endpoint service requires acceptance, a TGW
/// does not auto-accept shared (cross-account) attachments, and every peering takes an accept
/// call. `auto` stays available.
@Suite struct AcceptanceDefaultTests {
    static let pair = """
        vpcs:
          - {name: hub, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: app, region: us-east-1, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: hub, port: 443, service_time: 1ms}
        traffic:
          - {from: app, to: api, rate: 1/s}

        """

    @Test func everyDesignWithAnAcceptanceStepDefaultsToManual() throws {
        let s = try scenario(Self.pair)
        #expect(s.options.peering.acceptance == .manual)
        #expect(s.options.privateLink.acceptance == .manual)
        #expect(s.options.transitGateway.acceptance == .manual)
        let written = try scenario(Self.pair + "peering: {acceptance: manual}\nprivatelink: {acceptance: auto}\n")
        #expect(written.options.peering.acceptance == .manual)
        #expect(written.options.privateLink.acceptance == .automatic)
    }

    /// `manual`: lognormal with median 1 h and p99 8 h (the ⚠ assumption, as stated).
    @Test func manualDelayIsTheStatedAssumption() {
        #expect(abs(Acceptance.manualDelay.quantile(0.5) - 3_600e9) < 1e3)
        #expect(abs(Acceptance.manualDelay.quantile(0.99) - 8 * 3_600e9) < 1e6)
        #expect(Acceptance.manual.description == "manual (lognormal(median=1h, p99=8h), ⚠ assumption)")
        #expect(Acceptance.automatic.description == "auto")
    }

    /// Under the default, the TGW's owner accepts each VPC attachment (one account per VPC:
    /// both are cross-account): 2 AcceptTransitGatewayVpcAttachment calls; none with `auto`.
    @Test func transitGatewayAttachmentsAreAcceptedByDefault() throws {
        func accepts(_ text: String) throws -> Int {
            var controlPlane = try provision(text, TransitGatewayStrategy.self)
            let result = controlPlane.finish(at: .zero)
            #expect(result.summary.unreachablePairs == 0)
            return result.apiCallsByOperation.first { $0.operation.name == "AcceptTransitGatewayVpcAttachment" }?.count ?? 0
        }
        #expect(try accepts(Self.pair) == 2)
        #expect(try accepts(Self.pair + "transit_gateway: {acceptance: auto}\n") == 0)
    }

    /// Every peering takes its AcceptVpcPeeringConnection call, under `manual` and `auto` alike.
    @Test func everyPeeringTakesAnAcceptCall() throws {
        for extra in ["", "peering: {acceptance: auto}\n"] {
            var controlPlane = try provision(Self.pair + extra, PeeringMeshStrategy.self)
            let result = controlPlane.finish(at: .zero)
            #expect(result.apiCallsByOperation.first { $0.operation.name == "AcceptVpcPeeringConnection" }?.count == 1)
        }
    }

    /// The manifest's record of the acceptance each strategy used, which reports quote next to
    /// every time to connect.
    @Test func manifestsRecordEachStrategysAcceptance() throws {
        var s = try scenario(Self.pair + "transit_gateway: {acceptance: auto}\n")
        s.strategies = StrategyKind.allCases
        let settings = s.acceptanceSettings
        #expect(settings["peering-mesh"] == "peering.acceptance: manual (lognormal(median=1h, p99=8h), ⚠ assumption)")
        #expect(settings["privatelink-hub"] == "privatelink.acceptance: manual (lognormal(median=1h, p99=8h), ⚠ assumption)")
        #expect(settings["transit-gateway"] == "transit_gateway.acceptance: auto")
        #expect(settings["vpc-lattice"]?.hasPrefix("none") == true)
        #expect(settings["shared-vpc"]?.hasPrefix("none") == true)
    }
}
