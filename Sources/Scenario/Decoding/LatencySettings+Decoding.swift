import CloudModel
import SimKernel
import Strategies
import ScenarioReading

/// The hop keys of every registered design (`privatelink_hop`, `tgw_hop`, ...).
private var hopKeys: [String] { DesignRegistry.hops.map(\.key) }

extension MappingReader {
    /// The hop delays the mapping sets, by hop key.
    fileprivate func hops() throws(ScenarioError) -> [String: DistributionSpec] {
        var hops: [String: DistributionSpec] = [:]
        for key in hopKeys {
            if let r = optional(key) { hops[key] = try r.distribution(.duration) }
        }
        return hops
    }
}

extension LatencySettings {
    static var keys: [String] { ["source", "same_az", "cross_az"] + hopKeys + ["forward_share", "overrides"] }

    init(reading reader: NodeReader, regions: ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            sameAZ: try fields.optional("same_az").map { r throws(ScenarioError) in try r.distribution(.duration) },
            crossAZ: try fields.optional("cross_az").map { r throws(ScenarioError) in try r.distribution(.duration) },
            hops: try fields.hops(),
            forwardShare: try fields.optional("forward_share").map { r throws(ScenarioError) in try r.share() },
            overrides: try fields.optional("overrides", default: []) { r throws(ScenarioError) in
                try r.list { item throws(ScenarioError) in try LatencyOverride(reading: item, regions: regions) }
            },
            source: try fields.optional("source").map { r throws(ScenarioError) in
                try r.choice(LatencySource.allCases.map { (key: $0.rawValue, value: $0) })
            } ?? .standard)
    }
}

extension LatencyOverride {
    static var keys: [String] { ["from", "to", "rtt", "p50", "p90", "forward_share", "same_az", "cross_az"] + hopKeys }
    private static var settingKeys: ArraySlice<String> { keys.dropFirst(2) }

    /// Reads one override. Both regions must be used by the scenario. Between two regions it
    /// may set the round trip (`rtt:`, or `p50:` with `p90:`) but not the AZ delays; inside
    /// one region (`from == to`) the reverse.
    init(reading reader: NodeReader, regions: ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let from = try regions.lookUp(fields.required("from")).name
        let toReader = try fields.required("to")
        let to = try regions.lookUp(toReader).name
        guard Self.settingKeys.contains(where: { fields.optional($0) != nil }) else {
            throw reader.error("sets nothing: expected at least one of \(Self.settingKeys.joined(separator: ", "))")
        }
        if from == to {
            for key in ["rtt", "p50", "p90"] {
                if let r = fields.optional(key) {
                    throw r.error("inside one region (\(from) to \(from)) there is no inter-region round trip; "
                                  + "set same_az and cross_az instead, or name two different regions")
                }
            }
        } else {
            for key in ["same_az", "cross_az"] {
                if let r = fields.optional(key) {
                    throw r.error("\(key) is a delay inside one region; set it with from and to both \(from) (or \(to)), "
                                  + "or section-wide under latency:")
                }
            }
        }
        self.init(
            from: from, to: to,
            rtt: try Self.readRoundTrip(fields, entry: reader),
            forwardShare: try fields.optional("forward_share").map { r throws(ScenarioError) in try r.share() },
            sameAZ: try fields.optional("same_az").map { r throws(ScenarioError) in try r.distribution(.duration) },
            crossAZ: try fields.optional("cross_az").map { r throws(ScenarioError) in try r.distribution(.duration) },
            hops: try fields.hops())
    }

    /// `rtt:` taken as is, or `p50:` and `p90:` fitted as the bundled data is.
    private static func readRoundTrip(_ fields: MappingReader, entry: NodeReader) throws(ScenarioError) -> DelayDistribution? {
        let p50Reader = fields.optional("p50"), p90Reader = fields.optional("p90")
        if let rtt = fields.optional("rtt") {
            if let extra = p50Reader ?? p90Reader {
                throw extra.error("give either rtt (a distribution) or p50 with p90 (fitted like the built-in data), not both")
            }
            return DelayDistribution(body: try rtt.distribution(.duration))
        }
        guard p50Reader != nil || p90Reader != nil else { return nil }
        guard let p50Reader else { throw entry.error("p90 needs p50 next to it (the median round trip)") }
        guard let p90Reader else { throw entry.error("p50 needs p90 next to it (the 90th-percentile round trip)") }
        let p50 = try p50Reader.positiveDuration()
        let p90 = try p90Reader.positiveDuration()
        guard p90 > p50 else {
            throw p90Reader.error("p90 (\(p90)) must be above p50 (\(p50))")
        }
        return DelayDistribution.fitted(p50: p50, p90: p90)
    }
}

extension NodeReader {
    /// A share of a whole, strictly between 0 and 1 (`forward_share: 0.5`).
    fileprivate func share() throws(ScenarioError) -> Double {
        let value = try double(in: 0...1)
        guard value > 0, value < 1 else {
            throw error("\(value) leaves one direction with no delay; expected a share strictly between 0 and 1, e.g. 0.5")
        }
        return value
    }
}
