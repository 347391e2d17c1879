/// The options of every design in a run, one `DesignSettings` value per design, each at its
/// defaults unless set: what a scenario's design sections (`peering:`, ...) hold and what a
/// control plane hands its design.
///
/// Keyed by the settings type, so shared code never names a design: a design reads its own
/// with `options[Settings.self]` (or the accessor its folder defines, `options.peering`).
public struct DesignOptions: Equatable, Sendable {
    /// The values that differ from their type's defaults, by settings type. Only looked up,
    /// never iterated, so its order cannot leak into results.
    private var values: [ObjectIdentifier: any DesignSettings] = [:]

    /// Every design at its defaults.
    public init() {}

    /// The options of type `type`: the value set, or its defaults.
    public subscript<Settings: DesignSettings>(_ type: Settings.Type) -> Settings {
        get { values[ObjectIdentifier(type)] as? Settings ?? Settings.defaults }
        set { values[ObjectIdentifier(type)] = newValue == Settings.defaults ? nil : newValue }
    }

    /// The options of `design`.
    public subscript<Strategy: ConnectivityStrategy>(design design: Strategy.Type) -> Strategy.Settings {
        get { self[Strategy.Settings.self] }
        set { self[Strategy.Settings.self] = newValue }
    }

    /// Equal when every design's options are equal (defaults are never stored).
    public static func == (lhs: DesignOptions, rhs: DesignOptions) -> Bool {
        lhs.values.count == rhs.values.count && lhs.values.allSatisfy { key, value in
            rhs.values[key].map { value.isEqual(to: $0) } ?? false
        }
    }
}
