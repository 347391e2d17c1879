import CloudModel
import Scenario
import Strategies

extension FaultSpec {
    /// The fault as the control plane takes it, with the topology's indices: the fault's
    /// scenario kind and what it hits (two VPCs, or a consumer VPC and a service). Nil for
    /// an AZ outage (the data plane's alone) and when a name is not in the topology.
    ///
    /// Which design understands the kind is the designs' business (`ConnectivityStrategy.faults`):
    /// the fault is passed to every design, and the others ignore it.
    func controlPlaneFault(in topology: Topology) -> ControlPlaneFault? {
        func vpcIndex(_ name: String) -> Int? { topology.vpcs.firstIndex { $0.vpc.name == name } }
        switch target {
        case .zone:
            return nil
        case .peering(let a, let b):
            guard let i = vpcIndex(a), let j = vpcIndex(b) else { return nil }
            return ControlPlaneFault(name: kind.rawValue, a: i, b: j)
        case .endpoint(let consumer, let service):
            guard let i = vpcIndex(consumer),
                  let s = topology.services.firstIndex(where: { $0.name == service }) else { return nil }
            return ControlPlaneFault(name: kind.rawValue, a: i, b: s)
        }
    }
}
