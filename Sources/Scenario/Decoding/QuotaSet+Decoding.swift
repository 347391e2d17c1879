import CloudModel
import SimKernel
import Strategies
import ScenarioReading

extension QuotaSet {
    /// Reads `quotas:`: an optional `preset` (`maximum` or `aws-defaults`) and single quotas
    /// by their key in the assembled catalog (`DesignRegistry.quotaCatalog`: shared quotas,
    /// then each design's), each a whole number, a duration for time quotas
    /// (`peering_request_expiry: 7d`), or `unlimited`.
    init(reading reader: NodeReader) throws(ScenarioError) {
        var preset = QuotaPreset.maximum
        var overrides: [QuotaOverride] = []
        let catalog = DesignRegistry.quotaCatalog
        let keys = ["preset"] + catalog.keys.map(\.name)
        for (key, value) in try reader.freeMapping() {
            if key.text == "preset" {
                let text = try value.string()
                do {
                    preset = try QuotaPreset(parsing: text)
                } catch {
                    throw value.error(error.message)
                }
                continue
            }
            guard let definition = catalog.definition(QuotaKey(key.text)) else {
                throw ScenarioError(at: key.location, keyPath: value.path.description,
                                    "unknown quota '\(key.text)'" + Suggestion.hint(for: key.text, among: keys))
            }
            overrides.append(QuotaOverride(key: key.text, limit: try value.quotaLimit(unit: definition.unit)))
        }
        do {
            try self.init(catalog: catalog, preset: preset, overrides: overrides)
        } catch {
            throw reader.error(error.message)
        }
    }
}

extension NodeReader {
    /// `unlimited`, or a count (whole number ≥ 0), or for time quotas a duration in whole seconds.
    func quotaLimit(unit: QuotaUnit) throws(ScenarioError) -> QuotaLimit {
        if case .scalar(let scalar) = node, scalar.text == "unlimited" { return .unlimited }
        switch unit {
        case .count:
            return .limited(Int64(try int(in: 0...Int.max)))
        case .seconds:
            let time = try nonNegativeDuration()
            guard time.nanoseconds % SimTime.nanosecondsPerSecond == 0 else {
                throw error("a time quota counts whole seconds, found \(time)")
            }
            return .limited(time.nanoseconds / SimTime.nanosecondsPerSecond)
        }
    }
}
