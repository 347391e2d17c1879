import Scenario
import Strategies

extension Scenario {
    /// The control-plane configuration of replication `replication`: the scenario's quotas,
    /// `control_plane:` delays and design options, list prices, and its seed.
    ///
    /// Part of the binding of the scenario language to the engine: Scenario knows the
    /// language only, Experiment turns it into what the planes run on.
    public func controlPlaneConfiguration(replication: Int) -> ControlPlaneConfiguration {
        ControlPlaneConfiguration(quotas: quotas, prices: .listPrices, delays: controlPlane, options: options,
                                  seed: seed, replication: replication)
    }
}
