import Scenario
import Strategies

extension FaultSpec {
    /// The fault as the data plane takes it, given the run's region order (a `Topology`'s
    /// `regions` names): an AZ outage by region index and zero-based AZ index, or, for a
    /// peering deletion or endpoint rejection (which the control plane applies), the opening
    /// of a fault window. Nil when the region is not among `regions`.
    func dataPlaneFault(regions: [String]) -> DataPlaneFault? {
        switch target {
        case .zone(let region, let az):
            guard let index = regions.firstIndex(of: region) else { return nil }
            return .zoneOutage(.init(region: index, zone: az - 1, start: at, duration: duration, detection: detection))
        case .peering, .endpoint:
            return .connectionLoss(at: at)
        }
    }
}
