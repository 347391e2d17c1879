import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// Capacity limits: bandwidth queues (as TCP would), the NLB's connection limit fails.
@Suite struct CapacityTests {
    /// One consumer AZ, one provider AZ with four instances, instant service, no network delay.
    static func topology(rate: Double, requestSize: String, responseSize: String, instances: Int = 4) throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 1)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [0])
        let service = try b.service(vpc: provider, instancesPerAZ: instances, concurrency: 10_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: rate, requestSize: requestSize, responseSize: responseSize)
        return b.topology
    }

    @Test func endpointBandwidthQueuesLikeMD1() throws {
        // 1,000 requests/s of 1 MB through one endpoint interface: at 16 Gbps each takes
        // D = 0.5 ms, utilisation 0.5. Poisson arrivals at a deterministic FIFO server wait
        // ρD / (2(1 − ρ)) = 0.25 ms on average (M/D/1, Pollaczek–Khinchine).
        let topology = try Self.topology(rate: 1_000, requestSize: "1MB", responseSize: "0B")
        let latency = try zeroLatency()
        let limited = try runPlane(topology, .privateLinkHub, latency: latency,
                                   options: DataPlaneOptions(endpointBandwidthPerAZGbps: 16), duration: .seconds(400))
        let free = try runPlane(topology, .privateLinkHub, latency: latency,
                                options: DataPlaneOptions(endpointBandwidthPerAZGbps: 1e9), duration: .seconds(400))
        let waited = try unwrap(limited.steady.first?.meanMilliseconds, "limited")
            - unwrap(free.steady.first?.meanMilliseconds, "free")
        #expect(limited.failed == 0)
        #expect(abs(waited / 0.25 - 1) < 0.04, "mean wait \(waited) ms vs 0.25 ms")
    }

    @Test func nlbConnectionLimitFailsTheExcess() throws {
        // One target, 20 new connections/s (1,200 a minute) against a limit of 300 a minute:
        // once the first minute has filled the window, 5 per second get through.
        let topology = try Self.topology(rate: 20, requestSize: "1KiB", responseSize: "1KiB", instances: 1)
        let options = DataPlaneOptions(nlbConnectionsPerTargetPerMinute: 300)
        let results = try runPlane(topology, .privateLinkHub, options: options, duration: .seconds(660),
                                   warmup: .seconds(60))
        let row = try unwrap(results.steady.first, "row")
        let share = Double(row.errors(.connectionLimit)) / Double(row.requests)
        #expect(abs(share - 0.75) < 0.02, "failed share \(share)")
        #expect(row.errors == row.errors(.connectionLimit))
        // Peering and TGW have no such limit.
        let peering = try runPlane(topology, .peeringMesh, options: options, duration: .seconds(120))
        #expect(peering.failed == 0)
    }

    @Test func transitGatewayPacketRateQueues() throws {
        // 2,000 requests/s of one packet each against 2,500 packets/s per attachment AZ:
        // the requests wait (utilisation 0.8) but none fails.
        let topology = try Self.topology(rate: 2_000, requestSize: "1KiB", responseSize: "1KiB")
        let latency = try zeroLatency()
        let limited = try runPlane(topology, .transitGateway, latency: latency,
                                   options: DataPlaneOptions(tgwPacketsPerSecondPerAZ: 2_500), duration: .seconds(60))
        let free = try runPlane(topology, .transitGateway, latency: latency, duration: .seconds(60))
        #expect(limited.failed == 0 && limited.generated == free.generated)
        // The first checkpoint alone is M/D/1 at ρ = 0.8: 0.8 × 0.4 ms / (2 × 0.2) = 0.8 ms.
        let waited = try unwrap(limited.steady.first?.meanMilliseconds, "limited")
            - unwrap(free.steady.first?.meanMilliseconds, "free")
        #expect(waited > 0.6)
    }
}
