/// A design's options, as its own scenario section sets them (`ConnectivityStrategy.optionsSection`,
/// e.g. `peering:`): a value whose every field has a default.
///
/// The type lives in the design's folder, and so does its reading from YAML: each design's
/// settings conform to `DesignSettingsDecoding` in `<Design>/<Design>Settings+Decoding.swift`.
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
