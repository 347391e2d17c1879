/// A quantity that could not be read; `message` says what was expected.
public struct QuantityError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
