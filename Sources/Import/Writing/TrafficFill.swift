import SimKernel

/// `--traffic uniform:RATE`: a placeholder traffic matrix, every imported VPC calling every
/// imported service (outside its own VPC) at RATE, until flow logs supply the real one.
public struct TrafficFill: Sendable, Equatable {
    /// The rate as written (`5/s`), validated.
    public var rate: String

    /// Parses `uniform:RATE`; the message says what was expected.
    public init(parsing text: String) throws(TrafficFillError) {
        guard text.hasPrefix("uniform:") else {
            throw TrafficFillError(message: "'\(text)' is not a traffic fill; write uniform:RATE, such as uniform:5/s")
        }
        let rate = String(text.dropFirst("uniform:".count))
        do throws(QuantityError) {
            let parsed = try Rate(parsing: rate)
            guard parsed.count > 0 else { throw QuantityError("a rate must be above zero") }
        } catch {
            throw TrafficFillError(message: "'\(rate)' is not a rate such as 5/s or 30/m: \(error.message)")
        }
        self.rate = rate
    }
}

/// A malformed `--traffic` value.
public struct TrafficFillError: Error, Sendable {
    public var message: String
}
