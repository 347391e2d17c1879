/// Why a data plane could not be built from a topology (the scenario validator catches
/// these first for scenario files; hand-built topologies meet them here).
public struct DataPlaneError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
