import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// Which attachment interfaces a Transit Gateway request and its response pass: the
/// gateway keeps traffic in its source AZ ("When appliance mode is not enabled, traffic is
/// kept to the originating Availability Zone"), so a request leaves by the provider's
/// attachment in the client's AZ and crosses AZs inside the provider VPC; the response
/// leaves by the consumer's attachment in the instance's AZ. Counted exactly, in bytes per
/// link: each VPC taking part has two links per AZ, into the gateway then out of it, in
/// VPC order (consumer first here).
@Suite struct TransitGatewayAZPathTests {
    static let request = 1_024, response = 3_072

    /// Bytes per link after a run in which every request succeeded, and the request count.
    static func linkBytes(_ topology: Topology, designs: DesignOptions = DesignOptions()) throws -> (bytes: [Int64], n: Int64) {
        let (plane, results) = try runPlaneKeeping(topology, .transitGateway, latency: try zeroLatency(), designs: designs,
                                                   duration: .seconds(60))
        #expect(results.failed == 0 && results.succeeded == results.generated && results.generated > 1_000)
        return (plane.links.bytes, Int64(results.succeeded))
    }

    /// Consumer in AZ 1 only, provider in AZs 1–2 (one instance each): every client is in
    /// AZ 1, half the instances are in AZ 2.
    @Test func requestsLeaveTheGatewayInTheClientsAZ() throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 2)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [0, 1])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 100, requestSize: "1KiB", responseSize: "3KiB")
        let (bytes, n) = try Self.linkBytes(b.topology)
        // Links: consumer AZ1 in 0, out 1; provider AZ1 in 2, out 3; provider AZ2 in 4, out 5.
        #expect(bytes.count == 6)
        #expect(bytes[0] == n * Int64(Self.request))       // every request enters in AZ 1
        #expect(bytes[3] == n * Int64(Self.request))       // ... and leaves by the provider's AZ 1 interface
        #expect(bytes[5] == 0)                             // never by its AZ 2 interface
        #expect(bytes[1] == n * Int64(Self.response))      // responses reach the consumer's only interface
        // Responses enter the gateway in the instance's AZ: about half in each.
        #expect(bytes[2] + bytes[4] == n * Int64(Self.response))
        let share = Double(bytes[4]) / Double(n * Int64(Self.response))
        #expect(abs(share - 0.5) < 5 * (0.25 / Double(n)).squareRoot(), "AZ 2 share \(share)")
    }

    /// Consumer in AZs 1–2, provider in AZ 1 only: every instance is in AZ 1, half the
    /// clients are in AZ 2.
    @Test func responsesLeaveTheGatewayInTheInstancesAZ() throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 2)
        let consumer = try b.vpc(region: region, zones: [0, 1])
        let provider = try b.vpc(region: region, zones: [0])
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 100, requestSize: "1KiB", responseSize: "3KiB")
        let (bytes, n) = try Self.linkBytes(b.topology)
        // Links: consumer AZ1 in 0, out 1; consumer AZ2 in 2, out 3; provider AZ1 in 4, out 5.
        #expect(bytes.count == 6)
        #expect(bytes[0] + bytes[2] == n * Int64(Self.request))   // requests enter in the clients' AZs
        #expect(bytes[2] > 0)
        #expect(bytes[5] == n * Int64(Self.request))              // and leave by the provider's only interface
        #expect(bytes[4] == n * Int64(Self.response))             // responses enter in AZ 1 ...
        #expect(bytes[1] == n * Int64(Self.response))             // ... and leave by the consumer's AZ 1 interface
        #expect(bytes[3] == 0)                                    // even for the clients of AZ 2
    }
}
