import SimKernel
import Strategies

extension ControlPlaneDelays {
    /// `control_plane: {peering_create: 5s, endpoint_create: "uniform(min=120s, max=150s)", ...}`:
    /// any of the operation delays, each a distribution of durations; the rest keep their
    /// defaults.
    init(reading reader: NodeReader) throws(ScenarioError) {
        let known = ControlPlaneDelays.keys
        let fields = try reader.mapping(keys: known.map(\.key))
        var delays = ControlPlaneDelays.defaults
        for (key, path) in known {
            guard let value = fields.optional(key) else { continue }
            delays[keyPath: path] = try value.distribution(.duration)
        }
        self = delays
    }
}
