/// An internal failure of the experiment machinery (a runner that broke its contract, a
/// file that could not be written): exit code 1, unlike bad input.
public struct ExperimentError: Error, CustomStringConvertible, Sendable {
    /// What failed.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    /// `error: MESSAGE`.
    public var description: String { "error: \(message)" }
}
