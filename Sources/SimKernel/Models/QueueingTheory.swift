import Foundation

/// Closed-form results of queueing theory that the simulator is validated against.
/// Times are in the same unit as the mean service time given.
public enum QueueingTheory {
    /// Erlang's C formula: the probability that an arrival to an M/M/c queue waits.
    /// `offeredLoad` a = λ/μ (in Erlangs), which must be below `servers`.
    public static func erlangC(servers c: Int, offeredLoad a: Double) -> Double {
        precondition(c >= 1 && a >= 0 && a < Double(c), "Erlang C needs 0 ≤ a < c")
        // Sum a^k/k! iteratively to stay stable for large c.
        var term = 1.0
        var sum = 1.0
        for k in 1..<c {
            term *= a / Double(k)
            sum += term
        }
        let top = term * a / Double(c) * Double(c) / (Double(c) - a)   // a^c/c! · c/(c−a)
        return top / (sum + top)
    }

    /// M/M/c mean wait in queue: C(c, a) / (cμ − λ).
    public static func mmcMeanWait(servers c: Int, arrivalRate lambda: Double, meanService: Double) -> Double {
        let mu = 1 / meanService
        return erlangC(servers: c, offeredLoad: lambda / mu) / (Double(c) * mu - lambda)
    }

    /// M/M/1 mean wait in queue: ρ / (μ − λ).
    public static func mm1MeanWait(arrivalRate lambda: Double, meanService: Double) -> Double {
        let mu = 1 / meanService
        return (lambda / mu) / (mu - lambda)
    }

    /// M/M/1 mean number in system: ρ / (1 − ρ).
    public static func mm1MeanInSystem(utilisation rho: Double) -> Double { rho / (1 - rho) }

    /// Pollaczek–Khinchine mean wait of an M/G/1 queue: λ E[S²] / (2(1 − ρ)).
    /// For M/D/1 with service time d, E[S²] = d².
    public static func mg1MeanWait(arrivalRate lambda: Double, meanService: Double,
                                   serviceSecondMoment: Double) -> Double {
        let rho = lambda * meanService
        return lambda * serviceSecondMoment / (2 * (1 - rho))
    }
}
