import ScenarioReading

/// A design's options as its scenario section reads them.
///
/// Each design conforms its settings in its own folder,
/// `<Design>/<Design>Settings+Decoding.swift`, next to the type, its defaults and its
/// section's name (`ConnectivityStrategy.optionsSection`), with the readers of
/// ScenarioReading. Scenario's `DesignOptions(reading:)` finds every design through
/// `DesignRegistry`, so no shared code names a design. A registered design whose settings
/// lack this conformance is a programming error, caught by a test.
package protocol DesignSettingsDecoding: DesignSettings {
    /// The keys the section may hold.
    static var keys: [String] { get }

    /// Reads the section; keys it does not hold keep their defaults.
    init(reading reader: NodeReader) throws(ScenarioError)
}
