import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// Unreachable pairs, timeouts, growth, warm-up, common random numbers and determinism.
@Suite struct AccountingTests {
    static func twoDemands(createdAt: SimTime = .zero) throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("eu-west-1", azs: 2)
        let a = try b.vpc(region: region, zones: [0, 1])
        let c = try b.vpc(region: region, zones: [0, 1], createdAt: createdAt)
        let provider = try b.vpc(region: region, zones: [0, 1])
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 4, serviceTime: "exponential(mean=5ms)")
        try b.demand(from: a, to: service, rate: 50)
        try b.demand(from: c, to: service, rate: 50)
        return b.topology
    }

    @Test func unreachableRequestsFailAtOnceWithTheViewsReason() throws {
        let view = ScriptedConnectivity(answers: [1: .unreachable(.quota)])
        let results = try runPlane(try Self.twoDemands(), .peeringMesh, duration: .seconds(200), connectivity: view)
        // Both demands share one row (same regions and service): half the requests fail.
        let row = try unwrap(results.steady.first, "row")
        #expect(row.errors == row.errors(.unreachable(.quota)))
        #expect(results.failures(.unreachable(.quota)) == results.failed)
        let share = Double(row.errors) / Double(row.requests)
        #expect(abs(share - 0.5) < 5 * (0.25 / Double(row.requests)).squareRoot())
        #expect(results.generated == results.succeeded + results.failed)
    }

    @Test func requestsStartWhenTheConsumerExists() throws {
        let results = try runPlane(try Self.twoDemands(createdAt: .seconds(150)), .transitGateway,
                                   duration: .seconds(200))
        // 50/s for 200 s plus 50/s for the last 50 s: 12,500 expected.
        let expected = 12_500.0
        #expect(abs(Double(results.generated) - expected) < 5 * expected.squareRoot())
    }

    @Test func warmupIsCarriedButNotMeasured() throws {
        let results = try runPlane(try Self.twoDemands(), .peeringMesh, duration: .seconds(200), warmup: .seconds(50))
        let measured = try unwrap(results.total(), "total").requests
        #expect(abs(Double(measured) / Double(results.generated) - 0.75) < 0.02)
        #expect(results.generated == results.succeeded)
    }

    @Test func timeoutsTurnLongWaitsIntoErrors() throws {
        // One instance, one slot, 10 ms each, 150 requests/s: overloaded (ρ = 1.5).
        var b = TopologyBuilder()
        let region = try b.region("eu-west-1", azs: 1)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [0])
        let service = try b.service(vpc: provider, concurrency: 1, serviceTime: "10ms", timeout: .milliseconds(100))
        try b.demand(from: consumer, to: service, rate: 150)
        let results = try runPlane(b.topology, .peeringMesh, duration: .seconds(200), warmup: .seconds(20))
        #expect(results.generated == results.succeeded + results.failed)
        // The instance serves at most 100/s; the other third must time out.
        let row = try unwrap(results.steady.first, "row")
        let share = Double(row.errors(.timeout)) / Double(row.requests)
        #expect(abs(share - 1.0 / 3.0) < 0.02, "timed-out share \(share)")
        #expect(results.serviceWait[0].max <= 0.1 + 1e-9)
    }

    @Test func strategiesSeeTheSameArrivalsAndRunsRepeat() throws {
        let topology = try Self.twoDemands()
        let runs = try StrategyKind.allCases.map { try runPlane(topology, $0, duration: .seconds(100)) }
        #expect(Set(runs.map(\.generated)).count == 1)
        let again = try runPlane(topology, .privateLinkHub, duration: .seconds(100))
        #expect(again.steady.first?.latency == runs[1].steady.first?.latency)
        #expect(again.events == runs[1].events)
        let other = try runPlane(topology, .privateLinkHub, replication: 1, duration: .seconds(100))
        #expect(other.generated != again.generated)
    }

    @Test func badTopologiesAreRefusedWithAMessage() throws {
        var b = TopologyBuilder()
        let r0 = try b.region("us-east-1", azs: 1)
        let consumer = try b.vpc(region: r0, zones: [0])
        let service = try b.service(vpc: consumer, serviceTime: "1ms")
        try b.demand(from: consumer, to: service, rate: 0)
        let model = LatencyModel(regions: ["us-east-1"])
        #expect(throws: DataPlaneError.self) {
            _ = try DataPlane(topology: b.topology, strategy: .peeringMesh, latency: model, seed: 1, replication: 0,
                              duration: .seconds(10), warmup: .zero)
        }
        // A declared region without round-trip data.
        var c = TopologyBuilder()
        let east = try c.region("us-east-1", azs: 1)
        let v = try c.vpc(region: east, zones: [0])
        let s = try c.service(vpc: v, serviceTime: "1ms")
        c.regions.append(Topology.RegionEntry(name: "xx-north-1", zones: c.regions[0].zones))
        c.vpcs.append(Topology.VPCEntry(vpc: c.vpcs[0].vpc, region: 1, zones: [0]))
        try c.demand(from: 1, to: s, rate: 1)
        do {
            _ = try DataPlane(topology: c.topology, strategy: .peeringMesh,
                              latency: LatencyModel(regions: ["us-east-1", "xx-north-1"]), seed: 1, replication: 0,
                              duration: .seconds(10), warmup: .zero)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("no round-trip data from xx-north-1 to us-east-1"))
        }
    }
}

/// A combined handler as `vpcsim run` will have one: kind 0 stands for the control plane,
/// which here only starts the data plane when it fires.
struct LateStart: EventHandler {
    var plane: DataPlane

    mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        if DataPlaneEventKind.range.contains(event.kind) {
            plane.handle(event, in: &simulator, connectivity: AllReachable())
        } else {
            plane.start(in: &simulator)
        }
    }
}

extension AccountingTests {
    @Test func theDataPlaneCountsTimeFromItsStart() throws {
        let topology = try Self.twoDemands()
        let model = LatencyModel(regions: topology.regions.map(\.name))
        // An outage of AZ 1 from 20 s to 40 s of the data plane's time, started at 1,000 s.
        let outage = DataPlaneFault.zoneOutage(.init(region: 0, zone: 0, start: .seconds(20), duration: .seconds(20),
                                                     detection: .seconds(5)))
        let plane = try DataPlane(topology: topology, strategy: .peeringMesh, latency: model, seed: 3, replication: 0,
                                  duration: .seconds(100), warmup: .seconds(10), faults: [outage])
        var simulator = Simulator<RadixHeapQueue>()
        var handler = LateStart(plane: plane)
        simulator.schedule(at: .seconds(1_000), kind: 0)
        simulator.run(handler: &handler)
        handler.plane.finish()
        let results = handler.plane.results
        // 100 requests/s for 100 s, of which the last 90 s are measured.
        #expect(abs(Double(results.generated) - 10_000) < 500)
        let measured = try unwrap(results.total(), "total").requests
        #expect(abs(Double(measured) / Double(results.generated) - 0.9) < 0.02)
        #expect(simulator.now > .seconds(1_099) && simulator.now < .seconds(1_101))   // the last requests end near 1,100 s
        // The outage hit inside the run (errors), all in its window.
        #expect(results.failures(.azOutage) > 0)
        #expect(try unwrap(results.total(.steady), "steady").errors == 0)
        #expect(results.generated == results.succeeded + results.failed)
    }
}
