import Testing
@testable import Scenario

/// `growth.traffic` and `growth.instances`: the estate grown in place, applied when the
/// scenario is read; `growth:` must hold a fleet or a factor.
@Suite struct GrowthFactorsSectionTests {
    /// Fixtures.minimal: b calls api at 10/s; api has the default 1 instance per AZ.
    @Test func theFactorsGrowEveryRateAndInstanceCount() throws {
        let text = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms}", with: "service_time: 4ms, instances_per_az: 3}")
            + "growth: {traffic: 2.5, instances: 1.5}\n"
        let scenario = try #require(load(text))
        // 10/s × 2.5 = 25/s, in the unit it was written in; 3 × 1.5 = 4.5, rounded up to 5.
        #expect(scenario.traffic[0].rate.count == 25 && scenario.traffic[0].rate.unit == .perSecond)
        #expect(scenario.services[0].instancesPerAZ == 5)
        #expect(scenario.growthFactors == GrowthFactors(traffic: 2.5, instances: 1.5))
        // No fleet grows: the topology is provisioned before traffic starts, as without growth.
        #expect(scenario.growth == nil)
        let topology = try scenario.topology(replication: 0)
        #expect(topology.demands[0].ratePerSecond == 25)
        #expect(topology.services[0].instancesPerAZ == 5)
    }

    @Test func instancesRoundUpButNotPastAWholeProduct() {
        // 10 × 1.1 is 11.000000000000002 in binary floating point: still 11 instances.
        #expect(GrowthFactors(instances: 1.1).grown(instancesPerAZ: 10) == 11)
        #expect(GrowthFactors(instances: 0.5).grown(instancesPerAZ: 3) == 2)   // 1.5 → 2
        #expect(GrowthFactors(instances: 0.01).grown(instancesPerAZ: 3) == 1)  // at least one
        #expect(GrowthFactors(instances: 1e6).grown(instancesPerAZ: Int.max) == 1 << 53)
    }

    @Test func aFleetGrowthKeepsItsFactorsOfOne() throws {
        let text = Fixtures.minimal
            + "fleets: [{name: app, region: us-east-1, count: 3, cidr_pool: 10.64.0.0/12}]\n"
            + "growth: {fleet: app, interarrival: 1h}\n"
        let scenario = try #require(load(text))
        #expect(scenario.growth?.fleet == "app")
        #expect(scenario.growthFactors == .none)
        #expect(scenario.traffic[0].rate.count == 10)
    }

    @Test func anEmptyGrowthNamesWhatItNeeds() {
        expectError(Fixtures.minimal + "growth: {}\n", line: 8, column: 9, keyPath: "growth",
                    mentions: ["give 'fleet' and 'interarrival'", "or 'traffic' and/or 'instances'"])
    }

    @Test func aFleetKeyWithoutTheFleetIsRefused() {
        expectError(Fixtures.minimal + "growth: {traffic: 2, interarrival: 1h}\n", line: 8, column: 9, keyPath: "growth",
                    mentions: ["missing required key 'fleet'"])
    }

    @Test(arguments: ["0", "-1", "2000000", "lots"])
    func aFactorOutOfRangeIsRefused(_ value: String) {
        guard let error = loadError(Fixtures.minimal + "growth: {traffic: \(value)}\n") else {
            Issue.record("growth.traffic: \(value) was accepted")
            return
        }
        #expect(error.keyPath == "growth.traffic", "\(error)")
        #expect(error.location.line == 8)
    }
}
