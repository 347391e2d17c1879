import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// A response that nothing can meet on its way home ends with its service's completion, as
/// if delivered then: counting the events shows when it has no event of its own, and a
/// fault that touches nothing (which brings the event back) must leave every measured round
/// trip as it was.
@Suite struct ResponseDeliveryTests {
    /// One consumer and one service in AZ 0 of a two-AZ region; AZ 1 holds nothing.
    static func topology() throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 2)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [0])
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 4,
                                    serviceTime: "lognormal(median=4ms, p99=30ms)")
        try b.demand(from: consumer, to: service, rate: 400)
        return b.topology
    }

    /// An outage of the empty AZ 1: no request's path uses it.
    static let harmlessOutage = DataPlaneFault.zoneOutage(
        .init(region: 0, zone: 1, start: .seconds(20), duration: .seconds(10), detection: .seconds(1)))

    @Test func withoutAFaultAPeeringRequestTakesThreeEventsAndWithOneFour() throws {
        let topology = try Self.topology()
        let quiet = try runPlane(topology, .peeringMesh, duration: .seconds(60))
        #expect(quiet.generated > 20_000)
        #expect(quiet.failed == 0)
        // Arrival, reaching the instance, completion.
        #expect(quiet.events == UInt64(3 * quiet.generated))

        let faulted = try runPlane(topology, .peeringMesh, duration: .seconds(60), faults: [Self.harmlessOutage])
        #expect(faulted.generated == quiet.generated)
        #expect(faulted.failed == 0)
        // The same three and a delivery, plus the outage's own few events.
        let extra = Int(faulted.events) - 4 * faulted.generated
        #expect((1...8).contains(extra), "events beyond four per request: \(extra)")
    }

    @Test func endpointResponsesPassTheirCheckpointInADeliveryEvent() throws {
        // PrivateLink's endpoint interfaces are consumer-side checkpoints.
        let results = try runPlane(try Self.topology(), .privateLinkHub, duration: .seconds(30))
        #expect(results.failed == 0)
        #expect(results.events == UInt64(4 * results.generated))
    }

    @Test func roundTripsAreTheSameWithAndWithoutADeliveryEvent() throws {
        let topology = try Self.topology()
        let quiet = try runPlaneKeeping(topology, .peeringMesh, duration: .seconds(60))
        let faulted = try runPlaneKeeping(topology, .peeringMesh, duration: .seconds(60), faults: [Self.harmlessOutage])
        let steady = try unwrap(quiet.results.steady.first?.latency, "quiet histogram")
        // The faulted run splits its successes between the steady and the outage window.
        var merged = try unwrap(faulted.results.steady.first?.latency, "faulted steady histogram")
        merged.merge(try unwrap(faulted.results.fault.first?.latency, "faulted window histogram"))
        #expect(merged == steady)
        #expect(merged.count == quiet.results.succeeded)
        // Responses delivered at completion are after the last request (60 s) at the end;
        // with the fault, every response had its event, and none was.
        #expect(quiet.plane.lastResponseTime > .seconds(60))
        #expect(faulted.plane.lastResponseTime == .zero)
    }
}
