import CloudModel
import SimKernel

extension PrivateLinkHubStrategy {
    /// The monthly run rate:
    /// - each created endpoint, per AZ (ENI), at `interface_endpoint_az_hour`, whatever the
    ///   state of its association (pending acceptance, pending, available, rejected:
    ///   `EndpointState.isBilled`);
    /// - endpoint data processing of every reachable demand's bytes (both directions),
    ///   tiered on the volume pooled over the endpoints of each consumer region;
    /// - one NLB per service whose NLB is active, at `nlb_hour`, plus NLCU-hours: per hour
    ///   the largest of new connections per second (each demand's rate over its
    ///   `requests_per_connection`), active connections (requests in service at once: rate ×
    ///   mean service time, ⚠ a lower bound) and GB processed per hour (the service's
    ///   reachable demands' bytes), as `LoadBalancerCost` counts them; with
    ///   `load_balancer: alb`, an ALB behind it (`addedLoadBalancer`) at `alb_hour` and LCUs;
    /// - clients that reach an endpoint interface in another AZ (`clientCrossAZShare`: with
    ///   `dns: regional` 1 − 1/(consumer AZs), with `dns: zonal` only clients in an AZ
    ///   without an interface) send those bytes across AZs to the endpoint, charged at
    ///   `cross_az_to_endpoint_or_tgw_per_gb` (free since 2022-04, ⚠ unconfirmed) on every
    ///   byte of such a call, as for a TGW;
    /// - with `cross_zone`, the NLB sends the share 1 − 1/(provider AZs) of the bytes to
    ///   targets in other AZs, charged at `cross_az_per_gb` in each direction; without it,
    ///   endpoint → NLB → target stay in one AZ;
    /// - cross-region endpoints: inter-region transfer charged to the sender of each
    ///   direction at its Region's rate (who pays which direction: `crossRegionPayer`, ⚠),
    ///   and nothing else: AWS charges no premium for cross-Region PrivateLink
    ///   (`crossRegionPricing`).
    /// AWS bills capacity units per hour on the hour's highest dimension; vpcsim's rates are
    /// constant, so every hour is the same and the month is 730 × one hour.
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        var cost = Cost()
        let prices = context.prices, hours = prices[.hoursPerMonth]
        let endpointAZHour = prices[.interfaceEndpointAZHour], crossAZPerGB = prices[.crossAZPerGB]
        let toEndpointCrossAZPerGB = prices[.crossAZToEndpointOrTGWPerGB]
        // Read once: each read of a design's options is a lookup and a cast.
        let dns = context.configuration.options.privateLink.dns
        let crossZone = context.configuration.options.privateLink.crossZone
        let topology = context.topology
        var processedGB = Array(repeating: 0.0, count: topology.regions.count)
        var serviceGB = Array(repeating: 0.0, count: topology.services.count)
        var serviceRate = Array(repeating: 0.0, count: topology.services.count)
        var serviceConnections = Array(repeating: 0.0, count: topology.services.count)

        for record in endpoints where record.state.isBilled {
            cost.interfaceEndpointHours += Double(record.zones) * endpointAZHour * hours
        }
        for d in topology.demands.indices where ledger.demandStatus[d].isReachable {
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard c != p else { continue }
            let volume = context.traffic[d]
            let service = topology.demands[d].service   // by field: binding the demand copies it
            processedGB[context.region(of: c)] += volume.totalGB
            serviceGB[service] += volume.totalGB
            serviceRate[service] += volume.requestsPerSecond
            serviceConnections[service] += topology.demands[d].newConnectionsPerSecond
            cost.crossAZTransfer += volume.totalGB * clientCrossAZShare(consumer: c, provider: p, dns: dns)
                * toEndpointCrossAZPerGB
            if crossZone {
                let zones = Double(context.topology.vpcs[p].zones.count)
                cost.crossAZTransfer += volume.totalGB * (1 - 1 / zones) * 2 * crossAZPerGB
            }
            cost.interRegionTransfer += volume.requestGB * context.interRegionPerGB(from: c, to: p)
                + volume.responseGB * context.interRegionPerGB(from: p, to: c)
        }
        for gb in processedGB { cost.endpointProcessing += prices.endpointProcessingCost(gigabytesPerMonth: gb) }
        for (s, record) in services.enumerated() where record.state == .creatingService || record.state == .available {
            let traffic = DemandTraffic(requestsPerSecond: serviceRate[s], requestGB: serviceGB[s], responseGB: 0)
            let active = serviceRate[s] * LoadBalancerCost.meanServiceSeconds(topology.services[s])
            for kind in [LoadBalancerKind.nlb, Self.addedLoadBalancer(topology.services[s].loadBalancer)] {
                let month = LoadBalancerCost.month(kind, traffic: traffic, newConnectionsPerSecond: serviceConnections[s],
                                                   activeConnections: active, prices: prices)
                cost.loadBalancerHours += month.hours
                cost.loadBalancerCapacityUnits += month.capacityUnits
            }
        }
        return cost
    }

    /// Share of a consumer's calls whose client reaches an endpoint interface in another AZ
    /// (clients sit in a uniformly random AZ of the consumer's k; the endpoint has
    /// interfaces in the e of them the provider also uses, same Region, or in all k across
    /// Regions, where inter-Region transfer is priced instead and this is 0):
    /// - `regional`: the name resolves to all e interfaces, picked uniformly, so a client
    ///   finds its own AZ's with probability (e/k)·(1/e) = 1/k: share 1 − 1/k;
    /// - `zonal`: a client uses its own AZ's interface when there is one: share 1 − e/k.
    /// No interface (e = 0): no call gets through, 0.
    func clientCrossAZShare(consumer c: Int, provider p: Int, dns: EndpointDNS) -> Double {
        guard context.region(of: c) == context.region(of: p) else { return 0 }
        let k = Double(context.zoneCounts[c]), e = Double(context.commonZoneCount(c, p))
        guard e > 0 else { return 0 }
        switch dns {
        case .regional: return 1 - 1 / k
        case .zonal: return 1 - e / k
        }
    }
}
