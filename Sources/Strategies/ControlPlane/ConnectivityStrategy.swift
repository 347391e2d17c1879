import CloudModel
import SimKernel

/// One connectivity design: how "VPC X joins" becomes timed control-plane operations, and
/// how the state they build answers reachability questions.
///
/// A strategy is driven by `ControlPlane`, which owns the shared books
/// (`ControlPlaneLedger`) and hands them to every call. Its events use kinds of
/// its own `EventKind` and are scheduled through `ControlPlaneLedger.schedule`, so the
/// control plane knows when it is quiescent.
public protocol ConnectivityStrategy {
    /// The design, by its scenario name.
    static var kind: StrategyKind { get }

    /// The design in one sentence: its row in documentation and help texts.
    static var summary: String { get }

    /// The design's fixed colour in every chart, as `#rrggbb`.
    static var chartColour: String { get }

    /// Whether the design simulates an existing estate (its scenario section) rather than
    /// building one: such a design is left out of the default `strategies:` list, since a
    /// scenario without its section has nothing for it to simulate. False by default.
    static var needsEstate: Bool { get }

    /// The design's own prices, each with its source (`DesignRegistry.priceCatalog` lists
    /// them after the shared ones); none by default.
    static var prices: [PriceFact] { get }

    /// The design's own AWS quotas, each with its source (`DesignRegistry.quotaCatalog` lists
    /// them after the shared ones); none by default.
    static var quotas: [QuotaDefinition] { get }

    /// The design's operations that take time, with their sourced default delays.
    associatedtype TimedOperation: Strategies.TimedOperation

    /// The AWS API calls the design makes.
    associatedtype Operation: DesignOperation

    /// The design's options, set by its own scenario section.
    associatedtype Settings: DesignSettings

    /// The top-level scenario key of the design's options (`peering`), unique among designs.
    static var optionsSection: String { get }

    /// The design's own control-plane events.
    associatedtype EventKind: ControlPlaneEvent

    /// The kinds `EventKind` may use: a sub-range of `ControlPlaneEventKind.range` above
    /// the shared kinds, disjoint from every other design's.
    static var eventRange: Range<UInt32> { get }

    /// Prepares for a run in which no VPC exists yet.
    init(context: StrategyContext)

    /// The material the strategy works from.
    var context: StrategyContext { get }

    /// `ControlPlane<Self>.provision`: the control plane run alone to quiescence. A requirement
    /// (with the default below), so that a caller holding only the strategy type (opened at run
    /// time, `StrategyVisitor`) reaches code compiled for this design: the provisioning loop
    /// then runs specialised, without a generic metadata lookup per event.
    static func provisionedControlPlane(topology: Topology, configuration: ControlPlaneConfiguration) -> ControlPlane<Self>

    /// VPC `vpc` was just created (the ledger already counts it): plan its operations.
    mutating func vpcCreated<Queue: EventQueue>(_ vpc: Int, in simulator: inout Simulator<Queue>,
                                                 ledger: inout ControlPlaneLedger)

    /// One of the strategy's own events (a kind of `EventKind`) fired.
    mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                             ledger: inout ControlPlaneLedger)

    /// Reachability-Analyzer-style query: can `source` in VPC `from` open a connection to
    /// `destination` in VPC `to` (on `port`, which selects the service under PrivateLink)
    /// right now, and through what? Answered from route tables, attachments, endpoints and
    /// security groups, with return traffic checked.
    func reach(from: Int, _ source: IPAddress, to: Int, _ destination: IPAddress, port: Int?,
               ledger: ControlPlaneLedger) -> ReachResult

    /// The same query without the path: what the per-demand cache stores. Designs on the
    /// scale path answer it without allocating; the default derives it from `reach`.
    func reachability(from: Int, _ source: IPAddress, to: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> Reachability

    /// Goals in all (among existing VPCs), and how many of them are unreachable now, per
    /// `UnreachableReason` (indexed like `UnreachableReason.allCases`).
    func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int])

    /// The hops the design's requests may pass each way, with their sourced default delays;
    /// `LatencyComponents.hop` indexes this list and a scenario's `latency:` section sets
    /// them by key.
    static var hops: [HopDefinition] { get }

    /// The quotas charts and reports draw for this design, recorded in result manifests.
    static var chartedQuotas: [QuotaKey] { get }

    /// How the design's connections are accepted under `options`, as result manifests and
    /// reports name it next to every time to connect (e.g. `peering.acceptance: manual (...)`).
    static func acceptanceSetting(_ options: DesignOptions) -> String

    /// How the design's clients choose an AZ under `options` (`ClientRouting`, or
    /// PrivateLink's `EndpointDNS`), as result manifests and reports name it next to every
    /// latency and cross-AZ cost (e.g. `privatelink.dns: regional`).
    static func clientRoutingSetting(_ options: DesignOptions) -> String

    /// The most VPCs the design can connect under the charted quotas' values (`quota` gives
    /// each value, nil when unlimited), with the line's label; nil when no quota bounds it
    /// by VPC count alone.
    static func vpcLimit(_ quota: (QuotaKey) -> Int?) -> DesignVPCLimit?

    /// The memory the design's own state needs for a scenario of `sizes` under `options`,
    /// beyond the shared per-VPC figure; nil when nothing of it grows faster than the VPC count.
    static func memoryFootprint(_ sizes: DesignSizes, options: DesignOptions) -> DesignFootprint?

    /// The design's data plane under the scenario's options: how a request finds its
    /// instance and what it passes on the way.
    static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath

    /// The load balancer the design puts in front of a service whose scenario asks for
    /// `configured` (`services[].load_balancer`), beyond any it always has: its requests pass
    /// that balancer's hop (`LoadBalancerHops`) and its bill carries that balancer's hours
    /// and capacity units (`LoadBalancerCost`).
    static func addedLoadBalancer(_ configured: LoadBalancerKind) -> LoadBalancerKind

    /// The load balancer the design always has in front of each service, whatever the
    /// scenario asks for (an endpoint service's NLB, a managed service's own proxy), as
    /// `loadBalancerSetting` names it; nil for none.
    static var ownLoadBalancer: String? { get }

    /// The design's bill, with its own items.
    associatedtype Cost: DesignCost

    /// The monthly run rate of what exists now, carrying the traffic that can flow now.
    func monthlyCost(ledger: ControlPlaneLedger) -> Cost

    /// The design's own report on the state at the end, as Markdown lines (a run folder's
    /// `design-report.md`, printed after the comparison table); none by default.
    func report(ledger: ControlPlaneLedger) -> [String]

    /// The control-plane faults the design understands (scenario `faults:` kinds).
    static var faults: [FaultDefinition] { get }

    /// Applies `fault` now, if it is one of the design's `faults` and its target exists in
    /// a state the fault can change; false otherwise (the fault is then ignored). It may
    /// schedule the design's events on `simulator`.
    mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>,
                                           ledger: inout ControlPlaneLedger) -> Bool
}

extension ConnectivityStrategy {
    /// `ControlPlane<Self>.provision`, specialised for the design by its conformance's witness.
    public static func provisionedControlPlane(topology: Topology,
                                               configuration: ControlPlaneConfiguration) -> ControlPlane<Self> {
        ControlPlane<Self>.provision(topology: topology, configuration: configuration)
    }

    /// Builds its own connectivity.
    public static var needsEstate: Bool { false }

    /// Nothing to report beyond the shared outputs.
    public func report(ledger: ControlPlaneLedger) -> [String] { [] }

    /// No prices of its own: the design pays only shared prices.
    public static var prices: [PriceFact] { [] }

    /// No quotas of its own: the design is limited only by shared quotas.
    public static var quotas: [QuotaDefinition] { [] }

    /// No hops of its own.
    public static var hops: [HopDefinition] { [] }

    /// No quota drawn.
    public static var chartedQuotas: [QuotaKey] { [] }

    /// The one the scenario asks for: the provider runs it in front of the instances.
    public static func addedLoadBalancer(_ configured: LoadBalancerKind) -> LoadBalancerKind { configured }

    /// None of its own.
    public static var ownLoadBalancer: String? { nil }

    /// No acceptance step.
    public static func acceptanceSetting(_ options: DesignOptions) -> String { "none (no acceptance step)" }

    /// No client-side choice: any AZ.
    public static func clientRoutingSetting(_ options: DesignOptions) -> String { "any-az (no client-side choice)" }

    /// Nothing beyond the shared per-VPC figure.
    public static func memoryFootprint(_ sizes: DesignSizes, options: DesignOptions) -> DesignFootprint? { nil }

    /// Not bounded by VPC count alone.
    public static func vpcLimit(_ quota: (QuotaKey) -> Int?) -> DesignVPCLimit? { nil }

    /// The query for demand `d`: from the consumer's host address to the provider's, on the
    /// service's port. A demand inside one VPC is always reachable once the VPC exists.
    public func reach(demand d: Int, ledger: ControlPlaneLedger) -> ReachResult {
        let c = context.graph.consumer[d], p = context.graph.provider[d]
        guard ledger.exists(c), ledger.exists(p) else { return .unreachable(.notCreated) }
        if c == p { return .reachable([.vpc(c)]) }
        let port = context.topology.services[context.topology.demands[d].service].port
        return reach(from: c, context.address(of: c), to: p, context.address(of: p), port: port, ledger: ledger)
    }

    /// `reach(...).reachability`.
    public func reachability(from: Int, _ source: IPAddress, to: Int, _ destination: IPAddress, port: Int?,
                             ledger: ControlPlaneLedger) -> Reachability {
        reach(from: from, source, to: to, destination, port: port, ledger: ledger).reachability
    }

    /// `reach(demand:ledger:)` without the path.
    public func reachability(demand d: Int, ledger: ControlPlaneLedger) -> Reachability {
        let c = context.graph.consumer[d], p = context.graph.provider[d]
        guard ledger.exists(c), ledger.exists(p) else { return .unreachable(.notCreated) }
        if c == p { return .reachable }
        let port = context.topology.services[context.topology.demands[d].service].port
        return reachability(from: c, context.address(of: c), to: p, context.address(of: p), port: port, ledger: ledger)
    }

    /// Recomputes demand `d`'s cached status, and marks its goal reached the first time it is.
    public func refresh(demand d: Int, at now: SimTime, ledger: inout ControlPlaneLedger) {
        let status = reachability(demand: d, ledger: ledger)
        ledger.setDemand(d, status)
        let g = context.graph.goalOfDemand[d]
        if status.isReachable, g >= 0, !ledger.demandGoalReached[g] {
            ledger.demandGoalReached[g] = true
            ledger.reachGoal(owner: context.graph.goals[g].owner, at: now)
        }
    }

    /// Recomputes every demand VPC `v` takes part in.
    public func refreshDemands(of v: Int, at now: SimTime, ledger: inout ControlPlaneLedger) {
        for d in context.graph.demandsOf[v] { refresh(demand: Int(d), at: now, ledger: &ledger) }
    }

    /// Recomputes every demand.
    public func refreshAllDemands(at now: SimTime, ledger: inout ControlPlaneLedger) {
        for d in context.topology.demands.indices { refresh(demand: d, at: now, ledger: &ledger) }
    }

    /// Gives the joining VPC `v` the demand goals it completes (those whose other VPC
    /// exists already) and evaluates their demands.
    public func openDemandGoals(joining v: Int, at now: SimTime, ledger: inout ControlPlaneLedger) {
        var owned = 0
        for d in context.graph.demandsOf[v] {
            let g = context.graph.goalOfDemand[Int(d)]
            if g >= 0, context.graph.goals[g].owner == v, context.graph.demandsOfGoal[g].first == d { owned += 1 }
        }
        ledger.addGoals(owner: v, count: owned)
        refreshDemands(of: v, at: now, ledger: &ledger)
    }

    /// Goal outcomes for the demand-driven designs: each goal takes the status of its demands.
    public func demandGoalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        var unreachable = Array(repeating: 0, count: UnreachableReason.allCases.count)
        var goals = 0
        for (g, goal) in context.graph.goals.enumerated() where ledger.exists(goal.consumer) && ledger.exists(goal.provider) {
            goals += 1
            let d = Int(context.graph.demandsOfGoal[g][0])
            if case .unreachable(let reason) = ledger.demandStatus[d] {
                unreachable[UnreachableReason.allCases.firstIndex(of: reason)!] += 1
            }
        }
        return (goals, unreachable)
    }
}
