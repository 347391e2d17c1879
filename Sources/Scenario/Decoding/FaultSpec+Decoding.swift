import CloudModel
import SimKernel
import ScenarioReading

extension FaultSpec {
    static let keys = ["at", "kind", "region", "az", "duration", "detection", "health_check_interval", "unhealthy_threshold",
                        "vpcs", "vpc", "service"]

    /// The keys each kind takes besides `at` and `kind`.
    private static func ownKeys(_ kind: Kind) -> [String] {
        switch kind {
        case .azOutage: return ["region", "az", "duration", "detection", "health_check_interval", "unhealthy_threshold"]
        case .peeringDeletion: return ["vpcs"]
        case .endpointRejection: return ["vpc", "service"]
        }
    }

    /// An AZ outage's detection delay: `detection` as given, or `health_check_interval`
    /// (5 s to 300 s, default 30 s) × `unhealthy_threshold` (2 to 10, default 2), AWS's NLB
    /// health-check ranges and defaults (`AWSFacts.HealthChecks`). Giving both is an error.
    private static func detection(_ fields: MappingReader) throws(ScenarioError) -> SimTime {
        let checks = AWSFacts.HealthChecks.self
        let intervalReader = fields.optional("health_check_interval")
        let thresholdReader = fields.optional("unhealthy_threshold")
        if let given = fields.optional("detection") {
            if let other = intervalReader ?? thresholdReader {
                throw other.error("give either 'detection' or the health checks it derives from "
                                  + "(health_check_interval, unhealthy_threshold), not both")
            }
            return try given.nonNegativeDuration()
        }
        var interval = checks.interval
        if let intervalReader {
            interval = try intervalReader.positiveDuration()
            let range = checks.intervalRange
            guard interval.nanoseconds % SimTime.nanosecondsPerSecond == 0,
                  range.contains(Int(interval.nanoseconds / SimTime.nanosecondsPerSecond)) else {
                throw intervalReader.error("an NLB health-check interval is a whole number of seconds from "
                                           + "\(range.lowerBound) s to \(range.upperBound) s")
            }
        }
        var threshold = checks.unhealthyThreshold
        if let thresholdReader { threshold = try thresholdReader.int(in: checks.unhealthyThresholdRange) }
        return checks.detection(interval: interval, threshold: threshold)
    }

    /// Reads one fault. Names of VPCs and services are checked by `ScenarioValidator`.
    init(reading reader: NodeReader, regions: ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let at = try fields.required("at").nonNegativeDuration()
        let kind = try fields.required("kind").choice([
            "az-outage": Kind.azOutage, "peering-deletion": Kind.peeringDeletion,
            "endpoint-rejection": Kind.endpointRejection,
        ])
        let own = Self.ownKeys(kind)
        for key in Self.keys.dropFirst(2) where !own.contains(key) {
            if let stray = fields.optional(key) {
                throw stray.error("'\(key)' does not apply to a \(kind.rawValue) fault; it takes \(own.joined(separator: ", "))")
            }
        }
        switch kind {
        case .azOutage:
            let region = try regions.lookUp(fields.required("region"))
            let azReader = try fields.required("az")
            let az = try azReader.int()
            guard (1...region.azs).contains(az) else {
                throw azReader.error("\(region.name) has AZs 1 to \(region.azs) in this scenario, found \(az)")
            }
            self.init(
                at: at, target: .zone(region: region.name, az: az),
                duration: try fields.optional("duration").map { r throws(ScenarioError) in try r.positiveDuration() },
                detection: try Self.detection(fields))
        case .peeringDeletion:
            let vpcsReader = try fields.required("vpcs")
            let names = try vpcsReader.list { r throws(ScenarioError) in try r.string() }
            guard names.count == 2 else {
                throw vpcsReader.error("a peering connection joins two VPCs: expected a list of two VPC names, found \(names.count)")
            }
            guard names[0] != names[1] else {
                throw vpcsReader.error("a peering connection joins two different VPCs, found '\(names[0])' twice")
            }
            self.init(at: at, target: .peering(names[0], names[1]))
        case .endpointRejection:
            self.init(at: at, target: .endpoint(consumer: try fields.required("vpc").string(),
                                                service: try fields.required("service").string()))
        }
    }
}
