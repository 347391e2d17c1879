import Foundation
import CloudModel
import SimKernel
import ScenarioReading

/// Checks that span sections of a decoded scenario: unique names, references between
/// sections, and times that must fit inside the run. Each error is located at the node
/// that breaks the rule, found again in the document by its key path.
struct ScenarioValidator {
    let scenario: Scenario
    let document: YAMLNode
    /// The memory one replication may take: the machine's (a test may give another).
    var physicalMemory = ScenarioMemoryEstimate.physicalMemory

    /// Throws the first broken rule, in the order the checks are listed here.
    func validate() throws(ScenarioError) {
        try checkTimes()
        try checkUniqueNames()
        try checkServices()
        try checkTraffic()
        try checkGrowth()
        try checkFaults()
        try checkLatencyOverrides()
        try checkRoundTripData()
        try checkObjectives()
        try checkOutputName()
        try checkMemory()
    }

    /// Linux's NAME_MAX: the longest file or folder name, in bytes (`<limits.h>`; ext4, xfs, btrfs, tmpfs).
    static let nameMax = 255
    /// What a command appends to the scenario's name for a folder: `vpcsim plan` writes
    /// `results/<name>-plan/`, `vpcsim run` `results/<name>/`.
    static let longestFolderSuffix = "-plan"

    /// The scenario's name becomes a folder name (`results/<name>/`, `results/<name>-plan/`):
    /// it must be one on Linux, so that no run fails only when it writes its results.
    private func checkOutputName() throws(ScenarioError) {
        let name = scenario.name
        let limit = Self.nameMax - Self.longestFolderSuffix.utf8.count
        let problem: String? =
            name.isEmpty ? "is empty"
            : name == "." || name == ".." ? "is '\(name)', which names a folder that already exists"
            : name.contains("/") ? "contains '/'"
            : name.utf8.contains(0) ? "contains a NUL byte"
            : name.utf8.count > limit ? "is \(name.utf8.count) bytes long; a folder name holds at most \(Self.nameMax) bytes on Linux "
                + "(NAME_MAX), and `vpcsim plan` appends '\(Self.longestFolderSuffix)', so at most \(limit)"
            : nil
        guard let problem else { return }
        let given = document.node(at: Self.root.appending(key: "name")) != nil
        throw fail(Self.root.appending(key: "name"), "the scenario's name \(given ? "" : "(from the file name) ")\(problem): "
                   + "it becomes the output folder results/<name>/")
    }

    /// One replication must fit in physical memory (`ScenarioMemoryEstimate`).
    private func checkMemory() throws(ScenarioError) {
        let estimate = ScenarioMemoryEstimate(scenario)
        guard estimate.bytes > physicalMemory else { return }
        let path = scenario.fleets.isEmpty ? Self.root : Self.root.appending(key: "fleets")
        throw fail(path, "one replication would need about \(ScenarioMemoryEstimate.size(estimate.bytes)) of memory (\(estimate.largestParts)), "
                   + "more than this machine's \(ScenarioMemoryEstimate.size(physicalMemory)); make the scenario smaller "
                   + "(fewer VPCs, peering.mesh: needed, or another design)")
    }

    /// An objective names a service and regions the scenario has, and plans for faults only
    /// when the scenario injects some.
    private func checkObjectives() throws(ScenarioError) {
        let regionNames = scenario.regions.map(\.name)
        for (index, objective) in scenario.objectives.enumerated() {
            let path = Self.root.appending(key: "objectives").appending(index: index)
            if let service = objective.service, scenario.service(named: service) == nil {
                throw fail(path.appending(key: "service"), "no service named '\(service)'"
                           + Suggestion.hint(for: service, among: scenario.services.map(\.name)))
            }
            for (key, region) in [("from_region", objective.fromRegion), ("to_region", objective.toRegion)] {
                if let region, !regionNames.contains(region) {
                    throw fail(path.appending(key: key), "the scenario has no VPC in region '\(region)'"
                               + Suggestion.hint(for: region, among: regionNames))
                }
            }
            if objective.window == .fault, scenario.faults.isEmpty {
                throw fail(path.appending(key: "window"),
                           "window: fault measures the requests inside fault windows, but the scenario has no 'faults:'")
            }
            if objective.isRequestObjective, scenario.traffic.isEmpty {
                throw fail(path.appending(key: "metric"),
                           "\(objective.metric.rawValue) is measured on requests, but the scenario has no 'traffic:'")
            }
        }
    }

    private func fail(_ path: KeyPath, _ message: String) -> ScenarioError {
        ScenarioError(at: document.location(of: path), keyPath: path.description, message)
    }

    private static let root = KeyPath.root

    private func checkTimes() throws(ScenarioError) {
        if scenario.warmup >= scenario.duration {
            throw fail(Self.root.appending(key: "warmup"),
                       "warmup (\(scenario.warmup)) must be shorter than duration (\(scenario.duration))")
        }
    }

    private func checkUniqueNames() throws(ScenarioError) {
        var seen: [String: KeyPath] = [:]
        let named = scenario.vpcs.enumerated().map { ($1.name, Self.root.appending(key: "vpcs").appending(index: $0)) }
            + scenario.fleets.enumerated().map { ($1.name, Self.root.appending(key: "fleets").appending(index: $0)) }
        for (name, path) in named {
            if let first = seen[name] {
                throw fail(path.appending(key: "name"),
                           "the name '\(name)' is already used by \(first); VPC and fleet names must be unique")
            }
            seen[name] = path
        }
        var services: [String: KeyPath] = [:]
        for (index, service) in scenario.services.enumerated() {
            let path = Self.root.appending(key: "services").appending(index: index)
            if let first = services[service.name] {
                throw fail(path.appending(key: "name"), "the name '\(service.name)' is already used by \(first); service names must be unique")
            }
            services[service.name] = path
        }
    }

    private func checkServices() throws(ScenarioError) {
        let vpcNames = scenario.vpcs.map(\.name)
        for (index, service) in scenario.services.enumerated() where scenario.vpc(named: service.vpc) == nil {
            let path = Self.root.appending(key: "services").appending(index: index).appending(key: "vpc")
            if scenario.fleet(named: service.vpc) != nil {
                throw fail(path, "'\(service.vpc)' is a fleet; a service runs in one explicit VPC (declare it under 'vpcs:')")
            }
            throw fail(path, "no VPC named '\(service.vpc)'" + Suggestion.hint(for: service.vpc, among: vpcNames))
        }
    }

    private func checkTraffic() throws(ScenarioError) {
        let serviceNames = scenario.services.map(\.name)
        for (index, traffic) in scenario.traffic.enumerated() where scenario.service(named: traffic.to) == nil {
            let path = Self.root.appending(key: "traffic").appending(index: index).appending(key: "to")
            throw fail(path, "no service named '\(traffic.to)'" + Suggestion.hint(for: traffic.to, among: serviceNames))
        }
    }

    private func checkGrowth() throws(ScenarioError) {
        guard let growth = scenario.growth else { return }
        let path = Self.root.appending(key: "growth")
        guard let fleet = scenario.fleet(named: growth.fleet) else {
            throw fail(path.appending(key: "fleet"), "no fleet named '\(growth.fleet)'"
                       + Suggestion.hint(for: growth.fleet, among: scenario.fleets.map(\.name)))
        }
        if growth.initial > fleet.count {
            throw fail(path.appending(key: "initial"),
                       "starts with \(growth.initial) VPCs but fleet '\(fleet.name)' has only \(fleet.count) (its count)")
        }
    }

    private func checkFaults() throws(ScenarioError) {
        let vpcNames = scenario.vpcs.map(\.name)
        for (index, fault) in scenario.faults.enumerated() {
            let path = Self.root.appending(key: "faults").appending(index: index)
            if fault.at >= scenario.duration {
                throw fail(path.appending(key: "at"), "starts at \(fault.at), after the run ends (duration \(scenario.duration))")
            }
            switch fault.target {
            case .zone:
                break
            case .peering(let a, let b):
                for (i, name) in [a, b].enumerated() {
                    try checkExplicitVPC(name, at: path.appending(key: "vpcs").appending(index: i), vpcNames: vpcNames)
                }
            case .endpoint(let consumer, let serviceName):
                try checkExplicitVPC(consumer, at: path.appending(key: "vpc"), vpcNames: vpcNames)
                guard let service = scenario.service(named: serviceName) else {
                    throw fail(path.appending(key: "service"), "no service named '\(serviceName)'"
                               + Suggestion.hint(for: serviceName, among: scenario.services.map(\.name)))
                }
                if service.vpc == consumer {
                    throw fail(path.appending(key: "vpc"),
                               "'\(consumer)' is the VPC that runs '\(serviceName)'; an endpoint belongs to a consumer VPC")
                }
            }
        }
    }

    /// A fault names one explicit VPC (fleet members have no names in the file).
    private func checkExplicitVPC(_ name: String, at path: KeyPath, vpcNames: [String]) throws(ScenarioError) {
        guard scenario.vpc(named: name) == nil else { return }
        if scenario.fleet(named: name) != nil {
            throw fail(path, "'\(name)' is a fleet; a fault names one explicit VPC (declare it under 'vpcs:')")
        }
        throw fail(path, "no VPC named '\(name)'" + Suggestion.hint(for: name, among: vpcNames))
    }

    private func checkLatencyOverrides() throws(ScenarioError) {
        let overrides = scenario.latency.overrides
        for (index, override) in overrides.enumerated() {
            if let first = overrides[..<index].firstIndex(where: { $0.from == override.from && $0.to == override.to }) {
                throw fail(Self.root.appending(key: "latency").appending(key: "overrides").appending(index: index),
                           "\(override.from) to \(override.to) is already set by latency.overrides[\(first)]")
            }
        }
    }

    /// Every region pair that traffic crosses needs a round-trip figure: bundled for two
    /// built-in regions, otherwise from `latency.overrides`.
    private func checkRoundTripData() throws(ScenarioError) {
        for (index, traffic) in scenario.traffic.enumerated() {
            let from: String?
            switch traffic.from {
            case .vpc(let name): from = scenario.vpc(named: name)?.region
            case .fleet(let name): from = scenario.fleet(named: name)?.region
            }
            guard let from, let service = scenario.service(named: traffic.to),
                  let to = scenario.vpc(named: service.vpc)?.region, from != to else { continue }
            if BundledRoundTrips.measurement(from: from, to: to) != nil { continue }
            if scenario.latency.override(from: from, to: to)?.rtt != nil { continue }
            throw fail(Self.root.appending(key: "traffic").appending(index: index),
                       "no round-trip data from \(from) to \(to) (vpcsim bundles it for its built-in regions only); "
                       + "add to latency.overrides an entry such as {from: \(from), to: \(to), p50: 80ms, p90: 85ms}")
        }
    }
}
