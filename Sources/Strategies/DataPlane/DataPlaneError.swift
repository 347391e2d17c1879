/// Why a data plane could not be built from a topology (the scenario validator catches
/// these first for scenario files; hand-built topologies meet them here).
public struct DataPlaneError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong and what was expected.
    public let message: String
    /// An error saying `message`.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
