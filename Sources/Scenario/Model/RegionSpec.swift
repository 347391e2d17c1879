/// A region the scenario uses, and how many Availability Zones it has there.
public struct RegionSpec: Equatable, Sendable {
    /// The region code, e.g. `us-east-1`.
    public var name: String
    /// Availability Zones the scenario uses, numbered 1...azs; for a built-in region, at
    /// most the AZs AWS documents there (CloudModel's `BuiltInRegions`). Default: 3, the
    /// number every built-in region offers at least.
    public var azs: Int

    public init(name: String, azs: Int = RegionSpec.defaultAZs) {
        self.name = name
        self.azs = azs
    }

    /// AZs of a region that the file does not describe.
    public static let defaultAZs = 3
    /// AZ names end in a letter a...z in AWS, so no region has more than 26.
    public static let maximumAZs = 26
}
