import CGSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The validated parameters of one distribution, in base units, ready to draw from.
///
/// This is the simulator's hot path: one `switch` over stored doubles and one GSL call per
/// draw, with no allocation, no existential and no lookup.
@usableFromInline
enum Sampler: Hashable, Sendable {
    case constant(Double)
    case uniform(min: Double, max: Double)
    /// GSL's exponential takes the mean, not the rate.
    case exponential(mean: Double)
    case normal(mean: Double, sd: Double)
    /// A normal conditioned on being at least zero. `upperMass` = P(X >= 0) of the untruncated
    /// normal, kept so a draw needs no CDF evaluation of the bound.
    case truncatedNormal(mean: Double, sd: Double, upperMass: Double)
    /// `mu` and `sigma` of the logarithm of the value in base units.
    case lognormal(mu: Double, sigma: Double)
    case gamma(shape: Double, scale: Double)
    case weibull(shape: Double, scale: Double)
    case pareto(shape: Double, minimum: Double)
    case empiricalSamples(EmpiricalSamples)
    case empiricalQuantiles(EmpiricalQuantiles)

    /// One draw from a borrowed generator: the families that take one uniform draw it
    /// straight from the state, the others hand GSL a record on the stack.
    @inlinable @inline(__always)
    func sample(_ generator: RandomGenerator) -> Double {
        switch self {
        case .uniform(let min, let max):
            // gsl_ran_flat's own arithmetic (GSL 2.7, randist/flat.c) on the same uniform.
            let u = generator.uniform()
            return min * (1 - u) + max * u
        case .exponential(let mean):
            return ExponentialDraw.sample(uniform: generator.uniform(), mean: mean)
        case .empiricalQuantiles(let table):
            return table.value(at: generator.uniform())
        default:
            return generator.withPointer { sample($0) }
        }
    }

    /// One draw. GSL argument orders differ between families and are spelled out here.
    @inlinable @inline(__always)
    func sample(_ r: UnsafeMutablePointer<gsl_rng>) -> Double {
        switch self {
        case .constant(let value):
            return value
        case .uniform(let min, let max):
            return gsl_ran_flat(r, min, max)
        case .exponential(let mean):
            return ExponentialDraw.sample(r, mean: mean)
        case .normal(let mean, let sd):
            return mean + gsl_ran_gaussian_ziggurat(r, sd)
        case .truncatedNormal(let mean, let sd, let upperMass):
            if upperMass >= 0.5 {
                // Rejection: at most two tries on average, and exact.
                while true {
                    let x = mean + gsl_ran_gaussian_ziggurat(r, sd)
                    if x >= 0 { return x }
                }
            }
            // Most of the mass is below zero: invert the upper tail instead of rejecting.
            let x = mean + sd * gsl_cdf_ugaussian_Qinv(gsl_rng_uniform_pos(r) * upperMass)
            return x >= 0 ? x : 0
        case .lognormal(let mu, let sigma):
            return exp(mu + gsl_ran_gaussian_ziggurat(r, sigma))
        case .gamma(let shape, let scale):
            return gsl_ran_gamma(r, shape, scale)
        case .weibull(let shape, let scale):
            // gsl_ran_weibull(r, a = scale, b = shape)
            return gsl_ran_weibull(r, scale, shape)
        case .pareto(let shape, let minimum):
            // gsl_ran_pareto(r, a = shape, b = minimum)
            return gsl_ran_pareto(r, shape, minimum)
        case .empiricalSamples(let samples):
            return samples.values[Int(gsl_rng_uniform_int(r, UInt(samples.values.count)))]
        case .empiricalQuantiles(let table):
            return table.value(at: gsl_rng_uniform(r))
        }
    }
}
