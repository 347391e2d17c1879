import ScenarioReading

extension GrowthSpec {
    /// `growth:`'s keys: a fleet's VPCs arriving (`fleet`, `initial`, `interarrival`, `horizon`)
    /// and the estate grown in place (`traffic`, `instances`: `GrowthFactors`).
    static let keys = ["fleet", "initial", "interarrival", "horizon"] + GrowthFactors.keys

    /// Reads `growth:`: the fleet growth, if it names a fleet, and the factors (1 when absent).
    /// It must hold one or the other, or both.
    static func readSection(_ reader: NodeReader) throws(ScenarioError) -> (GrowthSpec?, GrowthFactors) {
        let fields = try reader.mapping(keys: Self.keys)
        let factors = try GrowthFactors(reading: fields)
        let fleetKeys = ["fleet", "initial", "interarrival", "horizon"]
        guard fleetKeys.contains(where: { fields.mapping[$0] != nil }) else {
            guard GrowthFactors.keys.contains(where: { fields.mapping[$0] != nil }) else {
                throw reader.error("give 'fleet' and 'interarrival' (a fleet's VPCs arriving over time), "
                                   + "or 'traffic' and/or 'instances' (the estate grown in place, e.g. traffic: 2)")
            }
            return (nil, factors)
        }
        let spec = GrowthSpec(
            fleet: try fields.required("fleet").string(),
            initial: try fields.optional("initial", default: 0) { r throws(ScenarioError) in try r.int(in: 0...Int.max) },
            interarrival: try fields.required("interarrival").distribution(.duration),
            horizon: try fields.optional("horizon").map { r throws(ScenarioError) in try r.positiveDuration() })
        return (spec, factors)
    }
}

extension GrowthFactors {
    static let keys = ["traffic", "instances"]

    init(reading fields: MappingReader) throws(ScenarioError) {
        func factor(_ key: String) throws(ScenarioError) -> Double {
            try fields.optional(key, default: 1) { r throws(ScenarioError) in
                let value = try r.double(in: 0...GrowthFactors.largest)
                guard value > 0 else { throw r.error("must be greater than zero (1: as it is; 2: twice)") }
                return value
            }
        }
        self.init(traffic: try factor("traffic"), instances: try factor("instances"))
    }
}
