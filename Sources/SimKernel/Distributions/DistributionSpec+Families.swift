import CGSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DistributionSpec {
    /// Validates one family's parameters and builds its sampler and canonical form.
    /// `tables`, when given, serves and keeps the samplers of `empirical(file=...)`.
    static func build(_ r: ParameterReader, relativeTo directory: String?,
                      tables: EmpiricalTables? = nil) throws(DistributionError) -> DistributionSpec {
        typealias P = Parameter
        // Validation below calls GSL's CDF functions; they must never abort the process.
        GSLRuntime.prepare()
        let kind = r.kind
        func make(_ parameters: [P], _ sampler: Sampler) -> DistributionSpec {
            DistributionSpec(kind: kind, family: r.family, parameters: parameters, sampler: sampler)
        }
        switch r.family {
        case .constant:
            return constant(try r.quantity("value"))

        case .uniform:
            let min = try r.quantity("min"), max = try r.quantity("max")
            guard max.baseValue >= min.baseValue else {
                throw r.failure("max (\(max)) is below min (\(min)): expected min <= max")
            }
            return make([P(name: "min", value: min.description), P(name: "max", value: max.description)],
                        .uniform(min: min.baseValue, max: max.baseValue))

        case .exponential:
            let mean = try r.quantity("mean")
            try r.requirePositive("mean", mean.baseValue, shown: mean.description)
            return make([P(name: "mean", value: mean.description)], .exponential(mean: mean.baseValue))

        case .normal:
            let mean = try r.quantity("mean"), sd = try r.quantity("sd")
            try r.requirePositive("sd", sd.baseValue, shown: sd.description)
            var parameters = [P(name: "mean", value: mean.description), P(name: "sd", value: sd.description)]
            guard r.has("truncate") else {
                return make(parameters, .normal(mean: mean.baseValue, sd: sd.baseValue))
            }
            let truncate = try r.text("truncate")
            guard truncate == "zero" else {
                throw r.failure("truncate=\(truncate) is not supported: expected truncate=zero (draws conditioned on being at least zero)")
            }
            let upperMass = gsl_cdf_ugaussian_Q(-mean.baseValue / sd.baseValue)
            guard upperMass > 1e-300 else {
                throw r.failure("truncate=zero leaves no probability at or above zero: the mean is \(-mean.baseValue / sd.baseValue) sd below zero")
            }
            parameters.append(P(name: "truncate", value: "zero"))
            return make(parameters, .truncatedNormal(mean: mean.baseValue, sd: sd.baseValue, upperMass: upperMass))

        case .lognormal:
            return try lognormal(r, make: make)

        case .gamma, .weibull:
            let shape = try r.number("shape"), scale = try r.quantity("scale")
            try r.requirePositive("shape", shape, shown: DecimalFormatting.plain(shape))
            try r.requirePositive("scale", scale.baseValue, shown: scale.description)
            let parameters = [P(name: "shape", value: DecimalFormatting.plain(shape)),
                              P(name: "scale", value: scale.description)]
            return make(parameters, r.family == .gamma
                ? .gamma(shape: shape, scale: scale.baseValue)
                : .weibull(shape: shape, scale: scale.baseValue))

        case .pareto:
            let shape = try r.number("shape"), min = try r.quantity("min")
            try r.requirePositive("shape", shape, shown: DecimalFormatting.plain(shape))
            try r.requirePositive("min", min.baseValue, shown: min.description)
            return make([P(name: "shape", value: DecimalFormatting.plain(shape)), P(name: "min", value: min.description)],
                        .pareto(shape: shape, minimum: min.baseValue))

        case .empirical:
            let file = try r.text("file")
            guard !file.isEmpty else { throw r.failure("file= is empty: expected a path such as file=latency.csv") }
            let sampler = try EmpiricalFile.load(file, relativeTo: directory, kind: kind, tables: tables)
            return make([P(name: "file", value: quotedIfNeeded(file))], sampler)
        }
    }

    /// The two lognormal forms: (median, p90 or p99), or (mu, sigma, unit).
    private static func lognormal(_ r: ParameterReader,
                                  make: ([Parameter], Sampler) -> DistributionSpec) throws(DistributionError) -> DistributionSpec {
        typealias P = Parameter
        let quantileForm = r.has("median") || r.has("p90") || r.has("p99")
        let logForm = r.has("mu") || r.has("sigma") || r.has("unit")
        if quantileForm && logForm {
            throw r.failure("mixes two forms: expected either median= with p90= or p99=, or mu= and sigma= (with unit=)")
        }
        if quantileForm {
            let median = try r.quantity("median")
            try r.requirePositive("median", median.baseValue, shown: median.description)
            if r.has("p90") && r.has("p99") {
                throw r.failure("give p90= or p99=, not both: expected \(r.family.usage)")
            }
            guard r.has("p90") || r.has("p99") else {
                throw r.failure("missing parameter p90= or p99= next to median=: expected \(r.family.usage)")
            }
            let (name, p) = r.has("p90") ? ("p90", 0.90) : ("p99", 0.99)
            let upper = try r.quantity(name)
            guard upper.baseValue > median.baseValue else {
                throw r.failure("\(name) (\(upper)) must be above the median (\(median))")
            }
            let mu = log(median.baseValue)
            let sigma = (log(upper.baseValue) - mu) / gsl_cdf_ugaussian_Pinv(p)
            return make([P(name: "median", value: median.description), P(name: name, value: upper.description)],
                        .lognormal(mu: mu, sigma: sigma))
        }
        let mu = try r.number("mu"), sigma = try r.number("sigma")
        try r.requirePositive("sigma", sigma, shown: DecimalFormatting.plain(sigma))
        var parameters = [P(name: "mu", value: DecimalFormatting.plain(mu)), P(name: "sigma", value: DecimalFormatting.plain(sigma))]
        var baseMu = mu
        if r.kind == .number {
            if r.has("unit") { throw r.failure("unit= does not apply to plain numbers: remove it") }
        } else {
            guard r.has("unit") else {
                throw r.failure("mu= is the logarithm of \(r.kind.phrase), which means nothing without its unit: add unit=, e.g. lognormal(mu=1.386, sigma=0.5, unit=\(r.kind.exampleUnit)), or write lognormal(median=, p99=)")
            }
            let symbol = try r.text("unit")
            guard let unit = QuantityUnit.named(symbol), unit.kind == r.kind else {
                throw r.failure("unit=\(symbol) is not a unit of \(r.kind.phrase): expected one of \(r.kind.unitSymbols.joined(separator: ", "))")
            }
            // log(x in base units) = log(x in unit) + log(base units per unit).
            let basePerUnit = r.kind == .rate ? 1 / Double(unit.factor) : Double(unit.factor)
            baseMu += log(basePerUnit)
            parameters.append(P(name: "unit", value: unit.symbol))
        }
        return make(parameters, .lognormal(mu: baseMu, sigma: sigma))
    }
}
