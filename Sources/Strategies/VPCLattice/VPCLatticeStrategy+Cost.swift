import CloudModel
import SimKernel

extension VPCLatticeStrategy {
    /// The monthly run rate (prices in `VPCLatticePrices.swift`, with their sources):
    /// - `lattice_service_hour` per provisioned (active) Lattice service, over `hours_per_month`;
    /// - `lattice_processing_per_gb` on every reachable demand's bytes, both directions;
    /// - per service, the request charge on its reachable demands' mean rate above the
    ///   free 300,000 requests per hour (⚠ allowance taken per service);
    /// - no cross-AZ item ("all inter-AZ data is reflected in the data processing charge")
    ///   and no inter-Region item: Lattice does not reach across Regions. VPC associations
    ///   and the service network itself carry no charge.
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        var cost = Cost()
        let prices = context.prices, hours = prices[.hoursPerMonth]
        var rate = Array(repeating: 0.0, count: context.topology.services.count)
        for (d, demand) in context.topology.demands.enumerated() where ledger.demandStatus[d].isReachable {
            guard context.graph.consumer[d] != context.graph.provider[d] else { continue }
            let volume = context.traffic[d]
            cost.dataProcessing += volume.totalGB * prices[.latticeProcessingPerGB]
            rate[demand.service] += volume.requestsPerSecond
        }
        for s in service.indices where service[s] == .active {
            cost.serviceHours += prices[.latticeServiceHour] * hours
            cost.requests += prices.latticeRequestCharge(requestsPerSecond: rate[s], hours: hours)
        }
        return cost
    }
}
