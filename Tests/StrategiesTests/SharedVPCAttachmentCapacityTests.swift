import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// shared-vpc's `tgw-peering` attachments in the data plane: each Region's attachment
/// interface in an AZ is a capacity checkpoint with the transit-gateway design's
/// per-attachment, per-AZ limits, passed as that design's cross-Region path passes them.
@Suite struct SharedVPCAttachmentCapacityTests {
    /// A cross-Region topology for the data plane: clients in 1 AZ of eu-west-2, a service
    /// with one instance in each of 2 AZs of us-east-1.
    static func crossRegion(rate: Double, requestSize: String = "1KiB", responseSize: String = "3KiB",
                            providerZones: [Int] = [0, 1]) throws -> Topology {
        var b = TopologyBuilder()
        let client = try b.region("eu-west-2", azs: 1)
        let server = try b.region("us-east-1", azs: 2)
        let consumer = try b.vpc(region: client, zones: [0])
        let provider = try b.vpc(region: server, zones: providerZones)
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 10_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: rate, requestSize: requestSize, responseSize: responseSize)
        return b.topology
    }

    static var gateways: DesignOptions {
        var options = DesignOptions()
        options.sharedVPC.crossRegion = .tgwPeering
        return options
    }

    /// Which attachment interfaces a cross-Region request and its response pass, in bytes
    /// per link (two per AZ of every Region, into the gateway then out, global AZ order:
    /// eu-west-2's AZ 1 is links 0–1, us-east-1's AZs 1–2 links 2–3 and 4–5). Every request
    /// (1 KiB) enters by eu-west-2's interface (link 0) and leaves by us-east-1's in its
    /// instance's AZ (3 or 5); its response (3 KiB) enters there (2 or 4) and leaves by
    /// link 1. Per request the instance's AZ is the same both ways, so the bytes through AZ 2
    /// are a third of the response bytes back in. Under `peering` there is no link.
    @Test func crossRegionRequestsPassBothRegionsAttachments() throws {
        let topology = try Self.crossRegion(rate: 100)
        let (plane, results) = try runPlaneKeeping(topology, .sharedVPC, latency: try zeroLatency(), designs: Self.gateways,
                                                   duration: .seconds(60))
        #expect(results.failed == 0 && results.succeeded == results.generated && results.generated > 1_000)
        let n = Int64(results.succeeded), request: Int64 = 1_024, response: Int64 = 3_072
        let bytes = plane.links.bytes
        #expect(bytes.count == 6)
        #expect(bytes[0] == n * request)
        #expect(bytes[1] == n * response)
        #expect(bytes[3] + bytes[5] == n * request)
        #expect(bytes[2] + bytes[4] == n * response)
        #expect(bytes[5] > 0 && bytes[4] == 3 * bytes[5] && bytes[2] == 3 * bytes[3])
        let (peered, _) = try runPlaneKeeping(topology, .sharedVPC, latency: try zeroLatency(), duration: .seconds(10))
        #expect(peered.links.isEmpty)
    }

    /// The attachments limit as the transit-gateway design's do: 2,000 requests/s of one
    /// packet each against a what-if 2,500 packets/s per attachment AZ (`tgwPacketsPerSecondPerAZ`)
    /// wait at the first checkpoint alone as M/D/1 at ρ = 0.8: 0.8 × 0.4 ms / (2 × 0.2) =
    /// 0.8 ms on average (more behind it), none fails. With one consumer and one provider VPC
    /// the shared VPCs' attachments are exactly the transit-gateway design's, so on common
    /// random numbers the latencies agree with it to the nanosecond.
    @Test func attachmentsAreCapacityCheckpoints() throws {
        let topology = try Self.crossRegion(rate: 2_000, requestSize: "1KiB", responseSize: "1KiB", providerZones: [0])
        let latency = try zeroLatency()
        let options = DataPlaneOptions(tgwPacketsPerSecondPerAZ: 2_500)
        let limited = try runPlane(topology, .sharedVPC, latency: latency, designs: Self.gateways, options: options,
                                   duration: .seconds(60))
        let free = try runPlane(topology, .sharedVPC, latency: latency, designs: Self.gateways, duration: .seconds(60))
        let tgw = try runPlane(topology, .transitGateway, latency: latency, options: options, duration: .seconds(60))
        #expect(limited.failed == 0 && limited.generated == free.generated)
        let waited = try unwrap(limited.steady.first?.meanMilliseconds, "limited")
            - unwrap(free.steady.first?.meanMilliseconds, "free")
        #expect(waited > 0.6, "mean wait \(waited) ms")
        #expect(limited.steady.first?.meanMilliseconds == tgw.steady.first?.meanMilliseconds)
    }
}
