import Strategies
import ScenarioReading

extension DesignOptions {
    /// The top-level keys of the designs' sections, in registry order.
    static var sections: [String] { DesignRegistry.designs.map { $0.optionsSection } }

    /// Reads the section of every registered design from the scenario's top level, in
    /// registry order; a design whose section is absent keeps its defaults.
    init(reading fields: MappingReader) throws(ScenarioError) {
        self.init()
        for design in DesignRegistry.designs {
            guard let section = fields.optional(design.optionsSection) else { continue }
            try read(design, from: section)
        }
    }

    /// Reads `design`'s section into its settings.
    private mutating func read<Strategy: ConnectivityStrategy>(_ design: Strategy.Type,
                                                               from section: NodeReader) throws(ScenarioError) {
        guard let decoding = Strategy.Settings.self as? any DesignSettingsDecoding.Type else {
            preconditionFailure("\(Strategy.kind): \(Strategy.Settings.self) has no DesignSettingsDecoding conformance "
                                + "(Strategies/<Design>/<Design>Settings+Decoding.swift)")
        }
        guard let value = try Self.decode(decoding, section) as? Strategy.Settings else {
            preconditionFailure("\(Strategy.kind): decoding gave another settings type")
        }
        self[design: design] = value
    }

    private static func decode<Settings: DesignSettingsDecoding>(_ type: Settings.Type,
                                                                 _ section: NodeReader) throws(ScenarioError) -> Settings {
        try Settings(reading: section)
    }

    /// Whether every registered design's settings can be read from a scenario.
    static var everyDesignDecodes: Bool {
        func decodes<Strategy: ConnectivityStrategy>(_ design: Strategy.Type) -> Bool {
            Strategy.Settings.self is any DesignSettingsDecoding.Type
        }
        return DesignRegistry.designs.allSatisfy { decodes($0) }
    }
}
