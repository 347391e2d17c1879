/// One unit a quantity can be written in, and how many base units it holds.
///
/// Durations and sizes scale by exact integers (nanoseconds and bytes per unit), so a
/// quantity in any unit converts to its base unit without rounding. Rates divide by the
/// unit's length in seconds.
public struct QuantityUnit: Sendable, Hashable {
    /// The symbol as written after the number: `ms`, `KiB`, `/s`.
    public let symbol: String
    /// What the unit measures.
    public let kind: QuantityKind
    /// Base units per unit: nanoseconds (durations), bytes (sizes), or the unit's length in
    /// seconds (rates: `5/m` is 5 / 60 events per second).
    public let factor: Int64

    /// Every unit vpcsim reads, smallest first within each kind.
    public static let all: [QuantityUnit] = [
        QuantityUnit(symbol: "ns", kind: .duration, factor: 1),
        QuantityUnit(symbol: "us", kind: .duration, factor: 1_000),
        QuantityUnit(symbol: "ms", kind: .duration, factor: 1_000_000),
        QuantityUnit(symbol: "s", kind: .duration, factor: 1_000_000_000),
        QuantityUnit(symbol: "m", kind: .duration, factor: 60_000_000_000),
        QuantityUnit(symbol: "h", kind: .duration, factor: 3_600_000_000_000),
        QuantityUnit(symbol: "d", kind: .duration, factor: 86_400_000_000_000),
        QuantityUnit(symbol: "B", kind: .size, factor: 1),
        QuantityUnit(symbol: "KB", kind: .size, factor: 1_000),
        QuantityUnit(symbol: "KiB", kind: .size, factor: 1_024),
        QuantityUnit(symbol: "MB", kind: .size, factor: 1_000_000),
        QuantityUnit(symbol: "MiB", kind: .size, factor: 1_048_576),
        QuantityUnit(symbol: "GB", kind: .size, factor: 1_000_000_000),
        QuantityUnit(symbol: "GiB", kind: .size, factor: 1_073_741_824),
        QuantityUnit(symbol: "/s", kind: .rate, factor: 1),
        QuantityUnit(symbol: "/m", kind: .rate, factor: 60),
        QuantityUnit(symbol: "/h", kind: .rate, factor: 3_600),
    ]

    /// Other spellings accepted on input (printing always uses `symbol`).
    static let aliases: [(alias: String, symbol: String)] = [("µs", "us"), ("μs", "us")]

    /// The unit written exactly as `symbol` (case matters: `m` is minutes, `M` is nothing).
    public static func named(_ symbol: String) -> QuantityUnit? {
        let canonical = aliases.first { $0.alias == symbol }?.symbol ?? symbol
        return all.first { $0.symbol == canonical }
    }

    /// The units of `kind` whose symbol matches `symbol` ignoring case, to suggest a fix.
    static func caseInsensitiveMatches(_ symbol: String, kind: QuantityKind) -> [QuantityUnit] {
        let lower = symbol.lowercased()
        return all.filter { $0.kind == kind && $0.symbol.lowercased() == lower }
    }
}
