// API CONTRACT STUB — to be replaced by the real implementation (issue 2, item 5).
// The public signatures below are what other modules build against; keep them.

/// What a quantity measures; a distribution's parameters are in its quantity's unit.
public enum QuantityKind: String, Sendable, Hashable {
    /// Time spans: `ns us ms s m h d`; base unit nanoseconds.
    case duration
    /// Data sizes: `B KB KiB MB MiB GB GiB`; base unit bytes.
    case size
    /// Rates: `/s /m /h` (e.g. `200/s`); base unit events per second.
    case rate
    /// Plain numbers (shares, counts); no unit.
    case number
}

/// A quantity that could not be read; `message` says what was expected.
public struct QuantityError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A data size in whole bytes.
public struct ByteCount: Hashable, Comparable, Sendable {
    public var bytes: Int64
    public init(bytes: Int64) { self.bytes = bytes }
    public static func < (a: ByteCount, b: ByteCount) -> Bool { a.bytes < b.bytes }
}

/// A rate of events, remembered in the unit it was written in so it prints back exactly.
public struct Rate: Hashable, Sendable {
    public enum Unit: String, Sendable { case perSecond = "/s", perMinute = "/m", perHour = "/h" }
    public var count: Double
    public var unit: Unit
    public init(count: Double, unit: Unit) { self.count = count; self.unit = unit }
    /// Events per second.
    public var perSecond: Double {
        switch unit {
        case .perSecond: return count
        case .perMinute: return count / 60
        case .perHour: return count / 3600
        }
    }
}

extension SimTime {
    /// Parses `250ms`, `1.5s`, `2d`, ... exactly into nanoseconds.
    public init(parsing text: String) throws(QuantityError) { fatalError("stub") }
}

extension ByteCount {
    /// Parses `2KiB`, `16KB`, `1.5GB`, ... into bytes.
    public init(parsing text: String) throws(QuantityError) { fatalError("stub") }
}

extension Rate {
    /// Parses `200/s`, `5/m`, `0.5/h`.
    public init(parsing text: String) throws(QuantityError) { fatalError("stub") }
}
