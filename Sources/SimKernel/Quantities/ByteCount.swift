/// A data size in whole bytes.
///
/// Written with decimal (`KB MB GB`, powers of 1000) or binary (`KiB MiB GiB`, powers of
/// 1024) units; see `init(parsing:)` and `description`.
public struct ByteCount: Hashable, Comparable, Sendable {
    /// The size in bytes (never negative when parsed).
    public var bytes: Int64
    public init(bytes: Int64) { self.bytes = bytes }
    public static func < (a: ByteCount, b: ByteCount) -> Bool { a.bytes < b.bytes }

    public static let zero = ByteCount(bytes: 0)
}

extension ByteCount: CustomStringConvertible {
    /// The size in the largest unit not above it that shows it exactly with at most three
    /// decimals, decimal or binary (`16384` → `16KiB`, `2000` → `2KB`, `1536` → `1.5KiB`);
    /// whole bytes otherwise. Parses back to the same value.
    public var description: String {
        if bytes == 0 { return "0B" }
        return (bytes < 0 ? "-" : "") + QuantityUnit.shortestExact(bytes.magnitude, kind: .size)
    }
}
