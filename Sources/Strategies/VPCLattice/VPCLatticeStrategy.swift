import CloudModel
import SimKernel

/// Amazon VPC Lattice: one service network per Region; every provided service becomes a
/// Lattice service associated with it, and every consumer VPC is associated with it.
///
/// Control plane, per Region: the Region's first VPC creates the service network
/// (`CreateServiceNetwork`) and shares it through AWS RAM (`CreateResourceShare`); it is
/// active after `lattice_service_network_create`. With one account per VPC (the assumption
/// every design makes), each other account that associates a VPC or a service is added to
/// the share once (`AssociateResourceShare`). Within an AWS Organization with RAM sharing
/// enabled, "RAM Resource Share invitations are not used" (terraform-provider-aws /
/// Pulumi `ResourceShareAccepter` documentation; AWS RAM `EnableSharingWithAwsOrganization`),
/// so nothing waits for acceptance (⚠ assumption: all accounts in one Organization).
///
/// Provider side, when a service's VPC joins: `CreateService`, `CreateTargetGroup`,
/// `RegisterTargets` (every instance of the service), `CreateListener`, and once per provider
/// VPC one `AuthorizeSecurityGroupIngress` letting the Lattice managed prefix list into the
/// targets' security group ("Control traffic to VPC Lattice using network ACLs" / security
/// groups: targets must admit the VPC Lattice prefix list); active after
/// `lattice_service_create`, then `CreateServiceNetworkServiceAssociation`, active after
/// `lattice_association_create`. Only services that some other VPC of the same Region calls
/// are published (a service nobody can reach would only add service-hours).
///
/// Consumer side, when a VPC that calls another VPC's service in its own Region joins:
/// `CreateSecurityGroup` with one inbound rule per CIDR of the VPC (the association's
/// security group), then `CreateServiceNetworkVpcAssociation`, active after
/// `lattice_association_create`. "You can connect a VPC to only one service network through
/// an association" (Service networks in VPC Lattice, Amazon VPC Lattice User Guide): the
/// Region's one network is that one.
///
/// Reachability: "A client can send requests to services … associated with a service
/// network only if it's in a VPC that's connected to the same service network" (How VPC
/// Lattice works, Amazon VPC Lattice User Guide): a consumer reaches a service once its VPC
/// association and the service's association are both active. No route table is touched:
/// clients reach Lattice at a link-local address (its managed prefix list), so CIDRs may
/// overlap freely ("送信元と送信先のVPCのCIDR重複がOK", Classmethod DevelopersIO, 2024-12-13;
/// "Support for services overlapping IP CIDR ranges", fourTheorem/vpc-lattice-demo). Like
/// PrivateLink, it is one-way: a provider reaches a consumer only through a service of the
/// consumer's.
///
/// Cross-Region: VPC Lattice is Regional ("VPC Lattice is a regional service, therefore the
/// VPC must be in the same AWS Region of the Service Network", AWS Gateway API Controller
/// for VPC Lattice user guide), and a VPC association or service association takes a
/// network of its own Region, so a consumer in another Region than the service is `no-route`.
///
/// Quotas (`VPCLatticeQuotas.swift`, `quotas:` keys `lattice_*`): VPC associations and
/// service associations per service network, services and target groups per provider
/// account, targets per target group; a refused operation is a violation of its key.
public struct VPCLatticeStrategy: ConnectivityStrategy {
    public static let kind = StrategyKind.vpcLattice
    public let context: StrategyContext

    // Per Region
    var network: [LatticeState]
    /// The VPC whose account owns the Region's service network, or -1.
    var networkOwner: [Int]
    var waitingVPCs: [[Int]]
    var waitingServices: [[Int]]
    var vpcAssociationsHeld: [Int]
    var serviceAssociationsHeld: [Int]

    // Per service
    /// The Lattice service itself (target group, targets, listener).
    var service: [LatticeState]
    /// Its association with its Region's service network.
    var serviceAssociation: [LatticeState]

    // Per VPC
    var vpcAssociation: [LatticeState]
    /// The VPC's account has been added to its Region's resource share (or owns it).
    var shared: [Bool]
    /// Services and target groups held against the provider account's quotas.
    var servicesHeld: [Int]
    /// The provider's targets admit the Lattice prefix list.
    var targetRuleAdded: [Bool]
    /// The services hosted in each VPC.
    let servicesIn: [[Int]]
    /// VPCs that call a service of another VPC in their own Region.
    let isConsumer: [Bool]
    /// Services that a VPC other than theirs calls in their own Region.
    let isPublished: [Bool]

    public init(context: StrategyContext) {
        self.context = context
        let regions = context.topology.regions.count, n = context.topology.vpcs.count
        let services = context.topology.services.count
        network = Array(repeating: .none, count: regions)
        networkOwner = Array(repeating: -1, count: regions)
        waitingVPCs = Array(repeating: [], count: regions)
        waitingServices = Array(repeating: [], count: regions)
        vpcAssociationsHeld = Array(repeating: 0, count: regions)
        serviceAssociationsHeld = Array(repeating: 0, count: regions)
        service = Array(repeating: .none, count: services)
        serviceAssociation = Array(repeating: .none, count: services)
        vpcAssociation = Array(repeating: .none, count: n)
        shared = Array(repeating: false, count: n)
        servicesHeld = Array(repeating: 0, count: n)
        targetRuleAdded = Array(repeating: false, count: n)
        var hosted = Array(repeating: [Int](), count: n)
        for (s, entry) in context.topology.services.enumerated() { hosted[entry.vpc].append(s) }
        servicesIn = hosted
        var consumer = Array(repeating: false, count: n)
        var published = Array(repeating: false, count: services)
        for (d, demand) in context.topology.demands.enumerated() {
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard c != p, context.region(of: c) == context.region(of: p) else { continue }
            consumer[c] = true
            published[demand.service] = true
        }
        isConsumer = consumer
        isPublished = published
    }

    public mutating func vpcCreated<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                        ledger: inout ControlPlaneLedger) {
        let r = context.region(of: v)
        if network[r] == .none {
            ledger.count(Operation.createServiceNetwork)
            ledger.count(Operation.createResourceShare)
            network[r] = .pending
            networkOwner[r] = v
            shared[v] = true
            ledger.schedule(EventKind.serviceNetworkActive, after: context.timer.draw(TimedOperation.serviceNetworkCreate),
                            target: r, in: &simulator)
        }
        for s in servicesIn[v] where isPublished[s] { createService(s, in: &simulator, ledger: &ledger) }
        if isConsumer[v] {
            if network[r] == .active {
                associateVPC(v, in: &simulator, ledger: &ledger)
            } else {
                vpcAssociation[v] = .waitingForNetwork
                waitingVPCs[r].append(v)
            }
        }
        openDemandGoals(joining: v, at: simulator.now, ledger: &ledger)
    }

    /// The provider's Lattice service: service, target group with its targets, listener.
    mutating func createService<Queue: EventQueue>(_ s: Int, in simulator: inout Simulator<Queue>,
                                                   ledger: inout ControlPlaneLedger) {
        let entry = context.topology.services[s], p = entry.vpc
        let quotas = context.quotas
        ledger.count(Operation.createService)
        guard quotas.permits(.latticeServicesPerRegion, count: servicesHeld[p] + 1) else {
            return refuse(service: s, .latticeServicesPerRegion, ledger: &ledger)
        }
        ledger.count(Operation.createTargetGroup)
        guard quotas.permits(.latticeTargetGroupsPerRegion, count: servicesHeld[p] + 1) else {
            return refuse(service: s, .latticeTargetGroupsPerRegion, ledger: &ledger)
        }
        servicesHeld[p] += 1
        ledger.count(Operation.registerTargets)
        guard quotas.permits(.latticeTargetsPerTargetGroup, count: entry.instancesPerAZ * context.zoneCounts[p]) else {
            return refuse(service: s, .latticeTargetsPerTargetGroup, ledger: &ledger)
        }
        ledger.count(Operation.createListener)
        if !targetRuleAdded[p] {
            targetRuleAdded[p] = true
            ledger.count(Operation.authorizeSecurityGroupIngress)
            ledger.inventory.securityGroupRules += 1
        }
        service[s] = .pending
        ledger.schedule(EventKind.serviceActive, after: context.timer.draw(TimedOperation.serviceCreate), target: s, in: &simulator)
    }

    /// A quota refused the service: it and its association stay failed.
    private mutating func refuse(service s: Int, _ quota: QuotaKey, ledger: inout ControlPlaneLedger) {
        ledger.violate(quota)
        service[s] = .failed
        serviceAssociation[s] = .failed
    }

    /// Adds VPC `v`'s account to its Region's resource share, once.
    mutating func share(_ v: Int, ledger: inout ControlPlaneLedger) {
        guard !shared[v] else { return }
        shared[v] = true
        ledger.count(Operation.associateResourceShare)
    }

    /// Associates an active service with its Region's active service network.
    mutating func associateService<Queue: EventQueue>(_ s: Int, in simulator: inout Simulator<Queue>,
                                                      ledger: inout ControlPlaneLedger) {
        let p = context.topology.services[s].vpc, r = context.region(of: p)
        share(p, ledger: &ledger)
        ledger.count(Operation.createServiceNetworkServiceAssociation)
        guard context.quotas.permits(.latticeServiceAssociationsPerServiceNetwork, count: serviceAssociationsHeld[r] + 1) else {
            ledger.violate(.latticeServiceAssociationsPerServiceNetwork)
            serviceAssociation[s] = .failed
            refreshDemands(of: p, at: simulator.now, ledger: &ledger)
            return
        }
        serviceAssociationsHeld[r] += 1
        serviceAssociation[s] = .pending
        ledger.schedule(EventKind.serviceAssociationActive, after: context.timer.draw(TimedOperation.associationCreate),
                        target: s, in: &simulator)
    }

    /// Associates consumer VPC `v` with its Region's active service network, with its own
    /// security group.
    mutating func associateVPC<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) {
        let r = context.region(of: v)
        share(v, ledger: &ledger)
        let cidrs = context.topology.vpcs[v].vpc.cidrs.count
        ledger.count(Operation.createSecurityGroup)
        ledger.count(Operation.authorizeSecurityGroupIngress, cidrs)
        ledger.inventory.securityGroupRules += cidrs
        ledger.count(Operation.createServiceNetworkVpcAssociation)
        guard context.quotas.permits(.latticeVPCAssociationsPerServiceNetwork, count: vpcAssociationsHeld[r] + 1) else {
            ledger.violate(.latticeVPCAssociationsPerServiceNetwork)
            vpcAssociation[v] = .failed
            refreshDemands(of: v, at: simulator.now, ledger: &ledger)
            return
        }
        vpcAssociationsHeld[r] += 1
        vpcAssociation[v] = .pending
        ledger.schedule(EventKind.vpcAssociationActive, after: context.timer.draw(TimedOperation.associationCreate),
                        target: v, in: &simulator)
    }
}
