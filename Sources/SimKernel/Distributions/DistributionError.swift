/// A distribution that could not be read or whose parameters are invalid; `message` says
/// what was expected.
public struct DistributionError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
