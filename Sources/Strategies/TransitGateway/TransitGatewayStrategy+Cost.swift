import CloudModel
import SimKernel

extension TransitGatewayStrategy {
    /// The monthly run rate:
    /// - `tgw_attachment_hour` per available VPC attachment, and twice per available TGW
    ///   peering (each side pays, aws-facts.md §4);
    /// - `tgw_processing_per_gb` on every byte a VPC sends into a gateway: requests from the
    ///   consumer and responses from the provider, i.e. each reachable demand's bytes once;
    ///   plus `tgw_processing_from_peering_per_gb` (0, ⚠ unconfirmed) on bytes arriving over
    ///   a TGW peering;
    /// - cross-AZ bytes at `cross_az_to_endpoint_or_tgw_per_gb` (free since 2022-04, ⚠): the
    ///   share `StrategyContext.crossAZShare` under `transit_gateway.client_routing` (the
    ///   gateway keeps each direction in its source AZ, so a request crosses inside the
    ///   provider VPC and its response inside the consumer VPC: every byte of a crossing
    ///   call crosses once);
    /// - inter-region transfer charged to the sender of each direction;
    /// - the load balancer of each service (`load_balancer`, an NLB by default) by the hour
    ///   and its capacity units (`LoadBalancerCost`).
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        var cost = Cost()
        let prices = context.prices, hours = prices[.hoursPerMonth]
        let processingPerGB = prices[.tgwProcessingPerGB], fromPeeringPerGB = prices[.tgwProcessingFromPeeringPerGB]
        let crossAZPerGB = prices[.crossAZToEndpointOrTGWPerGB]
        let routing = context.configuration.options.transitGateway.clientRouting
        let attached = attachment.reduce(0) { $0 + ($1 == .available ? 1 : 0) }
        let peered = peerings.reduce(0) { $0 + ($1.state == .available ? 1 : 0) }
        cost.transitGatewayAttachments = Double(attached + 2 * peered) * prices[.tgwAttachmentHour] * hours
        for d in context.topology.demands.indices where ledger.demandStatus[d].isReachable {
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard c != p else { continue }
            let volume = context.traffic[d]
            cost.transitGatewayProcessing += volume.totalGB * processingPerGB
            if context.region(of: c) != context.region(of: p) {
                cost.transitGatewayProcessing += volume.totalGB * fromPeeringPerGB
            }
            cost.crossAZTransfer += volume.totalGB * context.crossAZShare(consumer: c, provider: p, routing: routing)
                * crossAZPerGB
            cost.interRegionTransfer += volume.requestGB * context.interRegionPerGB(from: c, to: p)
                + volume.responseGB * context.interRegionPerGB(from: p, to: c)
        }
        let balancers = addedLoadBalancerCost(ledger: ledger)
        cost.loadBalancerHours = balancers.hours
        cost.loadBalancerCapacityUnits = balancers.capacityUnits
        return cost
    }
}
