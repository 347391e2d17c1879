import SimKernel

/// The increment distributions of the classic hold model (Jones, 1986; Rönngren and
/// Ayani, 1997), each with mean 1 time unit. They stress a queue differently: exponential
/// is the textbook case, uniform has no tail, bimodal mixes near-future and far-future
/// events (the case that breaks calendar queues whose bucket width is tuned to the head).
public enum HoldIncrement: String, CaseIterable, Sendable {
    case exponential
    case uniform
    case bimodal

    /// One increment in units of the mean.
    public func draw(_ stream: RandomStream) -> Double {
        switch self {
        case .exponential:
            return stream.exponential(mean: 1)
        case .uniform:
            return 2 * stream.uniform()
        case .bimodal:
            // 90 % U(0, 0.2) and 10 % U(0, 18.2): mean 0.9·0.1 + 0.1·9.1 = 1.
            return stream.bernoulli(0.9) ? 0.2 * stream.uniform() : 18.2 * stream.uniform()
        }
    }
}
