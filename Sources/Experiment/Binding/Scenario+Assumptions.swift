import CloudModel
import Scenario
import Strategies

/// One thing a design's results rest on that AWS does not publish or that vpcsim could not
/// confirm, with the kind of finding it bears on.
public struct ResultAssumption: Codable, Equatable, Sendable {
    /// The findings it bears on: `cost`, `latency`, `time to connect` or `requests`.
    public var bearsOn: String
    /// What is assumed, naming the scenario key that would replace it where there is one.
    public var text: String

    enum CodingKeys: String, CodingKey {
        case bearsOn = "bears_on"
        case text
    }
}

extension Scenario {
    /// What each of the scenario's strategies rests on that is an assumption (strategy name
    /// → list), recorded in result manifests so that a report says which of its findings
    /// rest on assumptions. A figure the scenario sets itself is not listed.
    public var assumptionSettings: [String: [ResultAssumption]] {
        Dictionary(uniqueKeysWithValues: strategies.map { ($0.rawValue, assumptions(of: $0.strategyType)) })
    }

    /// `design`'s assumptions under this scenario: unconfirmed prices it or every design
    /// pays, built-in hop latencies it passes, built-in control-plane delays and
    /// acceptance and AZ choices marked ⚠, and the connection reuse behind the NLB's
    /// connection limit.
    func assumptions(of design: any ConnectivityStrategy.Type) -> [ResultAssumption] {
        unconfirmedPrices(of: design).map { ResultAssumption(bearsOn: "cost", text: $0) }
            + builtInHops(of: design).map { ResultAssumption(bearsOn: "latency", text: $0) }
            + assumedChoices(of: design).map { ResultAssumption(bearsOn: "latency", text: $0) }
            + builtInDelays(of: design).map { ResultAssumption(bearsOn: "time to connect", text: $0) }
            + assumedAcceptance(of: design).map { ResultAssumption(bearsOn: "time to connect", text: $0) }
            + connectionReuse(of: design).map { ResultAssumption(bearsOn: "requests", text: $0) }
    }

    /// Prices marked unconfirmed: the design's own, and the shared ones every design may
    /// pay where its traffic flows (inter-Region rates only for the scenario's Regions, when
    /// it has several). Their sources are in `vpcsim designs --sources`.
    private func unconfirmedPrices(of design: any ConnectivityStrategy.Type) -> [String] {
        let regionNames = Set(regions.map(\.name))
        let interRegionKeys = Set(regionNames.compactMap { PriceKey.interRegion(from: $0) })
        let builtInRates = Set(InterRegionPrices.regions.compactMap { PriceKey.interRegion(from: $0) })
        let needsDeclaredRate = regionNames.count > 1 && interRegionKeys.count < regionNames.count
        func applies(_ fact: PriceFact) -> Bool {
            if builtInRates.contains(fact.key) { return regionNames.count > 1 && interRegionKeys.contains(fact.key) }
            if fact.key == .interRegionPerGB { return needsDeclaredRate }
            return true
        }
        return (SharedPrices.facts + design.prices)
            .filter { $0.status == .unconfirmed && applies($0) }
            .map { "price `\($0.key)` = \(Self.priceText($0.value)) \($0.unit) (⚠ unconfirmed)" }
    }

    private static func priceText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The design's hops, and the balancers it adds in front of the services, at their
    /// built-in delays (a hop the scenario's `latency:` section sets is the user's figure).
    private func builtInHops(of design: any ConnectivityStrategy.Type) -> [String] {
        let balancers = Set(services.map { design.addedLoadBalancer($0.loadBalancer) })
        let added = LoadBalancerHops.all.filter { hop in
            balancers.contains { LoadBalancerHops.definition(of: $0)?.key == hop.key }
        }
        return (design.hops + added)
            .filter { latency.hops[$0.key] == nil }
            .map { "`latency.\($0.key)` built in (\($0.label)): \($0.basis)" }
    }

    /// The design's client AZ choice where its setting is marked ⚠.
    private func assumedChoices(of design: any ConnectivityStrategy.Type) -> [String] {
        let setting = design.clientRoutingSetting(options)
        return setting.contains("⚠") ? ["client AZ choice: \(setting)"] : []
    }

    /// The design's `control_plane:` delays left at defaults marked ⚠.
    private func builtInDelays(of design: any ConnectivityStrategy.Type) -> [String] {
        ControlPlaneDelays.definitions(of: design)
            .filter { controlPlane.overrides[$0.key] == nil && $0.source.contains("⚠") }
            .map { "`control_plane.\($0.key)` built in (\($0.defaultValue)): \($0.source)" }
    }

    /// The design's acceptance where its setting is marked ⚠.
    private func assumedAcceptance(of design: any ConnectivityStrategy.Type) -> [String] {
        let setting = design.acceptanceSetting(options)
        return setting.contains("⚠") ? ["acceptance: \(setting)"] : []
    }

    /// Traffic left at the default requests per connection, when the design's requests pass
    /// an NLB whose connection limit counts them.
    private func connectionReuse(of design: any ConnectivityStrategy.Type) -> [String] {
        let passesNLB = services.contains { design.addedLoadBalancer($0.loadBalancer) == .nlb }
            || design.ownLoadBalancer?.contains("NLB") == true
        let defaulted = traffic.filter { $0.requestsPerConnection == ConnectionReuse.defaultRequestsPerConnection }
        guard passesNLB, !defaulted.isEmpty else { return [] }
        return ["`traffic[].requests_per_connection` at its default (\(ConnectionReuse.defaultRequestsPerConnection)) "
                + "for \(defaulted.count) of \(traffic.count) traffic entries: ⚠ assumption, the client decides "
                + "(Apache httpd's MaxKeepAliveRequests); the NLB's connection limit counts connections"]
    }
}
