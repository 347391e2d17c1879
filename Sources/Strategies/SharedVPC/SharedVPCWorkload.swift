import CloudModel

/// What one workload (one of the topology's VPCs, in its own participant account) brings
/// into its Region's shared VPC, against the single VPC's and the participant account's
/// quotas:
/// - `addressUnits`, its Network Address Usage (NAU) in the shared VPC
///   (`network_address_usage_per_vpc`, summed over the VPC's workloads): each service
///   instance's addresses (`NetworkAddressUsage.perInstance`: 1, or 2 when the workload's
///   own CIDRs include an IPv6 block, ⚠ assumption: one address per family and instance),
///   and 6 per AZ for each service whose load balancer is an NLB
///   (`NetworkAddressUsage.perNetworkLoadBalancerPerAZ`); an ALB is counted as an NLB, 6 per
///   AZ (⚠ assumption: AWS's NAU table lists no ALB row);
/// - `networkInterfaces`, its interfaces (`network_interfaces_per_region`, per participant
///   account: "The VPC resources that a participant creates count against the VPC quotas in
///   the participant account, not the owner account", https://docs.aws.amazon.com/vpc/latest/
///   userguide/vpc-share-limitations.html): one per service instance (⚠ assumption: its
///   primary interface only) and one per AZ of each service's load balancer (an NLB has one
///   per enabled AZ subnet; ⚠ an ALB is counted at its minimum of one node per AZ, though it
///   scales out with load);
/// - `securityGroups`, its groups (`security_groups_per_region`, per participant account,
///   same source): one per service it runs (its instances and its load balancer share it)
///   and one for its clients when it calls any service (⚠ assumption: AWS dictates no
///   grouping; a provider's group admits consumers by Region CIDR, `admitConsumers`).
/// Client instances are not modelled (as under peering's NAU count), so only the services
/// weigh; nothing of this changes during a run.
struct SharedVPCWorkload: Sendable, Equatable {
    var addressUnits = 0
    var networkInterfaces = 0
    var securityGroups = 0

    /// Every workload of `topology`, in VPC order.
    static func all(_ topology: Topology) -> [SharedVPCWorkload] {
        var workloads = Array(repeating: SharedVPCWorkload(), count: topology.vpcs.count)
        let instanceUnits = NetworkAddressUsage.instanceUnits(topology)
        for (v, units) in instanceUnits.enumerated() { workloads[v].addressUnits = units }
        for service in topology.services {
            let zones = topology.vpcs[service.vpc].zones.count
            var workload = workloads[service.vpc]
            workload.networkInterfaces += service.instancesPerAZ * zones
            workload.securityGroups += 1
            switch SharedVPCStrategy.addedLoadBalancer(service.loadBalancer) {
            case .none:
                break
            case .nlb, .alb:
                workload.addressUnits += NetworkAddressUsage.perNetworkLoadBalancerPerAZ * zones
                workload.networkInterfaces += zones
            }
            workloads[service.vpc] = workload
        }
        var calls = Array(repeating: false, count: topology.vpcs.count)
        for demand in topology.demands { calls[demand.consumer] = true }
        for (v, consumer) in calls.enumerated() where consumer { workloads[v].securityGroups += 1 }
        return workloads
    }
}
