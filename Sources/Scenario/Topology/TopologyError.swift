/// Why a scenario could not be expanded into a concrete topology (a validated scenario
/// rarely fails here: e.g. when explicit VPCs leave a fleet's pool too few free blocks).
public struct TopologyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong and what was expected.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
