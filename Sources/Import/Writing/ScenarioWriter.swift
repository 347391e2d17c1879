import CloudModel
import Strategies

/// Writes an estate as a scenario: every VPC as an explicit VPC (name, Region, blocks, route
/// tables, AZs), every load-balanced target group as a service, an optional placeholder
/// traffic matrix, the existing connectivity as the `as-is` design's section (listed first in
/// `strategies:`, then every other design), and a comment naming the source of each item.
/// What the scenario cannot use is returned, and listed at the end of the file.
public struct ScenarioWriter {
    public let estate: Estate
    public let exports: [String]
    public let traffic: TrafficFill?
    /// The traffic matrix measured from flow logs (`--flow-logs`), instead of a placeholder.
    public let measured: MeasuredTraffic?
    public let name: String

    /// ⚠ assumption: an export holds no service time or concurrency; each imported service gets
    /// this placeholder (the scenario marks it) until measured figures replace it.
    static let placeholderServiceTime = "1ms"

    public init(estate: Estate, exports: [String], traffic: TrafficFill?, measured: MeasuredTraffic? = nil,
                name: String = "imported-estate") {
        self.estate = estate
        self.exports = exports
        self.traffic = traffic
        self.measured = measured
        self.name = name
    }

    /// The scenario text and what it leaves out.
    public func write() -> (text: String, unused: [UnusedItem]) {
        var lines: [String] = []
        var unused: [UnusedItem] = []
        var names = ScenarioNames()
        lines.append("# Imported by `vpcsim import aws` from \(exports.count) account export(s): "
                     + zip(exports, estate.accounts).map { "\($0) (account \($1))" }.joined(separator: ", ") + ".")
        lines.append("# Each item's comment names the export file and JSON path it came from. What the scenario")
        lines.append("# language cannot express yet is listed at the end, under 'Not used'.")
        lines.append("name: \(quoted(name))")
        lines.append("# The estate as it is (as-is, from the \(AsIsStrategy.optionsSection): section below) first, then every other design.")
        lines.append("strategies: [" + ([StrategyKind.asIs] + DesignRegistry.defaultStrategies).map(\.rawValue).joined(separator: ", ") + "]")

        // VPCs, and the AZ counts they need per Region.
        var vpcNames: [String: String] = [:]
        var regionAZs: [String: Int] = [:]
        var vpcLines: [String] = []
        for vpc in estate.vpcs {
            var blocks: [String] = []
            for block in vpc.ipv4Blocks + vpc.ipv6Blocks {
                guard let parsed = CIDRBlock(block) else {
                    unused.append(UnusedItem(id: "\(vpc.id) \(block)", reason: "not a CIDR block", source: vpc.source))
                    continue
                }
                if parsed.family == .ipv4 && !(16...28).contains(parsed.prefixLength) {
                    unused.append(UnusedItem(id: "\(vpc.id) \(block)", reason: "an IPv4 VPC block outside /16 to /28", source: vpc.source))
                    continue
                }
                blocks.append(block)
            }
            guard let primary = blocks.first, CIDRBlock(primary)?.family == .ipv4 else {
                unused.append(UnusedItem(id: vpc.id, reason: "no usable IPv4 block", source: vpc.source))
                continue
            }
            let name = names.name(preferred: vpc.nameTag, id: vpc.id)
            vpcNames[vpc.id] = name
            let zones = estate.availabilityZones(ofVPC: vpc.id)
            let azs = max(zones.count, 1)
            regionAZs[vpc.region] = max(regionAZs[vpc.region] ?? 1, azs)
            let tables = estate.routeTables(ofVPC: vpc.id)
            var comment = "  # \(vpc.id), account \(vpc.account)\(vpc.isDefault ? ", the Region's default VPC" : "")"
            if let tag = vpc.nameTag, tag != name { comment += ", Name tag '\(tag)'" }
            comment += zones.isEmpty ? ", no subnets (1 AZ assumed)" : ", AZs \(zones.joined(separator: " "))"
            comment += tables.isEmpty ? "" : ", route tables \(tables.map(\.id).joined(separator: " "))"
            vpcLines.append(comment + "; from \(vpc.source)")
            vpcLines.append("  - {name: \(quoted(name)), region: \(vpc.region), cidrs: [\(blocks.joined(separator: ", "))], "
                            + "route_tables: \(max(tables.count, 1)), azs: \(azs)}")
        }
        if !regionAZs.isEmpty {
            lines.append("regions:")
            for region in regionAZs.keys.sorted() {
                lines.append("  \(region): {azs: \(regionAZs[region]!)}")
            }
        }
        if !vpcLines.isEmpty {
            lines.append("vpcs:")
            lines += vpcLines
        }

        // Services: target groups behind a load balancer, with their targets per AZ.
        var serviceLines: [String] = []
        var services: [ImportedService] = []
        var serviceNames = ScenarioNames()
        var serviceOfGroup: [String: String] = [:]
        for group in estate.targetGroups {
            guard !group.loadBalancerArns.isEmpty else {
                unused.append(UnusedItem(id: group.arn, reason: "a target group behind no load balancer", source: group.source))
                continue
            }
            guard let vpcId = group.vpcId, let vpcName = vpcNames[vpcId], let vpc = estate.vpc(id: vpcId) else {
                unused.append(UnusedItem(id: group.arn, reason: "its VPC \(group.vpcId ?? "(none)") is not in the export", source: group.source))
                continue
            }
            guard let port = group.port else {
                unused.append(UnusedItem(id: group.arn, reason: "no port (a Lambda target group?)", source: group.source))
                continue
            }
            guard !group.targets.isEmpty else {
                unused.append(UnusedItem(id: group.arn, reason: "no registered targets", source: group.source))
                continue
            }
            let perZone = Dictionary(grouping: group.targets, by: { $0.availabilityZone ?? "unknown AZ" }).mapValues(\.count)
            let vpcZones = max(estate.availabilityZones(ofVPC: vpcId).count, 1)
            let known = perZone.filter { $0.key != "unknown AZ" }.values.max() ?? 0
            let perAZ = max(known, (group.targets.count + vpcZones - 1) / vpcZones, 1)
            let name = serviceNames.name(preferred: group.name, id: group.arn.components(separatedBy: "/").last ?? group.arn)
            services.append(ImportedService(name: name, vpc: vpcName, region: vpc.region, groupArn: group.arn))
            serviceOfGroup[group.arn] = name
            let balancers = group.loadBalancerArns.map { arn in estate.loadBalancers.first { $0.arn == arn }?.name ?? arn }
            let fronting = estate.endpointServices.filter { !Set($0.loadBalancerArns).isDisjoint(with: group.loadBalancerArns) }
            var comment = "  # target group \(group.name) behind \(balancers.joined(separator: ", ")); targets "
                + perZone.keys.sorted().map { "\($0): \(perZone[$0]!)" }.joined(separator: ", ")
                + " (instances_per_az is the largest AZ's)"
            for service in fronting {
                let consumers = estate.endpoints.filter { $0.serviceName == service.serviceName }
                comment += "; endpoint service \(service.id) (acceptance \(service.acceptanceRequired ? "required" : "automatic")), "
                    + "endpoints \(consumers.map { "\($0.id) in \(vpcNames[$0.vpcId] ?? $0.vpcId) (\($0.state))" }.joined(separator: ", "))"
            }
            serviceLines.append(comment + "; from \(group.source)")
            // The balancer in front: an ALB when any of the group's is one (`Type: application`), else an NLB.
            let types = group.loadBalancerArns.compactMap { arn in estate.loadBalancers.first { $0.arn == arn }?.type }
            let balancer = types.contains("application") ? "alb" : "nlb"
            serviceLines.append("  - {name: \(quoted(name)), vpc: \(quoted(vpcName)), port: \(port), instances_per_az: \(perAZ), "
                                + "service_time: \(Self.placeholderServiceTime), load_balancer: \(balancer)}")
        }
        if !serviceLines.isEmpty {
            lines.append("services:")
            lines.append("  # ⚠ assumption: service_time (\(Self.placeholderServiceTime)) and concurrency (1) are placeholders: an export holds neither")
            lines += serviceLines
        }

        // Traffic: measured from flow logs, or the placeholder matrix, when asked for.
        let (trafficLines, trafficUnused) = trafficSection(services: services, vpcNames: vpcNames)
        lines += trafficLines
        unused += trafficUnused
        lines += Self.growthExample

        let (asIs, connectivityUnused) = AsIsSectionWriter(estate: estate, vpcNames: vpcNames, serviceNames: serviceOfGroup).write()
        lines += asIs
        unused += connectivityUnused
        lines.append("")
        lines.append("# Not used (\(unused.count)): the scenario language cannot express these yet, or they are unusable.")
        for item in unused {
            lines.append("#   \(item)")
        }
        return (lines.joined(separator: "\n") + "\n", unused)
    }

    func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// A `growth:` section the user can uncomment (the three lines from `# growth:`): the
    /// estate grown in place (`GrowthFactors`), with how to see where it breaks and what is
    /// not grown.
    static let growthExample = [
        "",
        "# Growth: uncomment to grow the estate in place, the same for every design. To see where it",
        "# breaks, sweep a factor instead: a sweep file with `scenario: THIS-FILE` and",
        "# `vary: {growth.traffic: [1, 2, 4, 8, 16]}` (or `vpcsim run THIS-FILE --set growth.traffic=4`).",
        "# Not grown: the VPCs and their connectivity (new peerings, attachments or endpoints following",
        "# the estate's pattern are not modelled); VPCs added by `growth.fleet` join none of the",
        "# estate's connectivity under as-is (their pairs are unreachable: no route table).",
        "# growth:",
        "#   traffic: 2       # every traffic entry's rate × 2",
        "#   instances: 1.5   # every service's instances_per_az × 1.5, rounded up",
    ]
}
