import CloudModel
import SimKernel
@testable import Strategies

/// Builds small topologies by hand for the data-plane tests.
struct TopologyBuilder {
    var regions: [Topology.RegionEntry] = []
    var vpcs: [Topology.VPCEntry] = []
    var services: [Topology.ServiceEntry] = []
    var demands: [Topology.Demand] = []

    /// Adds a built-in region using its first `azs` AZs; returns its index.
    @discardableResult
    mutating func region(_ name: String, azs: Int) throws -> Int {
        let region = try unwrap(BuiltInRegions.named(name), "built-in region \(name)")
        regions.append(Topology.RegionEntry(name: name, zones: try region.zones(count: azs)))
        return regions.count - 1
    }

    /// Adds a VPC in region `region` using the AZs at `zones`; returns its index.
    @discardableResult
    mutating func vpc(region: Int, zones: [Int], createdAt: SimTime = .zero) throws -> Int {
        let index = vpcs.count
        let builtIn = try unwrap(BuiltInRegions.named(regions[region].name), "built-in region")
        let block = try CIDRBlock(parsing: "10.\(index % 250).0.0/16")
        let vpc = try VPC(id: VPCID(UInt32(index)), name: "vpc-\(index)", region: builtIn, cidrs: [block],
                          zones: zones.map { regions[region].zones[$0] })
        vpcs.append(Topology.VPCEntry(vpc: vpc, region: region, zones: zones, createdAt: createdAt))
        return index
    }

    /// Adds a service in VPC `vpc`; returns its index. Unlike a scenario's (an NLB), its
    /// default load balancer is none: the data-plane tests were worked out for the path alone.
    @discardableResult
    mutating func service(vpc: Int, instancesPerAZ: Int = 1, concurrency: Int = 1, serviceTime: String,
                          timeout: SimTime? = nil, loadBalancer: LoadBalancerKind = .none) throws -> Int {
        let time = try DistributionSpec.parse(serviceTime, kind: .duration)
        services.append(Topology.ServiceEntry(name: "svc-\(services.count)", vpc: vpc, port: 8080,
                                              instancesPerAZ: instancesPerAZ, concurrency: concurrency,
                                              serviceTime: time, timeout: timeout, loadBalancer: loadBalancer))
        return services.count - 1
    }

    /// Adds a demand of `rate` requests per second from `consumer` to `service`. Unlike a
    /// scenario's (100), its default is one request per connection (no keep-alive).
    mutating func demand(from consumer: Int, to service: Int, rate: Double,
                         requestSize: String = "1KiB", responseSize: String = "1KiB",
                         requestsPerConnection: Int = 1) throws {
        demands.append(Topology.Demand(
            consumer: consumer, service: service, ratePerSecond: rate,
            requestSize: try DistributionSpec.parse(requestSize, kind: .size),
            responseSize: try DistributionSpec.parse(responseSize, kind: .size), trafficEntry: demands.count,
            requestsPerConnection: requestsPerConnection))
    }

    var topology: Topology { Topology(regions: regions, vpcs: vpcs, services: services, demands: demands) }
}

/// A control plane that answers from a script: per demand, reachable until a time, or
/// unreachable for a fixed reason.
struct ScriptedConnectivity: ConnectivityView {
    var answers: [Int: Reachability] = [:]
    func reachability(ofDemand demand: Int) -> Reachability { answers[demand] ?? .reachable }
}

/// Runs a data plane to completion.
func runPlane(_ topology: Topology, _ strategy: StrategyKind, latency: LatencySettings = LatencySettings(),
              privateLink: PrivateLinkSettings = PrivateLinkSettings(), designs: DesignOptions = DesignOptions(),
              options: DataPlaneOptions = DataPlaneOptions(),
              seed: UInt64 = 7, replication: Int = 0, duration: SimTime, warmup: SimTime = .zero,
              faults: [DataPlaneFault] = [], connectivity: some ConnectivityView = AllReachable()) throws -> DataPlaneResults {
    try runPlaneKeeping(topology, strategy, latency: latency, privateLink: privateLink, designs: designs, options: options,
                        seed: seed, replication: replication, duration: duration, warmup: warmup, faults: faults,
                        connectivity: connectivity).results
}

/// Runs a data plane to completion and returns it with its results, for tests that look
/// inside (e.g. the bytes each capacity link carried). `privateLink` replaces `designs`'
/// PrivateLink options unless it is the default.
func runPlaneKeeping(_ topology: Topology, _ strategy: StrategyKind, latency: LatencySettings = LatencySettings(),
                     privateLink: PrivateLinkSettings = PrivateLinkSettings(), designs: DesignOptions = DesignOptions(),
                     options: DataPlaneOptions = DataPlaneOptions(),
                     seed: UInt64 = 7, replication: Int = 0, duration: SimTime, warmup: SimTime = .zero,
                     faults: [DataPlaneFault] = [], connectivity: some ConnectivityView = AllReachable()) throws
    -> (plane: DataPlane, results: DataPlaneResults) {
    let model = LatencyModel(regions: topology.regions.map(\.name), settings: latency)
    var designs = designs
    if privateLink != PrivateLinkSettings() { designs.privateLink = privateLink }
    let plane = try DataPlane(topology: topology, strategy: strategy, latency: model,
                              configuration: ControlPlaneConfiguration(options: designs),
                              options: options, seed: seed, replication: replication, duration: duration,
                              warmup: warmup, faults: faults)
    var simulator = Simulator<RadixHeapQueue>()
    var runner = DataPlaneRunner(plane: plane, connectivity: connectivity)
    runner.plane.start(in: &simulator)
    simulator.run(handler: &runner)
    runner.plane.finish()
    return (runner.plane, runner.plane.results)
}

/// A duration distribution from its text.
func delay(_ text: String) throws -> DistributionSpec { try DistributionSpec.parse(text, kind: .duration) }

/// Latency settings with every delay zero except those given.
func zeroLatency(sameAZ: String = "0ms", crossAZ: String = "0ms", privateLinkHop: String = "0ms",
                 tgwHop: String = "0ms") throws -> LatencySettings {
    LatencySettings(sameAZ: try delay(sameAZ), crossAZ: try delay(crossAZ),
                    hops: [PrivateLinkHubStrategy.endpointHopDefinition.key: try delay(privateLinkHop),
                           TransitGatewayStrategy.gatewayHopDefinition.key: try delay(tgwHop)])
}

/// A missing value in a test fixture.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

/// `value`, or a thrown `FixtureError` naming `what`.
func unwrap<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw FixtureError(description: "missing \(what)") }
    return value
}
