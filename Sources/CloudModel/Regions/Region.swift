/// An AWS Region with the AZ ids it offers.
///
/// Built-in Regions (`BuiltInRegions`) carry AWS's documented AZ ids; a scenario may also
/// declare other Regions by name and AZ count. No latency lives here: the latency model
/// is built separately from `aws_region_rtt.csv`.
public struct Region: Hashable, Sendable, CustomStringConvertible {
    /// The Region code, e.g. `us-east-1`.
    public let name: String
    /// The prefix of its AZ ids, e.g. `use1`.
    public let zonePrefix: String
    /// Every AZ id, in the order `zones(count:)` hands them out: by number, except that
    /// zones known to be constrained for new accounts come last.
    public let zones: [AvailabilityZoneID]
    /// True for the twelve Regions bundled with vpcsim.
    public let isBuiltIn: Bool
    /// A remark on the zone list (constrained zones, sources), or empty.
    public let note: String

    /// A Region from its parts; built-in ones come from `BuiltInRegions`.
    public init(name: String, zonePrefix: String, zones: [AvailabilityZoneID], isBuiltIn: Bool, note: String = "") {
        self.name = name
        self.zonePrefix = zonePrefix
        self.zones = zones
        self.isBuiltIn = isBuiltIn
        self.note = note
    }

    /// A user-declared Region with `zoneCount` AZs, ids `<prefix>-az1 … <prefix>-azN`, where
    /// the prefix follows AWS's naming (see `Region.zonePrefix(for:)`).
    public static func declared(name: String, zoneCount: Int) throws(RegionError) -> Region {
        guard Region.isWellFormed(name) else { throw RegionError(region: name, reason: .malformedName) }
        guard zoneCount >= 1 else { throw RegionError(region: name, reason: .tooFewZones(requested: zoneCount)) }
        let prefix = Region.zonePrefix(for: name)
        return Region(name: name, zonePrefix: prefix,
                      zones: (1...zoneCount).map { AvailabilityZoneID(regionPrefix: prefix, number: $0) },
                      isBuiltIn: false, note: "declared by the scenario")
    }

    /// The first `count` zones of `zones`: what a scenario's `azs: N` selects.
    public func zones(count: Int) throws(RegionError) -> [AvailabilityZoneID] {
        guard count >= 1 else { throw RegionError(region: name, reason: .tooFewZones(requested: count)) }
        guard count <= zones.count else {
            throw RegionError(region: name, reason: .tooManyZones(requested: count, available: zones.sorted()))
        }
        return Array(zones.prefix(count))
    }

    /// Whether `name` looks like a Region code: lowercase ASCII letters, digits and single
    /// hyphens, starting with a letter and not ending with a hyphen.
    public static func isWellFormed(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLowercase, name.last != "-",
              !name.contains("--") else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    /// The AZ-id prefix AWS uses for a Region code: the geography part, the initials of the
    /// direction words and the number (`us-east-1` → `use1`, `ap-southeast-2` → `apse2`,
    /// `eu-central-1` → `euc1`, `mx-central-1` → `mxc1`), as in every row of AWS's AZ table
    /// (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html,
    /// stored copy of late 2025). A name that does not fit the pattern is its own prefix.
    public static func zonePrefix(for name: String) -> String {
        let parts = name.split(separator: "-").map(String.init)
        guard parts.count >= 3, let number = parts.last, number.allSatisfy(\.isNumber) else { return name }
        let directions: [String: String] = [
            "north": "n", "south": "s", "east": "e", "west": "w", "central": "c",
            "northeast": "ne", "southeast": "se", "northwest": "nw", "southwest": "sw",
        ]
        var prefix = parts[0]
        for word in parts[1..<(parts.count - 1)] {
            guard let initials = directions[word] else { return name }
            prefix += initials
        }
        return prefix + number
    }

    public var description: String { name }
}
