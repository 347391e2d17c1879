import ScenarioReading

/// Why a scenario could not be expanded into a concrete topology (a validated scenario
/// rarely fails here: e.g. when explicit VPCs leave a fleet's pool too few free blocks),
/// with the scenario item it comes from.
public struct TopologyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong and what was expected.
    public let message: String
    /// The scenario item the error comes from (`fleets[1].cidr_pool`, `traffic[0].to`).
    let path: KeyPath

    init(_ message: String, at path: KeyPath) {
        self.message = message
        self.path = path
    }

    /// The item's key path as users write it; empty for the scenario as a whole.
    public var keyPath: String { path.description }

    public var description: String { keyPath.isEmpty ? message : "\(keyPath): \(message)" }
}
