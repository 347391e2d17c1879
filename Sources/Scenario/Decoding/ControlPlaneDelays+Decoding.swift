import SimKernel
import Strategies
import ScenarioReading

extension ControlPlaneDelays {
    /// `control_plane: {peering_create: 5s, endpoint_create: "uniform(min=120s, max=150s)", ...}`:
    /// any of the registered designs' operation delays, each a distribution of durations;
    /// the rest keep their defaults.
    init(reading reader: NodeReader) throws(ScenarioError) {
        let known = ControlPlaneDelays.definitions
        let fields = try reader.mapping(keys: known.map(\.key))
        var delays = ControlPlaneDelays.defaults
        for definition in known {
            guard let value = fields.optional(definition.key) else { continue }
            delays[definition] = try value.distribution(.duration)
        }
        self = delays
    }
}
