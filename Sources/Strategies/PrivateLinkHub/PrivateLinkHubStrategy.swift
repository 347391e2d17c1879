import CloudModel
import SimKernel

/// A hub of PrivateLink endpoint services: each provided service gets a Network Load
/// Balancer and an endpoint service in its VPC, and each consumer VPC an interface endpoint
/// per service it calls.
///
/// Provider side, when the provider VPC joins: `CreateLoadBalancer` (plus target group,
/// targets and listener) → active after `nlb_create` → `CreateVpcEndpointServiceConfiguration`
/// → available after `endpoint_service_create`. The NLB is enabled in every AZ of the
/// provider VPC, one ENI each; with one AWS account per VPC (⚠ assumption), an NLB counts
/// against its provider VPC's `nlbs_per_region` and `nlb_enis_per_vpc`. Allowed principals:
/// the service allows each consumer's account as its endpoint is created (one
/// `ModifyVpcEndpointServicePermissions` each); cross-region, the provider adds each
/// consumer region as a supported region once.
///
/// Consumer side, when a (consumer, service) goal's second VPC joins: an endpoint, unless
///   - the service is in another region and `privatelink.cross_region` is false (no
///     endpoint; the goal is `no-route`), or
///   - the consumer would exceed `interface_endpoints_per_vpc` (quota violation).
/// It waits for the endpoint service if need be, then `CreateVpcEndpoint` with its own
/// security group (one inbound rule per consumer CIDR, on the service port) →
/// `pendingAcceptance` until the provider accepts (`privatelink.acceptance`; at once when
/// automatic) → `pending` → `available` after `endpoint_create`. AWS documents no expiry
/// for endpoint connection requests, so none is modelled.
///
/// ENIs: one per AZ of the consumer that the service also uses, matched by AZ id
/// (aws-facts.md §2.2: the consumer can only use the common AZs); a cross-region endpoint
/// uses every AZ of the consumer. CIDRs may overlap freely: nothing is routed.
public struct PrivateLinkHubStrategy: ConnectivityStrategy {
    public static let kind = StrategyKind.privateLinkHub
    public let context: StrategyContext

    var services: [EndpointServiceRecord]
    var endpoints: [InterfaceEndpointRecord] = []
    /// Per VPC: its endpoints (as consumer).
    var endpointsOf: [[Int]]
    /// Per VPC: endpoints held against its quota.
    var endpointsHeld: [Int]
    /// Per VPC: NLBs held against the provider's quotas.
    var loadBalancersHeld: [Int]
    /// Per service: the services hosted in each VPC.
    let servicesIn: [[Int]]

    public init(context: StrategyContext) {
        self.context = context
        let n = context.topology.vpcs.count
        services = context.topology.services.map { _ in
            EndpointServiceRecord(remoteRegions: Array(repeating: false, count: context.topology.regions.count))
        }
        endpointsOf = Array(repeating: [], count: n)
        endpointsHeld = Array(repeating: 0, count: n)
        loadBalancersHeld = Array(repeating: 0, count: n)
        var hosted = Array(repeating: [Int](), count: n)
        for (s, service) in context.topology.services.enumerated() { hosted[service.vpc].append(s) }
        servicesIn = hosted
    }

    /// AZs of the provider VPC of service `s` (its NLB's AZs).
    func providerZones(_ s: Int) -> Int { context.topology.vpcs[context.topology.services[s].vpc].zones.count }

    public mutating func vpcCreated<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                        ledger: inout ControlPlaneLedger) {
        for s in servicesIn[v] { createLoadBalancer(s, in: &simulator, ledger: &ledger) }
        let graph = context.graph
        for d in graph.demandsOf[v] {
            let g = graph.goalOfDemand[Int(d)]
            guard g >= 0, graph.goals[g].owner == v, graph.demandsOfGoal[g].first == d else { continue }
            planEndpoint(consumer: graph.goals[g].consumer, service: graph.goals[g].service,
                         in: &simulator, ledger: &ledger)
        }
        openDemandGoals(joining: v, at: simulator.now, ledger: &ledger)
    }

    private mutating func createLoadBalancer<Queue: EventQueue>(_ s: Int, in simulator: inout Simulator<Queue>,
                                                                ledger: inout ControlPlaneLedger) {
        let p = context.topology.services[s].vpc
        let quotas = context.quotas
        ledger.count(Operation.createLoadBalancer)
        if !quotas.permits(.nlbsPerRegion, count: loadBalancersHeld[p] + 1) {
            ledger.violate(.nlbsPerRegion)
            services[s].state = .failed
            return
        }
        if !quotas.permits(.nlbENIsPerVPC, count: (loadBalancersHeld[p] + 1) * providerZones(s)) {
            ledger.violate(.nlbENIsPerVPC)
            services[s].state = .failed
            return
        }
        loadBalancersHeld[p] += 1
        ledger.count(Operation.createTargetGroup)
        ledger.count(Operation.registerTargets)
        ledger.count(Operation.createListener)
        services[s].state = .creatingLoadBalancer
        ledger.schedule(EventKind.loadBalancerActive, after: context.timer.draw(TimedOperation.nlbCreate), target: s, in: &simulator)
    }

    /// Plans the endpoint of one goal, whose two VPCs exist.
    private mutating func planEndpoint<Queue: EventQueue>(consumer c: Int, service s: Int,
                                                          in simulator: inout Simulator<Queue>,
                                                          ledger: inout ControlPlaneLedger) {
        let p = context.topology.services[s].vpc
        let crossRegion = context.region(of: c) != context.region(of: p)
        if crossRegion && !context.configuration.options.privateLink.crossRegion { return }
        let zones: Int
        if crossRegion {
            zones = context.zoneIDs(of: c).count
        } else {
            let theirs = context.zoneIDs(of: p)
            zones = context.zoneIDs(of: c).filter { theirs.contains($0) }.count
        }
        let id = endpoints.count
        var record = InterfaceEndpointRecord(consumer: c, service: s, state: .waitingForService, failure: nil,
                                             zones: zones, crossRegion: crossRegion)
        endpointsOf[c].append(id)
        if zones == 0 {
            record.state = .failed
            record.failure = .noRoute
        } else if !context.quotas.permits(.interfaceEndpointsPerVPC, count: endpointsHeld[c] + 1) {
            ledger.count(Operation.createVpcEndpoint)
            ledger.violate(.interfaceEndpointsPerVPC)
            record.state = .failed
            record.failure = .quota
        } else if services[s].state == .failed {
            record.state = .failed
            record.failure = .quota
        } else {
            endpointsHeld[c] += 1
        }
        endpoints.append(record)
        guard record.state == .waitingForService else { return }
        if services[s].state == .available {
            createEndpoint(id, in: &simulator, ledger: &ledger)
        } else {
            services[s].waiting.append(id)
            ledger.requestsWaited += 1
        }
    }

    /// `CreateVpcEndpoint` with its security group, once the service is available.
    mutating func createEndpoint<Queue: EventQueue>(_ e: Int, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let record = endpoints[e]
        let consumerCIDRs = context.topology.vpcs[record.consumer].vpc.cidrs.count
        if record.crossRegion {
            let region = context.region(of: record.consumer)
            if !services[record.service].remoteRegions[region] {
                services[record.service].remoteRegions[region] = true
                ledger.count(Operation.modifyVpcEndpointServiceConfiguration)
            }
        }
        ledger.count(Operation.modifyVpcEndpointServicePermissions)
        ledger.count(Operation.createSecurityGroup)
        ledger.count(Operation.authorizeSecurityGroupIngress, consumerCIDRs)
        ledger.inventory.securityGroupRules += consumerCIDRs
        ledger.count(Operation.createVpcEndpoint)
        ledger.inventory.networkInterfaces += record.zones
        let timer = context.timer
        if timer.isAutomatic(TimedOperation.endpointAcceptance) {
            endpoints[e].state = .pending
            ledger.schedule(EventKind.endpointAvailable, after: timer.draw(TimedOperation.endpointCreate), target: e, in: &simulator)
        } else {
            endpoints[e].state = .pendingAcceptance
            ledger.schedule(EventKind.endpointAccepted, after: timer.draw(TimedOperation.endpointAcceptance), target: e, in: &simulator)
        }
    }
}
