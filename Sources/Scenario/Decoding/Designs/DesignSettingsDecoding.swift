import Strategies

/// A design's options as its scenario section reads them: the Scenario-side half of a
/// design's `DesignSettings`.
///
/// The split: the settings type, its defaults and its section's name
/// (`ConnectivityStrategy.optionsSection`) live in the design's folder in Strategies, which
/// cannot see the YAML reader; the reading lives here, one file per design in
/// `Decoding/Designs/<Design>/<Design>Settings+Decoding.swift`. `DesignOptions(reading:)`
/// finds both through `DesignRegistry`, so no shared code names a design. A registered
/// design whose settings lack this conformance is a programming error, caught by a test.
protocol DesignSettingsDecoding: DesignSettings {
    /// The keys the section may hold.
    static var keys: [String] { get }

    /// Reads the section; keys it does not hold keep their defaults.
    init(reading reader: NodeReader) throws(ScenarioError)
}
