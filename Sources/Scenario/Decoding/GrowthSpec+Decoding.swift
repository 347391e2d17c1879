extension GrowthSpec {
    static let keys = ["fleet", "initial", "interarrival", "horizon"]

    init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            fleet: try fields.required("fleet").string(),
            initial: try fields.optional("initial", default: 0) { r throws(ScenarioError) in try r.int(in: 0...Int.max) },
            interarrival: try fields.required("interarrival").distribution(.duration),
            horizon: try fields.optional("horizon").map { r throws(ScenarioError) in try r.positiveDuration() })
    }
}
