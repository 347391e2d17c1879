import CloudModel
import Experiment
import Scenario
import SimKernel
import Strategies
import Testing

/// The cached per-demand status agrees with the Reachability-Analyzer-style query at every
/// point of a run; runs are reproducible.
@Suite struct AgreementAndDeterminismTests {
    /// Two regions, providers, a growing fleet of consumers a third of which reuse a taken
    /// block (so overlaps, duplicate routes and shadowing all happen), random delays and
    /// human acceptance, some of it too slow (expiry).
    static let growing = """
        seed: 7
        regions:
          us-east-1: {azs: 3}
          eu-west-2: {azs: 3}
        vpcs:
          - {name: hub, region: us-east-1, cidrs: [10.200.0.0/16, 10.201.0.0/16]}
          - {name: edge, region: eu-west-2, cidrs: [10.210.0.0/16]}
          - {name: clash, region: eu-west-2, cidrs: [10.210.0.0/20]}
        fleets:
          - {name: app, region: eu-west-2, count: 40, cidr_pool: 10.0.0.0/10, prefix: 17, azs: 2, overlap: 0.35}
          - {name: web, region: us-east-1, count: 10, cidr_pool: 10.64.0.0/12, prefix: 18, azs: 1}
        services:
          - {name: api, vpc: hub, port: 443, service_time: 1ms}
          - {name: cache, vpc: edge, port: 6379, service_time: 1ms}
          - {name: odd, vpc: clash, port: 80, service_time: 1ms}
        traffic:
          - {from: app, to: api, rate: 2/s}
          - {from: app, to: cache, rate: 1/s}
          - {from: web, to: api, rate: 1/s}
          - {from: web, to: odd, rate: 1/s}
          - {from: web, to: cache, rate: 1/s}
          - {from: edge, to: api, rate: 5/s}
        growth: {fleet: app, initial: 5, interarrival: "exponential(mean=6h)", horizon: 30d}
        peering: {mesh: needed, acceptance: "lognormal(median=4d, p99=20d)"}
        privatelink: {acceptance: "lognormal(median=1h, p99=1d)"}
        transit_gateway: {vpc_routes: per-destination}
        quotas: {peerings_per_vpc: 20, interface_endpoints_per_vpc: 2}

        """

    /// Runs a control plane in steps and, after each, compares every demand's cached status
    /// with a fresh query.
    func checkAgreement<S: ConnectivityStrategy>(_ type: S.Type, text: String, replication: Int) throws -> Int {
        let s = try scenario(text)
        var controlPlane = ControlPlane<S>(topology: try s.topology(replication: replication),
                                           configuration: s.controlPlaneConfiguration(replication: replication))
        var simulator = Simulator<RadixHeapQueue>()
        controlPlane.start(in: &simulator)
        var checks = 0
        for step in 1...40 {
            let outcome = simulator.run(until: SimTime.seconds(Double(step) * 86_400), handler: &controlPlane)
            for d in controlPlane.topology.demands.indices {
                let fresh = controlPlane.reach(demand: d).reachability
                #expect(controlPlane.reachability(ofDemand: d) == fresh, "demand \(d) at day \(step)")
                checks += 1
            }
            if outcome == .drained { break }
        }
        return checks
    }

    @Test(arguments: 0..<3)
    func cachedStatusAgreesWithTheQuery(replication: Int) throws {
        #expect(try checkAgreement(PeeringMeshStrategy.self, text: Self.growing, replication: replication) > 0)
        #expect(try checkAgreement(PrivateLinkHubStrategy.self, text: Self.growing, replication: replication) > 0)
        #expect(try checkAgreement(TransitGatewayStrategy.self, text: Self.growing, replication: replication) > 0)
        let summary = Self.growing.replacingOccurrences(of: "per-destination", with: "summary")
        #expect(try checkAgreement(TransitGatewayStrategy.self, text: summary, replication: replication) > 0)
        let full = Self.growing.replacingOccurrences(of: "mesh: needed", with: "mesh: full")
        #expect(try checkAgreement(PeeringMeshStrategy.self, text: full, replication: replication) > 0)
    }

    /// The scenario exercises what it should: overlaps, expiries and quota refusals occur.
    @Test func theGrowthScenarioHitsEveryFailure() throws {
        let s = try scenario(Self.growing)
        let topology = try s.topology(replication: 0)
        #expect(topology.vpcs.contains { $0.reusesTakenBlock })
        var peering = ControlPlane<PeeringMeshStrategy>.provision(topology: topology,
                                                                  configuration: s.controlPlaneConfiguration(replication: 0))
        let result = peering.finish(at: .zero)
        #expect(unreachable(result, .overlap) > 0)
        #expect(unreachable(result, .expired) > 0)
        var privateLink = ControlPlane<PrivateLinkHubStrategy>.provision(
            topology: topology, configuration: s.controlPlaneConfiguration(replication: 0))
        #expect(privateLink.finish(at: .zero).summary.quotaViolations > 0)
    }

    func outcome<S: ConnectivityStrategy>(_ type: S.Type, replication: Int) throws
        -> (ControlPlaneSummary, [ControlPlaneTimeseriesRow], [Reachability]) {
        var controlPlane = try provision(Self.growing, S.self, replication: replication)
        let result = controlPlane.finish(at: .zero)
        return (result.summary, result.timeseries,
                controlPlane.topology.demands.indices.map { controlPlane.reachability(ofDemand: $0) })
    }

    /// Same scenario, seed and replication: identical results; another replication differs.
    @Test func sameSeedSameResults() throws {
        for type in [PeeringMeshStrategy.self, PrivateLinkHubStrategy.self, TransitGatewayStrategy.self]
            as [any ConnectivityStrategy.Type] {
            func check<S: ConnectivityStrategy>(_ t: S.Type) throws {
                let first = try outcome(t, replication: 1), second = try outcome(t, replication: 1)
                #expect(first.0 == second.0)
                #expect(first.1 == second.1)
                #expect(first.2 == second.2)
                let other = try outcome(t, replication: 2)
                #expect(other.1 != first.1)
            }
            try check(type)
        }
    }

    /// The timeseries stays bounded (about 1,000 rows) however long the run, is ordered by
    /// time and ends with the final state.
    @Test func timeseriesIsBoundedAndOrdered() throws {
        let text = Self.growing.replacingOccurrences(of: "horizon: 30d", with: "horizon: 3000d")
            .replacingOccurrences(of: "count: 40", with: "count: 1500")
            .replacingOccurrences(of: "cidr_pool: 10.0.0.0/10, prefix: 17", with: "cidr_pool: 10.0.0.0/10, prefix: 24")
        var controlPlane = try provision(text, PrivateLinkHubStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.timeseries.count <= 1_005)
        #expect(result.timeseries.count > 400)
        #expect(zip(result.timeseries, result.timeseries.dropFirst()).allSatisfy { $0.time <= $1.time })
        let last = try #require(result.timeseries.last)
        #expect(last.vpcs == result.summary.vpcs)
        #expect(last.connections == result.summary.connections)
        #expect(last.apiOperations == result.summary.apiOperations)
        #expect(abs(last.monthlyCostUSD - result.summary.monthlyCostUSD) < 1e-9)
    }
}
