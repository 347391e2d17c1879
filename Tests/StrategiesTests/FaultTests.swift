import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// AZ outages: errors only inside the fault window, routing around after detection, and
/// every generated request accounted for.
@Suite struct FaultTests {
    static let rate = 200.0

    /// Clients in eu-west-2 calling a service with one instance in each of three AZs of
    /// us-east-1; AZ 1 of us-east-1 goes down at 100 s for 60 s.
    static func topology(timeout: SimTime? = nil, serviceTime: String = "2ms") throws -> Topology {
        var b = TopologyBuilder()
        let client = try b.region("eu-west-2", azs: 2)
        let server = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: client, zones: [0, 1])
        let provider = try b.vpc(region: server, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 8, serviceTime: serviceTime,
                                    timeout: timeout)
        try b.demand(from: consumer, to: service, rate: rate)
        return b.topology
    }

    static func outage(detection: SimTime) -> DataPlaneFault {
        .zoneOutage(.init(region: 1, zone: 0, start: .seconds(100), duration: .seconds(60), detection: detection))
    }

    @Test(arguments: [StrategyKind.peeringMesh, .privateLinkHub, .transitGateway, .sharedVPC])
    func errorsOnlyInTheWindowAndNoRequestLost(strategy: StrategyKind) throws {
        let topology = try Self.topology()
        let results = try runPlane(topology, strategy, duration: .seconds(300),
                                   faults: [Self.outage(detection: .seconds(10))])
        // Accounting: every generated request ended as a success or a counted error.
        #expect(results.inFlight == 0)
        #expect(results.generated == results.succeeded + results.failed)
        #expect(results.failed == results.failuresByReason.reduce(0, +))
        let steady = try unwrap(results.total(.steady), "steady")
        let fault = try unwrap(results.total(.fault), "fault")
        #expect(steady.requests + fault.requests == results.generated)   // no warm-up here
        // No error outside the window [100 s, 100 + 60 + 10 s).
        #expect(steady.errors == 0)
        // Inside: every request sent to the dead AZ before detection (a third of 10 s of
        // traffic), plus the few in flight there at 100 s.
        let expected = Self.rate * 10 / 3
        let sd = (Self.rate * 10 * (1.0 / 3) * (2.0 / 3)).squareRoot()
        #expect(fault.errors == fault.errors(.azOutage))
        #expect(Double(fault.errors) > expected - 5 * sd)
        #expect(Double(fault.errors) < expected + 5 * sd + Self.rate * 0.1)
    }

    /// VPC Lattice serves one Region only: the same outage inside us-east-1, clients and
    /// service both there (the clients' AZ 0 is the dead one's too). Errors stay inside the
    /// window, and every request is accounted for.
    @Test func latticeErrorsOnlyInTheWindowAndNoRequestLost() throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0, 1])
        let provider = try b.vpc(region: region, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 8, serviceTime: "2ms")
        try b.demand(from: consumer, to: service, rate: Self.rate)
        let outage = DataPlaneFault.zoneOutage(.init(region: 0, zone: 0, start: .seconds(100), duration: .seconds(60),
                                                     detection: .seconds(10)))
        let results = try runPlane(b.topology, .vpcLattice, duration: .seconds(300), faults: [outage])
        #expect(results.inFlight == 0)
        #expect(results.generated == results.succeeded + results.failed)
        let steady = try unwrap(results.total(.steady), "steady")
        let fault = try unwrap(results.total(.fault), "fault")
        #expect(steady.errors == 0)
        #expect(fault.errors > 0)
        #expect(fault.errors == fault.errors(.azOutage))
    }

    @Test func withoutDetectionDelayOnlyRequestsInFlightFail() throws {
        let topology = try Self.topology()
        let results = try runPlane(topology, .peeringMesh, duration: .seconds(300),
                                   faults: [Self.outage(detection: .zero)])
        let fault = try unwrap(results.total(.fault), "fault")
        // In flight towards or at AZ 1 at 100 s: a third of ~80 ms of traffic (16 requests).
        #expect(fault.errors > 0)
        #expect(fault.errors < 40)
        #expect(results.generated == results.succeeded + results.failed)
    }

    @Test func noFaultNoError() throws {
        let results = try runPlane(try Self.topology(), .transitGateway, duration: .seconds(100))
        #expect(results.failed == 0)
        #expect(results.total(.fault)?.requests == 0)
    }

    @Test func outageOfTheClientsAZMovesTheClients() throws {
        // Same region for PrivateLink: a client in the dead AZ fails until detection, then
        // the consumer's load moves to its other AZs.
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0, 1, 2])
        let provider = try b.vpc(region: region, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, concurrency: 8, serviceTime: "1ms")
        try b.demand(from: consumer, to: service, rate: Self.rate)
        let outage = DataPlaneFault.zoneOutage(.init(region: 0, zone: 0, start: .seconds(50), duration: nil,
                                                     detection: .seconds(5)))
        // Zonal DNS: only the clients of the dead AZ (1 in 3) fail during the 5 s before
        // detection. Regional DNS: they do, and so do the others that picked the dead AZ's
        // interface (2/3 × 1/3): 1/3 + 2/9 = 5/9 of the requests.
        for (dns, p) in [(EndpointDNS.zonal, 1.0 / 3), (.regional, 5.0 / 9)] {
            let results = try runPlane(b.topology, .privateLinkHub, privateLink: PrivateLinkSettings(dns: dns),
                                       duration: .seconds(200), faults: [outage])
            let fault = try unwrap(results.total(.fault), "fault")
            let expected = Self.rate * 5 * p
            #expect(abs(Double(fault.errors) - expected) < 5 * (expected * (1 - p)).squareRoot() + 5, "\(dns)")
            #expect(try unwrap(results.total(.steady), "steady").errors == 0)
            #expect(results.generated == results.succeeded + results.failed)
        }
    }

    @Test func waitingRequestsAtADeadInstanceFailAndTheirTimeoutsAreCancelled() throws {
        // A saturated single-AZ service with a timeout: the outage empties long lines.
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 2)
        let consumer = try b.vpc(region: region, zones: [0, 1])
        let provider = try b.vpc(region: region, zones: [0, 1])
        let service = try b.service(vpc: provider, concurrency: 1, serviceTime: "exponential(mean=10ms)",
                                    timeout: .milliseconds(500))
        try b.demand(from: consumer, to: service, rate: 190)    // utilisation 0.95 over two instances
        let outage = DataPlaneFault.zoneOutage(.init(region: 0, zone: 1, start: .seconds(60), duration: .seconds(30),
                                                     detection: .seconds(2)))
        let results = try runPlane(b.topology, .peeringMesh, duration: .seconds(180), faults: [outage])
        #expect(results.generated == results.succeeded + results.failed)
        #expect(results.failures(.azOutage) > 0)
        #expect(results.failures(.timeout) > 0)      // one instance left at 1.9× its capacity
        #expect(results.serviceWait[0].max <= 0.5 + 1e-9)
    }
}
