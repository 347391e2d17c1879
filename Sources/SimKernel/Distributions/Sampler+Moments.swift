import CGSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Sampler {
    /// The mean in closed form, or nil when it is infinite (Pareto with shape <= 1).
    var mean: Double? {
        let m: Double
        switch self {
        case .constant(let value): m = value
        case .uniform(let min, let max): m = (min + max) / 2
        case .exponential(let mean): m = mean
        case .normal(let mean, _): m = mean
        case .truncatedNormal(let mean, let sd, let upperMass):
            // E[X | X >= 0] = mean + sd * phi(alpha) / Q(alpha), alpha = -mean / sd.
            m = mean + sd * gsl_ran_ugaussian_pdf(-mean / sd) / upperMass
        case .lognormal(let mu, let sigma): m = exp(mu + sigma * sigma / 2)
        case .gamma(let shape, let scale): m = shape * scale
        case .weibull(let shape, let scale): m = scale * tgamma(1 + 1 / shape)
        case .pareto(let shape, let minimum):
            guard shape > 1 else { return nil }
            m = shape * minimum / (shape - 1)
        case .empiricalSamples(let samples): m = samples.mean
        case .empiricalQuantiles(let table): m = table.mean
        }
        return m.isFinite ? m : nil
    }

    /// The variance in closed form, or nil when it is infinite (Pareto with shape <= 2).
    var variance: Double? {
        let v: Double
        switch self {
        case .constant: v = 0
        case .uniform(let min, let max): v = (max - min) * (max - min) / 12
        case .exponential(let mean): v = mean * mean
        case .normal(_, let sd): v = sd * sd
        case .truncatedNormal(let mean, let sd, let upperMass):
            let alpha = -mean / sd
            let lambda = gsl_ran_ugaussian_pdf(alpha) / upperMass
            v = sd * sd * (1 + alpha * lambda - lambda * lambda)
        case .lognormal(let mu, let sigma):
            v = expm1(sigma * sigma) * exp(2 * mu + sigma * sigma)
        case .gamma(let shape, let scale): v = shape * scale * scale
        case .weibull(let shape, let scale):
            let g1 = tgamma(1 + 1 / shape)
            v = scale * scale * (tgamma(1 + 2 / shape) - g1 * g1)
        case .pareto(let shape, let minimum):
            guard shape > 2 else { return nil }
            v = minimum * minimum * shape / ((shape - 1) * (shape - 1) * (shape - 2))
        case .empiricalSamples(let samples): v = samples.variance
        case .empiricalQuantiles(let table): v = table.variance
        }
        return v.isFinite ? v : nil
    }

    /// The p-quantile in closed form; `p` is clamped to [0, 1], so 0 and 1 give the ends of
    /// the support (possibly infinite).
    func quantile(_ p: Double) -> Double {
        if p.isNaN { return .nan }
        let p = Swift.min(Swift.max(p, 0), 1)
        switch self {
        case .constant(let value):
            return value
        case .uniform(let min, let max):
            return min + p * (max - min)
        case .exponential(let mean):
            return p == 1 ? .infinity : -mean * log1p(-p)
        case .normal(let mean, let sd):
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return mean + sd * gsl_cdf_ugaussian_Pinv(p)
        case .truncatedNormal(let mean, let sd, let upperMass):
            if p == 0 { return 0 }
            if p == 1 { return .infinity }
            // P(X > x | X >= 0) = 1 - p  <=>  Q((x - mean) / sd) = (1 - p) * P(X >= 0).
            return Swift.max(0, mean + sd * gsl_cdf_ugaussian_Qinv((1 - p) * upperMass))
        case .lognormal(let mu, let sigma):
            if p == 0 { return 0 }
            if p == 1 { return .infinity }
            return exp(mu + sigma * gsl_cdf_ugaussian_Pinv(p))
        case .gamma(let shape, let scale):
            if p == 0 { return 0 }
            if p == 1 { return .infinity }
            return gsl_cdf_gamma_Pinv(p, shape, scale)
        case .weibull(let shape, let scale):
            return p == 1 ? .infinity : scale * pow(-log1p(-p), 1 / shape)
        case .pareto(let shape, let minimum):
            return p == 1 ? .infinity : minimum * pow(1 - p, -1 / shape)
        case .empiricalSamples(let samples):
            return samples.quantile(p)
        case .empiricalQuantiles(let table):
            return table.value(at: p)
        }
    }
}
