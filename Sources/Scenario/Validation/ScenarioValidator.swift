import SimKernel

/// Checks that span sections of a decoded scenario: unique names, references between
/// sections, and times that must fit inside the run. Each error is located at the node
/// that breaks the rule, found again in the document by its key path.
struct ScenarioValidator {
    let scenario: Scenario
    let document: YAMLNode

    /// Throws the first broken rule, in the order the checks are listed here.
    func validate() throws(ScenarioError) {
        try checkTimes()
        try checkUniqueNames()
        try checkServices()
        try checkTraffic()
        try checkGrowth()
        try checkFaults()
        try checkLatencyOverrides()
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
        for (index, fault) in scenario.faults.enumerated() where fault.at >= scenario.duration {
            throw fail(Self.root.appending(key: "faults").appending(index: index).appending(key: "at"),
                       "starts at \(fault.at), after the run ends (duration \(scenario.duration))")
        }
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
}
