import CloudModel
import Testing
@testable import Strategies

/// `StrategyContext.commonZoneCount` (the cost of every timeseries row asks it per demand) is
/// answered from per-VPC AZ bit sets where it can be; it must count exactly the AZ ids two
/// VPCs share, worked by hand here: us-east-1 with 3 AZs (positions 0, 1, 2).
@Suite struct CommonZoneCountTests {
    @Test func countsTheSharedAZIDs() throws {
        var b = TopologyBuilder()
        let east = try b.region("us-east-1", azs: 3)
        let west = try b.region("us-west-2", azs: 3)
        let a = try b.vpc(region: east, zones: [0, 1])      // use1 AZs at 0 and 1
        let c = try b.vpc(region: east, zones: [2, 1])      // at 2 and 1, listed out of order
        let d = try b.vpc(region: east, zones: [2])
        let all = try b.vpc(region: east, zones: [0, 1, 2])
        let far = try b.vpc(region: west, zones: [0, 1])    // same positions, other Region's ids
        let context = ControlPlane<PeeringMeshStrategy>(topology: b.topology, configuration: ControlPlaneConfiguration()).context
        #expect(context.commonZoneCount(a, c) == 1)          // position 1
        #expect(context.commonZoneCount(c, a) == 1)
        #expect(context.commonZoneCount(a, d) == 0)
        #expect(context.commonZoneCount(c, d) == 1)          // position 2
        #expect(context.commonZoneCount(a, all) == 2)
        #expect(context.commonZoneCount(all, all) == 3)
        #expect(context.commonZoneCount(a, far) == 0)        // no id in common across Regions
        // The share any-az clients of a cross to reach `all`: 1 − 2 / (2 · 3) = 2/3.
        #expect(abs(context.crossAZShare(consumer: a, provider: all) - 2.0 / 3.0) < 1e-12)
    }
}
