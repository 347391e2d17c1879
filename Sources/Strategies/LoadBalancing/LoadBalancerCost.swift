import CloudModel

/// What the load balancers a design adds in front of the services cost a month
/// (`ConnectivityStrategy.addedLoadBalancer`): one load balancer per service whose provider
/// VPC exists, at its hourly price, plus the capacity units its reachable demands use.
///
/// Capacity units per hour are the highest of their dimensions (`PriceTable.nlcus`,
/// `PriceTable.lcus`), from the demands' mean rates (constant over the month, so each hour
/// is the same and the month is 730 × one hour):
/// - new connections per second: the requests over the requests each connection carries
///   (`requests_per_connection`);
/// - active connections: the requests in service at once, by Little's law the request rate
///   × the mean service time (⚠ a lower bound: idle keep-alive connections between
///   requests are not modelled);
/// - GB processed per hour: the demands' bytes, both directions;
/// - (ALB) rule evaluations: one rule per request, the listener's default action, within
///   the free ones.
public struct LoadBalancerCost: Equatable, Sendable {
    /// Load balancer hours.
    public var hours = 0.0
    /// Capacity units (NLCU- or LCU-hours).
    public var capacityUnits = 0.0

    public init() {}

    /// Rules each request is evaluated against on vpcsim's ALB: its listener's default action.
    public static let albRulesPerRequest = 1.0

    /// The month of one service's load balancer of `kind` carrying `traffic` (the service's
    /// reachable demands' volumes), `connections` new connections per second and
    /// `activeConnections` at once.
    public static func month(_ kind: LoadBalancerKind, traffic: DemandTraffic, newConnectionsPerSecond: Double,
                             activeConnections: Double, prices: PriceTable) -> LoadBalancerCost {
        var cost = LoadBalancerCost()
        let hours = prices[.hoursPerMonth]
        let gbPerHour = traffic.totalGB / hours
        switch kind {
        case .none:
            break
        case .nlb:
            cost.hours = prices[.nlbHour] * hours
            cost.capacityUnits = prices.nlcus(newConnectionsPerSecond: newConnectionsPerSecond,
                                              activeConnections: activeConnections, processedGBPerHour: gbPerHour)
                * prices[.nlcuHour] * hours
        case .alb:
            cost.hours = prices[.albHour] * hours
            cost.capacityUnits = prices.lcus(newConnectionsPerSecond: newConnectionsPerSecond,
                                             activeConnections: activeConnections, processedGBPerHour: gbPerHour,
                                             requestsPerSecond: traffic.requestsPerSecond,
                                             rulesPerRequest: albRulesPerRequest)
                * prices[.lcuHour] * hours
        }
        return cost
    }

    /// Every service's load balancer of kind `kind(service)` whose provider VPC exists,
    /// carrying its reachable demands' traffic.
    public static func ofServices(_ context: StrategyContext, ledger: ControlPlaneLedger,
                                  kind: (Int) -> LoadBalancerKind) -> LoadBalancerCost {
        let topology = context.topology
        var volume = Array(repeating: DemandTraffic(requestsPerSecond: 0, requestGB: 0, responseGB: 0),
                           count: topology.services.count)
        var connections = Array(repeating: 0.0, count: topology.services.count)
        // By index, reading fields: binding each demand would copy its size distributions.
        for d in topology.demands.indices where ledger.demandStatus[d].isReachable {
            let traffic = context.traffic[d]
            let service = topology.demands[d].service
            volume[service].requestsPerSecond += traffic.requestsPerSecond
            volume[service].requestGB += traffic.requestGB
            volume[service].responseGB += traffic.responseGB
            connections[service] += topology.demands[d].newConnectionsPerSecond
        }
        var total = LoadBalancerCost()
        for (s, service) in topology.services.enumerated() where ledger.exists(service.vpc) {
            let which = kind(s)
            guard which != .none else { continue }
            let active = volume[s].requestsPerSecond * meanServiceSeconds(service)
            let month = Self.month(which, traffic: volume[s], newConnectionsPerSecond: connections[s],
                                   activeConnections: active, prices: context.prices)
            total.hours += month.hours
            total.capacityUnits += month.capacityUnits
        }
        return total
    }

    /// The mean service time in seconds (its median when the mean is infinite).
    static func meanServiceSeconds(_ service: Topology.ServiceEntry) -> Double {
        let seconds = service.serviceTime.mean ?? .infinity
        return (seconds.isFinite ? seconds : service.serviceTime.quantile(0.5)) / 1e9
    }
}

extension ConnectivityStrategy {
    /// The month of the load balancers the design adds in front of the services
    /// (`addedLoadBalancer` of each service's `load_balancer`).
    public func addedLoadBalancerCost(ledger: ControlPlaneLedger) -> LoadBalancerCost {
        let services = context.topology.services
        return LoadBalancerCost.ofServices(context, ledger: ledger) { Self.addedLoadBalancer(services[$0].loadBalancer) }
    }
}
