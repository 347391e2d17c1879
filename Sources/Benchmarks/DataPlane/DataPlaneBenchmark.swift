import CloudModel
import SimKernel
import Strategies
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data plane's performance benchmark (issue 4): 200 VPCs in 4 Regions, 20 services,
/// 2,000 requests per second in total, 10 simulated minutes, on one core.
///
/// The reference topology: Regions us-east-1, eu-west-2, ap-southeast-1 and us-west-2 with
/// 3 AZs each; 50 VPCs per Region, the first 5 of each running one service (2 instances
/// per AZ in 3 AZs, concurrency 32, service time lognormal(median=4ms, p99=30ms)); each of
/// the other 180 VPCs (2 AZs) calls two services, one in its own Region and one in the
/// next Region, at 2,000 / 360 requests per second each, 2 KiB out and 16 KiB back.
public enum DataPlaneBenchmark {
    /// One measured run.
    public struct Measurement: Sendable {
        /// The strategy measured.
        public var strategy: StrategyKind
        /// Events the engine handed to the model.
        public var events: UInt64
        /// Wall time of the run loop alone (building the data plane excluded).
        public var seconds: Double
        /// CPU time of the running thread over the same span (below `seconds` when other
        /// work shares the core).
        public var cpuSeconds: Double
        /// What the run measured (a check that the work was real).
        public var results: DataPlaneResults
        /// Events per second of wall time.
        public var eventsPerSecond: Double { Double(events) / seconds }
        /// Events per second of CPU time.
        public var eventsPerCPUSecond: Double { Double(events) / cpuSeconds }
    }

    /// The Regions of the reference topology.
    public static let regionNames = ["us-east-1", "eu-west-2", "ap-southeast-1", "us-west-2"]

    /// Builds the reference topology (deterministic; no randomness).
    public static func referenceTopology(vpcsPerRegion: Int = 50, servicesPerRegion: Int = 5,
                                         totalRate: Double = 2_000) throws -> Topology {
        var regions: [Topology.RegionEntry] = []
        var builtIn: [Region] = []
        for name in regionNames {
            guard let region = BuiltInRegions.named(name) else { throw DataPlaneError("no built-in region \(name)") }
            builtIn.append(region)
            regions.append(Topology.RegionEntry(name: name, zones: try region.zones(count: 3)))
        }
        var vpcs: [Topology.VPCEntry] = []
        var services: [Topology.ServiceEntry] = []
        var serviceIndex: [[Int]] = Array(repeating: [], count: regions.count)
        var consumers: [(vpc: Int, region: Int, k: Int)] = []
        let serviceTime = try DistributionSpec.parse("lognormal(median=4ms, p99=30ms)", kind: .duration)
        for (r, region) in builtIn.enumerated() {
            for k in 0..<vpcsPerRegion {
                let index = vpcs.count
                let isProvider = k < servicesPerRegion
                let zones = isProvider ? [0, 1, 2] : [k % 3, (k + 1) % 3]
                let block = try CIDRBlock(parsing: "10.\(index / 256).\(index % 256).0/24")
                let vpc = try VPC(id: VPCID(UInt32(index)), name: "vpc-\(index)", region: region, cidrs: [block],
                                  zones: zones.map { regions[r].zones[$0] })
                vpcs.append(Topology.VPCEntry(vpc: vpc, region: r, zones: zones))
                if isProvider {
                    serviceIndex[r].append(services.count)
                    services.append(Topology.ServiceEntry(name: "svc-\(services.count)", vpc: index, port: 8080,
                                                          instancesPerAZ: 2, concurrency: 32, serviceTime: serviceTime))
                } else {
                    consumers.append((index, r, k))
                }
            }
        }
        let rate = totalRate / Double(2 * consumers.count)
        let request = DistributionSpec.constant(.size(ByteCount(bytes: 2_048)))
        let response = DistributionSpec.constant(.size(ByteCount(bytes: 16_384)))
        var demands: [Topology.Demand] = []
        for consumer in consumers {
            let local = serviceIndex[consumer.region][consumer.k % servicesPerRegion]
            let remoteRegion = (consumer.region + 1) % regions.count
            let remote = serviceIndex[remoteRegion][(consumer.k / 2) % servicesPerRegion]
            for service in [local, remote] {
                demands.append(Topology.Demand(consumer: consumer.vpc, service: service, ratePerSecond: rate,
                                               requestSize: request, responseSize: response, trafficEntry: 0))
            }
        }
        return Topology(regions: regions, vpcs: vpcs, services: services, demands: demands)
    }

    /// Runs the data plane of `strategy` on `topology` for `duration` and times the run loop.
    public static func measure<Queue: EventQueue>(_ topology: Topology, strategy: StrategyKind, queue: Queue.Type,
                                                  seed: UInt64 = 1, duration: SimTime = .seconds(600),
                                                  warmup: SimTime = .seconds(60)) throws -> Measurement {
        let model = LatencyModel(regions: topology.regions.map(\.name))
        let plane = try DataPlane(topology: topology, strategy: strategy, latency: model, seed: seed, replication: 0,
                                  duration: duration, warmup: warmup)
        var simulator = Simulator<Queue>()
        var runner = DataPlaneRunner(plane: plane, connectivity: AllReachable())
        runner.plane.start(in: &simulator)
        let clock = ContinuousClock()
        let cpuBegin = threadCPUSeconds()
        let begin = clock.now
        simulator.run(handler: &runner)
        let elapsed = clock.now - begin
        let cpu = threadCPUSeconds() - cpuBegin
        runner.plane.finish()
        let seconds = elapsed.inSeconds
        return Measurement(strategy: strategy, events: simulator.eventsProcessed, seconds: seconds, cpuSeconds: cpu,
                           results: runner.plane.results)
    }

    /// CPU time consumed by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}
