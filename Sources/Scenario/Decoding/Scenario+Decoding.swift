import Strategies
import CloudModel
import ScenarioReading

extension Scenario {
    /// The keys a scenario file may hold at the top level: the language's own, with the
    /// registered designs' option sections (`peering`, ...) after `growth`.
    static let keys = [
        "name", "seed", "replications", "strategies", "duration", "warmup", "regions", "vpcs", "fleets",
        "services", "traffic", "growth",
    ] + DesignOptions.sections + ["control_plane", "latency", "quotas", "faults", "objectives"]

    /// Reads a scenario document. Sections are read in dependency order (regions before
    /// the VPCs that name them, VPCs and fleets before the traffic that starts there), so
    /// those references are checked as they are read; `ScenarioValidator` checks the rest.
    init(reading root: NodeReader, defaultName: String) throws(ScenarioError) {
        guard case .mapping = root.node else {
            throw root.error("a scenario file holds a mapping of keys such as 'name:', 'vpcs:' and 'traffic:', "
                             + "found \(root.node.kindDescription)")
        }
        let fields = try root.mapping(keys: Self.keys)
        let duration = try fields.optional("duration", default: Self.defaultDuration) { r throws(ScenarioError) in
            try r.positiveDuration()
        }
        var catalog = ScenarioRegions(declared: try fields.optional("regions", default: []) { r throws(ScenarioError) in
            try RegionSpec.readAll(r)
        })
        let vpcs = try fields.optional("vpcs", default: []) { r throws(ScenarioError) in
            try r.list { item throws(ScenarioError) in try VPCSpec(reading: item, regions: &catalog) }
        }
        let fleets = try fields.optional("fleets", default: []) { r throws(ScenarioError) in
            try r.list { item throws(ScenarioError) in try FleetSpec(reading: item, regions: &catalog) }
        }
        let regions = catalog
        let services = try fields.optional("services", default: []) { r throws(ScenarioError) in
            try r.list { item throws(ScenarioError) in try ServiceSpec(reading: item) }
        }
        // The designs' sections may refer to the VPCs and services (an estate's section does).
        var named = root.context
        named.vpcNames = vpcs.map(\.name)
        named.serviceNames = services.map(\.name)
        let designFields = MappingReader(mapping: fields.mapping, path: fields.path, context: named)
        let traffic = try fields.optional("traffic", default: []) { r throws(ScenarioError) in
            try r.list { item throws(ScenarioError) in
                try TrafficSpec(reading: item, vpcs: vpcs.map(\.name), fleets: fleets.map(\.name))
            }
        }
        let (growth, factors) = try fields.optional("growth", default: (nil, GrowthFactors.none)) { r throws(ScenarioError) in
            try GrowthSpec.readSection(r)
        }
        self.init(
            name: try fields.optional("name", default: defaultName) { r throws(ScenarioError) in try r.name() },
            seed: try fields.optional("seed", default: Self.defaultSeed) { r throws(ScenarioError) in try r.uint64() },
            replications: try fields.optional("replications", default: Self.defaultReplications) { r throws(ScenarioError) in
                try r.int(in: 1...Int.max)
            },
            strategies: try fields.optional("strategies", default: DesignRegistry.defaultStrategies) { r throws(ScenarioError) in
                try Self.readStrategies(r)
            },
            duration: duration,
            warmup: try fields.optional("warmup").map { r throws(ScenarioError) in try r.nonNegativeDuration() },
            regions: regions.regions,
            vpcs: vpcs,
            fleets: fleets,
            services: services.map { service in
                var grown = service
                grown.instancesPerAZ = factors.grown(instancesPerAZ: service.instancesPerAZ)
                return grown
            },
            traffic: traffic.map { entry in
                var grown = entry
                grown.rate = factors.grown(entry.rate)
                return grown
            },
            growth: growth,
            options: try DesignOptions(reading: designFields),
            controlPlane: try fields.optional("control_plane", default: ControlPlaneDelays.defaults) { r throws(ScenarioError) in
                try ControlPlaneDelays(reading: r)
            },
            latency: try fields.optional("latency", default: LatencySettings()) { r throws(ScenarioError) in
                try LatencySettings(reading: r, regions: regions)
            },
            quotas: try fields.optional("quotas", default: QuotaSet.maximum) { r throws(ScenarioError) in
                try QuotaSet(reading: r)
            },
            faults: try fields.optional("faults", default: []) { r throws(ScenarioError) in
                try r.list { item throws(ScenarioError) in try FaultSpec(reading: item, regions: regions) }
            },
            objectives: try fields.optional("objectives", default: []) { r throws(ScenarioError) in
                try r.list { item throws(ScenarioError) in try Objective(reading: item) }
            })
        self.growthFactors = factors
    }

    /// `strategies:`: a non-empty list of known names, each at most once.
    private static func readStrategies(_ reader: NodeReader) throws(ScenarioError) -> [StrategyKind] {
        let options = StrategyKind.allCases.map { (key: $0.rawValue, value: $0) }
        var strategies: [StrategyKind] = []
        for item in try reader.list() {
            let strategy = try item.choice(options)
            if strategies.contains(strategy) {
                throw item.error("'\(strategy.rawValue)' is listed twice")
            }
            strategies.append(strategy)
        }
        guard !strategies.isEmpty else {
            throw reader.error("needs at least one strategy: " + StrategyKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return strategies
    }
}
