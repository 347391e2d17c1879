/// Up to four AZs a request depends on, without an array.
public struct PathZones: Equatable, Sendable {
    /// How many of the slots are used.
    public private(set) var count: Int = 0
    var z0: UInt16 = 0, z1: UInt16 = 0, z2: UInt16 = 0, z3: UInt16 = 0

    /// The room there is: client, endpoint interface, NLB node, instance.
    public static let capacity = 4

    /// No zone yet.
    public init() {}

    /// Adds a zone unless it is already listed.
    public mutating func insert(_ zone: UInt16) {
        if contains(zone) { return }
        switch count {
        case 0: z0 = zone
        case 1: z1 = zone
        case 2: z2 = zone
        case 3: z3 = zone
        default: return
        }
        count += 1
    }

    /// The i-th zone (0 ≤ i < count).
    public subscript(i: Int) -> UInt16 {
        switch i {
        case 0: return z0
        case 1: return z1
        case 2: return z2
        default: return z3
        }
    }

    /// Whether `zone` is listed.
    public func contains(_ zone: UInt16) -> Bool {
        (count > 0 && z0 == zone) || (count > 1 && z1 == zone) || (count > 2 && z2 == zone) || (count > 3 && z3 == zone)
    }
}
