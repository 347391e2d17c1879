/// A connectivity design, by the name scenario files, command lines and CSV files use
/// (its `rawValue`). The designs that exist are the registry's (`DesignRegistry`):
/// `init(rawValue:)` accepts only their names, and `allCases` lists them in registry order,
/// the order of every table and chart.
///
/// Each design defines its own constant in its folder (a `StrategyKind(defining:)` constant
/// in `<Design>/<Design>Strategy+Design.swift`), so nothing outside a design needs to spell
/// its name.
public struct StrategyKind: RawRepresentable, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The design's name, as scenarios and CSV files write it.
    public let rawValue: String

    /// The registered design named `rawValue`; nil for any other name.
    public init?(rawValue: String) {
        guard let known = StrategyKind.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// Defines a design's name; only a design's own `kind` constant calls this.
    public init(defining name: String) { rawValue = name }

    /// Every registered design, in registry order.
    public static var allCases: [StrategyKind] { DesignRegistry.designs.map { $0.kind } }

    public var description: String { rawValue }

    /// The type that implements this design.
    public var strategyType: any ConnectivityStrategy.Type {
        guard let type = DesignRegistry.designs.first(where: { $0.kind == self }) else {
            preconditionFailure("design \(rawValue) is not registered in DesignRegistry")
        }
        return type
    }
}
