import Scenario
import Strategies

/// How loaded one service is under one design: the offered utilisation of its busiest
/// instance, computed from the scenario, and whether the run saw its queue grow.
///
/// A service whose offered utilisation is at least 1 cannot keep up: its queue grows for as
/// long as the run lasts, so its latency percentiles measure the run's length, not the
/// design. Such a point is `overloaded` in `summary.csv` and reports leave it out of latency
/// findings.
public struct ServiceLoad: Equatable, Sendable {
    /// The service's name.
    public var service: String
    /// Offered utilisation of its busiest instance: arrival rate there × mean service time /
    /// concurrency; nil when the service time has no finite mean.
    public var offered: Double?
    /// Whether the requests started in the second half of the measured period waited, on
    /// average, more than `growthRatio` times as long as those of the first half, and more
    /// than `growthWaits` mean service times: a queue growing over the run.
    public var queueGrowing: Bool

    /// ⚠ assumption (a heuristic of this simulator, not a published rule): a stable queue's
    /// mean wait is the same in both halves up to noise; one growing at a steady rate from the
    /// end of a warm-up of a tenth of the run has a second half about 2.4 times the first.
    public static let growthRatio = 1.5
    /// ⚠ assumption: below 50 mean service times of waiting (an M/M/1 queue waits 19 at a
    /// utilisation of 0.95) a larger second half is taken for noise.
    public static let growthWaits = 50.0

    /// Overloaded: offered utilisation of at least 1, or a queue seen growing.
    public var overloaded: Bool { (offered ?? 0) >= 1 || queueGrowing }

    /// The load of every service of `scenario` (in its order) under a design whose requests
    /// are served in their entry AZ (`servesInEntryZone`) or by any instance, with the waits
    /// the run measured (`DataPlaneResults.serviceWait` and `serviceWaitLate`, service order).
    public static func loads(_ scenario: Scenario, servesInEntryZone: Bool,
                             waits: [WaitSummary] = [], lateWaits: [WaitSummary] = []) -> [ServiceLoad] {
        scenario.services.enumerated().map { index, service in
            let offered = offeredUtilisation(scenario, service: service, servesInEntryZone: servesInEntryZone)
            var growing = false
            if index < waits.count, index < lateWaits.count, let mean = service.serviceTime.mean, mean > 0 {
                let all = waits[index], late = lateWaits[index]
                let earlyCount = all.count - late.count
                if late.count > 0, earlyCount > 0 {
                    let earlyMean = (all.total - late.total) / Double(earlyCount)
                    let meanSeconds = mean / 1e9
                    growing = late.mean > growthRatio * earlyMean && late.mean > growthWaits * meanSeconds
                }
            }
            return ServiceLoad(service: service.name, offered: offered, queueGrowing: growing)
        }
    }

    /// λ·E[S]/c at the busiest instance. Clients sit in a uniformly random AZ of their VPC
    /// (AZs 1..azs). Served by any instance, each of the service's AZs × `instances_per_az`
    /// instances gets an equal share. Served in the entry AZ (PrivateLink without cross-zone
    /// balancing), a same-region client in AZ z enters at z when the provider has it, else at
    /// a uniformly chosen AZ the two VPCs share; a cross-region client at a uniformly chosen AZ
    /// of the provider; the AZ's instances share what enters there.
    static func offeredUtilisation(_ scenario: Scenario, service: ServiceSpec, servesInEntryZone: Bool) -> Double? {
        guard let meanNanoseconds = service.serviceTime.mean, let provider = scenario.vpc(named: service.vpc) else {
            return nil
        }
        let serviceAZs = max(1, provider.azs)
        var perAZ = Array(repeating: 0.0, count: serviceAZs)
        for traffic in scenario.traffic where traffic.to == service.name {
            let clients: (count: Int, azs: Int, region: String)?
            switch traffic.from {
            case .vpc(let name): clients = scenario.vpc(named: name).map { (1, $0.azs, $0.region) }
            case .fleet(let name): clients = scenario.fleet(named: name).map { ($0.count, $0.azs, $0.region) }
            }
            guard let clients else { continue }
            let rate = traffic.rate.perSecond * Double(clients.count)
            if !servesInEntryZone || clients.region != provider.region {
                for a in perAZ.indices { perAZ[a] += rate / Double(serviceAZs) }
                continue
            }
            let clientAZs = max(1, clients.azs)
            let shared = min(clientAZs, serviceAZs)
            for z in 0..<clientAZs {
                if z < serviceAZs {
                    perAZ[z] += rate / Double(clientAZs)
                } else {
                    for a in 0..<shared { perAZ[a] += rate / Double(clientAZs) / Double(shared) }
                }
            }
        }
        let busiest = perAZ.max() ?? 0
        return busiest * (meanNanoseconds / 1e9) / Double(service.instancesPerAZ * service.concurrency)
    }
}
