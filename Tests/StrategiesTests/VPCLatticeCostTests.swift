import CloudModel
import SimKernel
import Strategies
import Testing

/// VPC Lattice's monthly bill for a small topology, worked out by hand.
@Suite struct VPCLatticeCostTests {
    /// One service called by two consumer VPCs at 100 requests/s each, 1 KiB each way, in
    /// us-east-1, over a 730-hour month:
    /// - one service-hour charge: 0.025 × 730 = $18.25;
    /// - processing: per consumer 100/s × 2,048 B × 730 h × 3,600 s / 2^30 B per GB ≈ 501.27 GB,
    ///   two consumers ≈ 1,002.54 GB × $0.025 ≈ $25.06;
    /// - requests: 200/s = 720,000 an hour, 420,000 above the free 300,000, so
    ///   0.42 M × $0.10 × 730 h = $30.66;
    /// - nothing for associations, cross-AZ data or the network itself.
    @Test func twoConsumersOfOneService() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
            \(fleet("app", count: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 100/s}

            """
        let cost = try provision(text, VPCLatticeStrategy.self).monthlyCost()
        #expect(abs(cost.serviceHours - 18.25) < 1e-9)
        let gigabytesPerConsumer = 100.0 * 2_048 * 730 * 3_600 / 1_073_741_824
        #expect(abs(cost.dataProcessing - 2 * gigabytesPerConsumer * 0.025) < 1e-9)
        #expect(abs(cost.dataProcessing - 25.06) < 0.01)
        #expect(abs(cost.requests - 30.66) < 1e-9)
        #expect(abs(cost.total - (18.25 + 2 * gigabytesPerConsumer * 0.025 + 30.66)) < 1e-9)
        #expect(cost.breakdown.items.map(\.name) == ["lattice_service_hours", "lattice_data_processing", "lattice_requests"])
    }

    /// Under the free allowance no request is charged: 2 × 40/s = 288,000 an hour.
    @Test func requestsUnderTheFreeAllowanceCostNothing() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
            \(fleet("app", count: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 40/s}

            """
        let cost = try provision(text, VPCLatticeStrategy.self).monthlyCost()
        #expect(cost.requests == 0)
        #expect(PriceTable.listPrices.latticeRequestCharge(requestsPerSecond: 300_000.0 / 3_600, hours: 730) == 0)
    }
}
