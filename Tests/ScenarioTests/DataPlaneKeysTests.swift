import CloudModel
import Strategies
import SimKernel
import Testing
@testable import Scenario

/// The keys the data plane added: latency overrides per pair, service timeouts, and the
/// three kinds of fault.
@Suite struct DataPlaneKeysTests {
    /// Each control-plane fault kind of the language is one a registered design applies.
    @Test func everyControlPlaneFaultKindBelongsToADesign() {
        let known = DesignRegistry.designs.flatMap { $0.faults.map(\.name) }
        for kind in FaultSpec.Kind.allCases where kind != .azOutage {
            #expect(known.contains(kind.rawValue), "\(kind.rawValue)")
        }
    }

    @Test func latencyOverridesPerPairAndPerRegion() throws {
        let text = Fixtures.minimal + """
            latency:
              forward_share: 0.6
              overrides:
                - {from: eu-west-2, to: us-east-1, p50: 70ms, p90: 74ms, privatelink_hop: 0.2ms}
                - {from: us-east-1, to: us-east-1, same_az: 0.1ms, cross_az: 2ms, tgw_hop: 0.3ms}
                - {from: us-east-1, to: eu-west-2, rtt: "lognormal(median=78ms, p90=83ms)", forward_share: 0.4}

            """
        let latency = try #require(load(text)).latency
        #expect(latency.forwardShare == 0.6)
        let fitted = try #require(latency.override(from: "eu-west-2", to: "us-east-1")?.rtt)
        // p50 and p90 fitted like the bundled data: floor = 2 p50 - p90 = 66 ms.
        #expect(fitted.floor == .milliseconds(66))
        #expect(abs(fitted.quantile(0.5) - 70e6) < 1)
        #expect(abs(fitted.quantile(0.9) - 74e6) < 1)
        let inside = try #require(latency.override(from: "us-east-1", to: "us-east-1"))
        #expect(inside.rtt == nil)
        #expect(inside.sameAZ?.mean == 0.1e6)
        #expect(inside.crossAZ?.mean == 2e6)
        let given = try #require(latency.override(from: "us-east-1", to: "eu-west-2"))
        #expect(given.rtt?.floor == .zero)
        #expect(given.forwardShare == 0.4)

        let model = LatencyModel(regions: ["us-east-1", "eu-west-2"], settings: latency)
        #expect(model.path(from: 1, to: 0).hop(PrivateLinkHubStrategy.endpointHopDefinition).mean == 0.2e6)      // the pair's own
        #expect(model.path(from: 1, to: 0).forwardShare == 0.6)               // section-wide
        #expect(model.path(from: 0, to: 1).forwardShare == 0.4)               // the pair's own
        #expect(model.path(from: 0, to: 0).hop(TransitGatewayStrategy.gatewayHopDefinition).mean == 0.3e6)
        #expect(model.path(from: 1, to: 1).hop(TransitGatewayStrategy.gatewayHopDefinition)
                == TransitGatewayStrategy.gatewayHopDefinition.defaultDelay)  // built in
    }

    @Test func latencyOverrideErrors() {
        let both = Fixtures.minimal + "\nlatency: {overrides: [{from: us-east-1, to: eu-west-2, rtt: 80ms, p50: 70ms}]}\n"
        expectError(both, line: 9, column: 72, keyPath: "latency.overrides[0].p50", mentions: ["either rtt", "not both"])
        let lonely = Fixtures.minimal + "\nlatency: {overrides: [{from: us-east-1, to: eu-west-2, p50: 70ms}]}\n"
        expectError(lonely, line: 9, column: 23, keyPath: "latency.overrides[0]", mentions: ["p50 needs p90"])
        let inverted = Fixtures.minimal + "\nlatency: {overrides: [{from: us-east-1, to: eu-west-2, p50: 70ms, p90: 60ms}]}\n"
        expectError(inverted, line: 9, column: 72, keyPath: "latency.overrides[0].p90", mentions: ["must be above p50"])
        let crossInside = Fixtures.minimal + "\nlatency: {overrides: [{from: us-east-1, to: eu-west-2, same_az: 1ms}]}\n"
        expectError(crossInside, line: 9, column: 65, keyPath: "latency.overrides[0].same_az", mentions: ["inside one region"])
        let empty = Fixtures.minimal + "\nlatency: {overrides: [{from: us-east-1, to: eu-west-2}]}\n"
        expectError(empty, line: 9, column: 23, keyPath: "latency.overrides[0]", mentions: ["sets nothing"])
        let share = Fixtures.minimal + "\nlatency: {forward_share: 1}\n"
        expectError(share, line: 9, column: 26, keyPath: "latency.forward_share", mentions: ["strictly between 0 and 1"])
    }

    /// `latency.source` picks the bundled table; a misspelt one is refused where it stands.
    @Test func latencySourceIsReadAndChecked() throws {
        #expect(try #require(load(Fixtures.minimal)).latency.source == .cloudping)
        let corrected = Fixtures.minimal + "\nlatency: {source: cloudping-corrected}\n"
        #expect(try #require(load(corrected)).latency.source == .cloudpingCorrected)
        let raw = Fixtures.minimal + "\nlatency: {source: cloudping}\n"
        #expect(try #require(load(raw)).latency.source == .cloudping)
        let typo = Fixtures.minimal + "\nlatency: {source: cloudping-corected}\n"
        expectError(typo, line: 9, column: 19, keyPath: "latency.source",
                    mentions: ["unknown value 'cloudping-corected'", "did you mean 'cloudping-corrected'?"])
        let list = Fixtures.minimal + "\nlatency: {source: [cloudping]}\n"
        expectError(list, line: 9, column: 19, keyPath: "latency.source", mentions: ["cloudping, cloudping-corrected"])
    }

    @Test func trafficBetweenRegionsWithoutDataNeedsAnOverride() throws {
        let declared = """
            regions:
              xx-north-1: {azs: 2}
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: b, region: xx-north-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: a, port: 8080, service_time: 4ms}
            traffic:
              - {from: b, to: api, rate: 10/s}

            """
        expectError(declared, line: 9, column: 5, keyPath: "traffic[0]", mentions: ["no round-trip data from xx-north-1 to us-east-1"])
        let fixed = declared + "latency: {overrides: [{from: xx-north-1, to: us-east-1, p50: 90ms, p90: 95ms}]}\n"
        #expect(load(fixed) != nil)
    }

    @Test func serviceTimeout() throws {
        let text = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms}", with: "service_time: 4ms, timeout: 2s}")
        let service = try #require(load(text)?.services.first)
        #expect(service.timeout == .seconds(2))
        #expect(try #require(load(Fixtures.minimal)?.services.first).timeout == nil)
        let bad = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms}", with: "service_time: 4ms, timeout: 0s}")
        expectError(bad, line: 5, column: 65, keyPath: "services[0].timeout", mentions: ["longer than zero"])
    }

    @Test func faultKinds() throws {
        let text = Fixtures.minimal + """
            faults:
              - {at: 2m, kind: az-outage, region: us-east-1, az: 2, duration: 1m, detection: 10s}
              - {at: 3m, kind: peering-deletion, vpcs: [a, b]}
              - {at: 4m, kind: endpoint-rejection, vpc: b, service: api}

            """
        let faults = try #require(load(text)).faults
        #expect(faults == [
            .azOutage(at: .seconds(120), region: "us-east-1", az: 2, duration: .seconds(60), detection: .seconds(10)),
            FaultSpec(at: .seconds(180), target: .peering("a", "b")),
            FaultSpec(at: .seconds(240), target: .endpoint(consumer: "b", service: "api")),
        ])
        #expect(faults.map(\.kind) == [.azOutage, .peeringDeletion, .endpointRejection])
    }

    /// Detection derives from the NLB's health checks: interval × unhealthy threshold, by
    /// default 30 s × 2 = 60 s (CreateTargetGroup's TCP defaults); the interval may be 5 s to
    /// 300 s and the threshold 2 to 10.
    @Test func detectionDerivesFromHealthChecks() throws {
        func detection(_ keys: String) throws -> SimTime? {
            let text = Fixtures.minimal + "\nfaults: [{at: 1m, kind: az-outage, region: us-east-1, az: 1\(keys)}]\n"
            return try #require(load(text)).faults.first?.detection
        }
        #expect(try detection("") == .seconds(60))
        #expect(FaultSpec.defaultDetection == .seconds(60))
        #expect(try detection(", health_check_interval: 10s") == .seconds(20))
        #expect(try detection(", unhealthy_threshold: 3") == .seconds(90))
        #expect(try detection(", health_check_interval: 5s, unhealthy_threshold: 2") == .seconds(10))
        #expect(try detection(", health_check_interval: 300s, unhealthy_threshold: 10") == .seconds(3_000))
        #expect(try detection(", detection: 7s") == .seconds(7))
        let head = Fixtures.minimal + "\nfaults: [{at: 1m, kind: az-outage, region: us-east-1, az: 1, "
        expectError(head + "health_check_interval: 4s}]\n", line: 9, column: 85,
                    keyPath: "faults[0].health_check_interval", mentions: ["5 s to 300 s"])
        expectError(head + "health_check_interval: 301s}]\n", line: 9, column: 85,
                    keyPath: "faults[0].health_check_interval", mentions: ["5 s to 300 s"])
        expectError(head + "unhealthy_threshold: 11}]\n", line: 9, column: 83,
                    keyPath: "faults[0].unhealthy_threshold", mentions: ["10"])
        expectError(head + "detection: 10s, unhealthy_threshold: 3}]\n", line: 9, column: 99,
                    keyPath: "faults[0].unhealthy_threshold", mentions: ["not both"])
    }

    @Test func faultErrors() {
        let stray = Fixtures.minimal + "\nfaults: [{at: 1m, kind: peering-deletion, vpcs: [a, b], az: 1}]\n"
        expectError(stray, line: 9, column: 61, keyPath: "faults[0].az", mentions: ["does not apply to a peering-deletion", "vpcs"])
        let one = Fixtures.minimal + "\nfaults: [{at: 1m, kind: peering-deletion, vpcs: [a]}]\n"
        expectError(one, line: 9, column: 49, keyPath: "faults[0].vpcs", mentions: ["two VPCs", "found 1"])
        let unknown = Fixtures.minimal + "\nfaults: [{at: 1m, kind: peering-deletion, vpcs: [a, c]}]\n"
        expectError(unknown, line: 9, column: 53, keyPath: "faults[0].vpcs[1]", mentions: ["no VPC named 'c'"])
        let provider = Fixtures.minimal + "\nfaults: [{at: 1m, kind: endpoint-rejection, vpc: a, service: api}]\n"
        expectError(provider, line: 9, column: 50, keyPath: "faults[0].vpc", mentions: ["runs 'api'", "consumer VPC"])
        let service = Fixtures.minimal + "\nfaults: [{at: 1m, kind: endpoint-rejection, vpc: b, service: apj}]\n"
        expectError(service, line: 9, column: 62, keyPath: "faults[0].service", mentions: ["no service named 'apj'", "api"])
    }
}
