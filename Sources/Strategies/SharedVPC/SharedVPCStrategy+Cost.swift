import CloudModel

extension SharedVPCStrategy {
    /// Sharing subnets and peering VPCs are free by the hour; data is charged per reachable
    /// demand:
    /// - inside a Region, the share of bytes that crosses AZs
    ///   under `shared_vpc.client_routing` (`StrategyContext.crossAZShare`) at `cross_az_per_gb` in each direction (sender
    ///   out, receiver in); same-AZ data is free. The VPC-sharing billing page bills data
    ///   transfer to the participant that owns the sending interface ("Billing and metering
    ///   for owner and participants", Amazon VPC User Guide); the total is the same;
    /// - across Regions, over the shared VPCs' peering, each direction at the sender's
    ///   inter-Region rate.
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        DataTransferCost.ofReachableDemands(context, ledger: ledger, crossAZPerGBEachWay: context.prices[.crossAZPerGB],
                                        routing: context.configuration.options.sharedVPC.clientRouting)
    }

    public typealias Cost = DataTransferCost
}
