import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// `services[].load_balancer`: its prices, capacity units on the highest dimension, what each
/// design adds, and its hop.
@Suite struct LoadBalancerTests {
    let prices = PriceTable.listPrices

    /// An ALB's LCUs are the highest of four dimensions (ELB pricing: 25 new connections/s,
    /// 3,000 active connections, 1 GB/h, 1,000 rule evaluations/s per LCU). By hand:
    /// 100 new connections/s → 4; 6,000 active → 2; 3 GB/h → 3; 1,000 requests/s against 15
    /// rules, 10 free → 5,000 evaluations/s → 5. Billed: 5 LCUs.
    @Test func lcusAreTheHighestOfFourDimensions() {
        #expect(prices.lcus(newConnectionsPerSecond: 100, activeConnections: 6_000, processedGBPerHour: 3,
                            requestsPerSecond: 1_000, rulesPerRequest: 15) == 5)
        // One rule (vpcsim's ALB) is within the free ten: the bytes win, 3.
        #expect(prices.lcus(newConnectionsPerSecond: 100, activeConnections: 6_000, processedGBPerHour: 3,
                            requestsPerSecond: 1_000, rulesPerRequest: 1) == 4)
        #expect(prices.lcus(newConnectionsPerSecond: 0, activeConnections: 0, processedGBPerHour: 0,
                            requestsPerSecond: 0, rulesPerRequest: 1) == 0)
    }

    /// A month of an ALB at 5 LCUs: 0.0225 × 730 = 16.425 by the hour, 5 × 0.008 × 730 =
    /// 29.20 of LCUs. An NLB at the same load: new connections 100/800 = 0.125, active
    /// 6,000/100,000 = 0.06, 3 GB/h → 3 NLCUs: 16.425 + 3 × 0.006 × 730 = 16.425 + 13.14.
    @Test func aMonthOfEachBalancerByHand() {
        let gb = 3 * 730.0   // 3 GB an hour for 730 hours
        let traffic = DemandTraffic(requestsPerSecond: 1_000, requestGB: gb / 2, responseGB: gb / 2)
        let alb = LoadBalancerCost.month(.alb, traffic: traffic, newConnectionsPerSecond: 200, activeConnections: 6_000,
                                         prices: prices)
        // 200 new connections/s / 25 = 8 LCUs, the highest dimension here.
        #expect(abs(alb.hours - 16.425) < 1e-9)
        #expect(abs(alb.capacityUnits - 8 * 0.008 * 730) < 1e-9)
        let nlb = LoadBalancerCost.month(.nlb, traffic: traffic, newConnectionsPerSecond: 200, activeConnections: 6_000,
                                         prices: prices)
        #expect(abs(nlb.hours - 16.425) < 1e-9)
        #expect(abs(nlb.capacityUnits - 13.14) < 1e-9)
        #expect(LoadBalancerCost.month(.none, traffic: traffic, newConnectionsPerSecond: 200, activeConnections: 6_000,
                                       prices: prices) == LoadBalancerCost())
    }

    /// The ELB prices are AWS's (us-east-1), shared by every design, each once.
    @Test func pricesAreSharedAndSourced() {
        for key in [PriceKey.albHour, .lcuHour, .nlbHour, .nlcuHour] {
            #expect(SharedPrices.facts.filter { $0.key == key }.count == 1, "\(key)")
        }
        #expect(prices[.albHour] == 0.0225 && prices[.lcuHour] == 0.008)
        #expect(prices[.lcuNewConnectionsPerSecond] == 25 && prices[.lcuActiveConnections] == 3_000)
        #expect(prices[.lcuProcessedGBPerHour] == 1 && prices[.lcuRuleEvaluationsPerSecond] == 1_000)
        #expect(prices[.nlcuNewConnectionsPerSecond] == 800 && prices[.nlcuActiveConnections] == 100_000)
        #expect(SharedPrices.catalog.fact(.lcuHour)?.source.contains("aws.amazon.com/elasticloadbalancing/pricing") == true)
    }

    /// What each design adds in front of a service: the configured one, except PrivateLink
    /// (its NLB always; an ALB behind it only with `alb`) and Lattice (its own proxy).
    @Test func whatEachDesignAdds() {
        for kind in LoadBalancerKind.allCases {
            #expect(PeeringMeshStrategy.addedLoadBalancer(kind) == kind)
            #expect(TransitGatewayStrategy.addedLoadBalancer(kind) == kind)
            #expect(SharedVPCStrategy.addedLoadBalancer(kind) == kind)
            #expect(VPCLatticeStrategy.addedLoadBalancer(kind) == .none)
        }
        #expect(PrivateLinkHubStrategy.addedLoadBalancer(.none) == .none)
        #expect(PrivateLinkHubStrategy.addedLoadBalancer(.nlb) == .none)
        #expect(PrivateLinkHubStrategy.addedLoadBalancer(.alb) == .alb)
        #expect(LoadBalancerKind.serviceDefault == .nlb)
    }

    /// CostTests' scenario with `load_balancer: alb`. The service carries 12,832.03125 GB a
    /// month, 17.578125 GB/h: 17.578125 LCUs (> 0.03 new connections/s / 25), 17.578125 ×
    /// 0.008 × 730 = 102.65625, plus 16.425 by the hour.
    /// - Peering: 239.53125 of data (CostTests) + 16.425 + 102.65625 = 358.6125.
    /// - PrivateLink: its NLB stays (16.425 + 76.9921875) and the ALB behind it adds
    ///   119.08125: 456.25 + 119.08125 = 575.33125.
    /// - Lattice: no change.
    @Test func anALBIsBilledOnItsLCUs() throws {
        let alb = CostTests.text.replacingOccurrences(of: "service_time: 1ms}", with: "service_time: 1ms, load_balancer: alb}")
        let peering = try provision(alb, PeeringMeshStrategy.self).monthlyCost()
        #expect(abs(peering.loadBalancerHours - 16.425) < 0.005)
        #expect(abs(peering.loadBalancerCapacityUnits - 102.65625) < 0.005)
        #expect(abs(peering.total - 358.6125) < 0.005)
        let privateLink = try provision(alb, PrivateLinkHubStrategy.self).monthlyCost()
        #expect(abs(privateLink.loadBalancerHours - 2 * 16.425) < 0.005)
        #expect(abs(privateLink.loadBalancerCapacityUnits - (76.9921875 + 102.65625)) < 0.005)
        #expect(abs(privateLink.total - 575.33125) < 0.005)
        let lattice = try provision(alb, VPCLatticeStrategy.self).monthlyCost().total
        #expect(lattice == (try provision(CostTests.text, VPCLatticeStrategy.self).monthlyCost().total))
    }

    /// The balancer's hop, once each way: with every other delay zero, constant hops of
    /// 0.2 ms (ALB) and 0.05 ms (NLB) make the round trips 0.4 ms and 0.1 ms longer than
    /// without a balancer, under peering; PrivateLink's NLB adds nothing beyond its
    /// `privatelink_hop`, its ALB adds 0.4 ms.
    @Test func theBalancerAddsItsHopEachWay() throws {
        func topology(_ kind: LoadBalancerKind) throws -> Topology {
            var b = TopologyBuilder()
            let region = try b.region("us-east-1", azs: 1)
            let consumer = try b.vpc(region: region, zones: [0])
            let provider = try b.vpc(region: region, zones: [0])
            let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 1_000, serviceTime: "0ms",
                                        loadBalancer: kind)
            try b.demand(from: consumer, to: service, rate: 100)
            return b.topology
        }
        var latency = try zeroLatency()
        latency.hops["alb_hop"] = try delay("0.2ms")
        latency.hops["nlb_hop"] = try delay("0.05ms")
        func mean(_ kind: LoadBalancerKind, _ strategy: StrategyKind) throws -> Double {
            let results = try runPlane(try topology(kind), strategy, latency: latency, duration: .seconds(30))
            return try unwrap(results.steady.first?.meanMilliseconds, "mean")
        }
        #expect(abs(try mean(.none, .peeringMesh)) < 1e-9)
        #expect(abs(try mean(.alb, .peeringMesh) - 0.4) < 1e-9)
        #expect(abs(try mean(.nlb, .peeringMesh) - 0.1) < 1e-9)
        #expect(abs(try mean(.nlb, .privateLinkHub)) < 1e-9)
        #expect(abs(try mean(.alb, .privateLinkHub) - 0.4) < 1e-9)
    }
}
