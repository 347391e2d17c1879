/// The distribution families vpcsim knows, by the name written in a scenario.
public enum DistributionFamily: String, Sendable, Hashable, CaseIterable {
    case constant, uniform, exponential, normal, lognormal, gamma, weibull, pareto, empirical

    /// The parameter names the family accepts, in canonical order.
    public var parameterNames: [String] {
        switch self {
        case .constant: return ["value"]
        case .uniform: return ["min", "max"]
        case .exponential: return ["mean"]
        case .normal: return ["mean", "sd", "truncate"]
        case .lognormal: return ["mu", "sigma", "unit", "median", "p90", "p99"]
        case .gamma, .weibull: return ["shape", "scale"]
        case .pareto: return ["shape", "min"]
        case .empirical: return ["file"]
        }
    }

    /// How the family is written, for messages: `normal(mean=, sd=[, truncate=zero])`.
    public var usage: String {
        switch self {
        case .constant: return "constant(value=)"
        case .uniform: return "uniform(min=, max=)"
        case .exponential: return "exponential(mean=)"
        case .normal: return "normal(mean=, sd=) or normal(mean=, sd=, truncate=zero)"
        case .lognormal:
            return "lognormal(median=, p90=), lognormal(median=, p99=) or lognormal(mu=, sigma=, unit=)"
        case .gamma: return "gamma(shape=, scale=)"
        case .weibull: return "weibull(shape=, scale=)"
        case .pareto: return "pareto(shape=, min=)"
        case .empirical: return "empirical(file=)"
        }
    }

    /// All names, for "expected one of ..." messages.
    static var namesList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
