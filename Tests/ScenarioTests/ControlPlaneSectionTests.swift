import CloudModel
import SimKernel
import Strategies
import Testing
@testable import Scenario

/// `transit_gateway:` and `control_plane:`: defaults, values, located errors.
@Suite struct ControlPlaneSectionTests {
    @Test func defaults() throws {
        let scenario = try #require(load(Fixtures.minimal))
        #expect(scenario.options.transitGateway == TransitGatewaySettings(acceptance: .manual, vpcRoutes: .summary))
        #expect(scenario.controlPlane == ControlPlaneDelays.defaults)
        // The sourced default: a GWLB endpoint takes "approximately 120–150 seconds".
        #expect(scenario.controlPlane[PrivateLinkTimedOperation.endpointCreate].description == "uniform(min=2m, max=2.5m)")
        #expect(scenario.controlPlane[PrivateLinkTimedOperation.endpointCreate].quantile(0) == 120e9)
        #expect(scenario.controlPlane[PrivateLinkTimedOperation.endpointCreate].quantile(1) == 150e9)
    }

    /// Every default parses and is a distribution of non-negative durations.
    @Test func everyDefaultDelayIsANonNegativeDuration() {
        for definition in ControlPlaneDelays.definitions {
            let key = definition.key, spec = ControlPlaneDelays.defaults[definition]
            #expect(spec.kind == .duration, "\(key)")
            #expect(spec.quantile(0) >= 0, "\(key)")
        }
    }

    @Test func transitGatewayValues() throws {
        let text = Fixtures.minimal + "transit_gateway: {acceptance: 1h, vpc_routes: per-destination}\n"
        let scenario = try #require(load(text))
        #expect(scenario.options.transitGateway.vpcRoutes == .perDestination)
        #expect(scenario.options.transitGateway.acceptance == .after(.constant(.duration(.seconds(3_600)))))
    }

    @Test func controlPlaneOverridesOnlyWhatItNames() throws {
        let text = Fixtures.minimal + """
            control_plane:
              peering_create: 5s
              endpoint_create: "uniform(min=100s, max=200s)"
              tgw_attachment: {dist: exponential, mean: 4m}

            """
        let scenario = try #require(load(text))
        let delays = scenario.controlPlane
        #expect(delays[PeeringTimedOperation.peeringCreate] == .constant(.duration(.seconds(5))))
        #expect(delays[PrivateLinkTimedOperation.endpointCreate].description == "uniform(min=100s, max=200s)")
        #expect(delays[TransitGatewayTimedOperation.tgwAttachment].mean == 240e9)
        #expect(delays[PrivateLinkTimedOperation.nlbCreate] == ControlPlaneDelays.defaults[PrivateLinkTimedOperation.nlbCreate])
        #expect(delays[SharedDelays.routeCreate] == ControlPlaneDelays.defaults[SharedDelays.routeCreate])
    }

    @Test func errorsAreLocated() {
        expectError(Fixtures.minimal + "transit_gateway: {vpc_routes: summaries}\n", line: 8, column: 31,
                    keyPath: "transit_gateway.vpc_routes", mentions: ["unknown value 'summaries'", "did you mean 'summary'?"])
        expectError(Fixtures.minimal + "transit_gateway: {acceptance: 3 days}\n", line: 8, column: 31,
                    keyPath: "transit_gateway.acceptance", mentions: ["invalid distribution"])
        expectError(Fixtures.minimal + "control_plane: {peering_creat: 5s}\n", line: 8, column: 17,
                    keyPath: "control_plane.peering_creat", mentions: ["unknown key 'peering_creat'", "did you mean 'peering_create'?"])
        expectError(Fixtures.minimal + "control_plane: {nlb_create: 5KiB}\n", line: 8, column: 29,
                    keyPath: "control_plane.nlb_create", mentions: ["invalid distribution '5KiB'"])
        expectError(Fixtures.minimal + "control_plane: 5s\n", line: 8, column: 16,
                    keyPath: "control_plane", mentions: ["expected a mapping"])
    }
}
