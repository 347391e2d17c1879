import CloudModel
import SimKernel

/// The estate as it is: the connectivity an existing AWS estate already has (`as_is:`,
/// written by `vpcsim import aws` from the AWS CLI's export, or by hand), simulated
/// unchanged. Nothing is provisioned: every peering, attachment, route, rule and endpoint
/// exists at time 0 in the state the export found it, so there are no API calls, no timed
/// operations and no quota refusals, and a pair's time to connect is 0 (not applicable:
/// the estate was connected, or not, before the run).
///
/// Reachability of each (consumer VPC, service) pair comes from the real route tables
/// (`AsIsNetwork.verdict`): longest prefix match in the consumer's main route table,
/// blackhole routes, peering state, the TGW route table associated with the attachment
/// (static and propagated routes, across TGW peerings), the way back from the provider, the
/// security groups on the service's port, and interface endpoints with their acceptance
/// state. Every unreachable pair keeps the sentence that names the resource stopping it,
/// for the design's report (`report(ledger:)`).
public struct AsIsStrategy: ConnectivityStrategy {
    public static let kind = StrategyKind.asIs
    public let context: StrategyContext
    /// The `as_is:` section resolved against the topology.
    let network: AsIsNetwork
    /// Per demand, its verdict (the estate does not change during a run).
    let verdicts: [AsIsVerdict]
    /// Whether the inventory of the estate has been counted (at the first VPC's creation).
    var counted = false

    public init(context: StrategyContext) {
        self.context = context
        let network = AsIsNetwork(settings: context.configuration.options.asIs, topology: context.topology)
        self.network = network
        let topology = context.topology
        verdicts = topology.demands.indices.map { d in
            let c = context.graph.consumer[d], p = context.graph.provider[d], s = topology.demands[d].service
            return network.verdict(consumer: c, source: context.address(of: c), service: s, provider: p,
                                   destination: context.address(of: p), port: topology.services[s].port, topology: topology)
        }
    }

    public mutating func vpcCreated<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                        ledger: inout ControlPlaneLedger) {
        if !counted {
            counted = true
            ledger.inventory = network.inventory()
        }
        openDemandGoals(joining: v, at: simulator.now, ledger: &ledger)
    }

    /// No events: nothing is provisioned (`AsIsEventKind` has no case).
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        preconditionFailure("as-is has no event of kind \(event.kind)")
    }
}
