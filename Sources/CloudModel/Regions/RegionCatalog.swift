/// The Regions a run knows: the built-in twelve plus any the scenario declares.
///
/// Lookups are by exact name; an unknown name fails with the closest known name suggested.
/// The catalog keeps declared Regions in declaration order, so listing it is deterministic.
public struct RegionCatalog: Sendable {
    /// Built-in Regions followed by declared ones, in order.
    public private(set) var regions: [Region]

    /// A catalog of the built-in Regions only.
    public init() { regions = BuiltInRegions.all }

    /// Adds a Region that is not built in, with `zoneCount` AZs.
    @discardableResult
    public mutating func declare(name: String, zoneCount: Int) throws(RegionError) -> Region {
        if let existing = regions.first(where: { $0.name == name }) {
            throw RegionError(region: name, reason: .alreadyDefined(builtIn: existing.isBuiltIn))
        }
        let region = try Region.declared(name: name, zoneCount: zoneCount)
        regions.append(region)
        return region
    }

    /// The Region with this name, built in or declared.
    public func region(named name: String) throws(RegionError) -> Region {
        if let found = regions.first(where: { $0.name == name }) { return found }
        throw RegionError(region: name,
                          reason: .unknownRegion(suggestion: EditDistance.closest(to: name, among: regions.map(\.name))))
    }

    /// The known name closest to `name` by edit distance, for warnings such as "declared
    /// region us-esat-1 is one letter from built-in us-east-1".
    public func closestName(to name: String) -> (name: String, distance: Int)? {
        guard let best = EditDistance.closest(to: name, among: regions.map(\.name)) else { return nil }
        return (best, EditDistance.between(name, best))
    }
}
