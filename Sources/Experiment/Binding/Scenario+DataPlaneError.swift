import CloudModel
import Scenario
import Strategies

extension Scenario {
    /// `error`, which building the data plane of `topology` threw, as a scenario error at
    /// the item it comes from.
    ///
    /// The item is found by building the data plane again from parts of the run with
    /// `build` (nil when the part builds): the VPCs alone, then each service, each traffic
    /// entry's demands, each fault. The data plane's own checks decide, so nothing here
    /// repeats them or reads their messages. This runs only once a build has failed.
    func locate(_ error: DataPlaneError, topology: Topology, faults: [(index: Int, fault: DataPlaneFault)], file: String,
                build: (Topology, [DataPlaneFault]) -> DataPlaneError?) -> ScenarioError {
        if warmup >= duration { return self.error(in: "warmup", error.message, file: file) }
        func part(services: [Topology.ServiceEntry], demands: [Topology.Demand]) -> Topology {
            Topology(regions: topology.regions, vpcs: topology.vpcs, services: services, demands: demands)
        }
        if build(part(services: [], demands: []), []) != nil {
            return self.error(in: fleets.isEmpty ? "vpcs" : "fleets", error.message, file: file)
        }
        for (s, service) in topology.services.enumerated() where build(part(services: [service], demands: []), []) != nil {
            return self.error(in: "services", item: s, error.message, file: file)
        }
        for t in traffic.indices {
            let demands = topology.demands.filter { $0.trafficEntry == t }
            if build(part(services: topology.services, demands: demands), []) != nil {
                return self.error(in: "traffic", item: t, error.message, file: file)
            }
        }
        for (index, fault) in faults where build(topology, [fault]) != nil {
            return self.error(in: "faults", item: index, error.message, file: file)
        }
        return ScenarioError(at: .wholeFile(file), keyPath: "", error.message)
    }
}
