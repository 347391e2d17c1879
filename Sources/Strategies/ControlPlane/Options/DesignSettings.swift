/// A design's options, as its own scenario section sets them (`ConnectivityStrategy.optionsSection`,
/// e.g. `peering:`): a value whose every field has a default.
///
/// The type lives in the design's folder. Reading it from YAML is the Scenario module's
/// business (Strategies does not see the reader): there each design's settings conform to
/// `DesignSettingsDecoding`, in `Scenario/Decoding/Designs/<Design>/`.
public protocol DesignSettings: Equatable, Sendable {
    /// Every option at its default: what a scenario without the section gets.
    static var defaults: Self { get }
}

extension DesignSettings {
    /// Whether `other` is the same type and equal.
    func isEqual(to other: any DesignSettings) -> Bool {
        (other as? Self) == self
    }
}
