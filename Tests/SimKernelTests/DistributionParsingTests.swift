import Testing
@testable import SimKernel

/// The text form of distributions: canonical printing, round trips and every error.
@Suite struct DistributionParsingTests {
    @Test(arguments: [
        ("5ms", "5ms"), ("constant(value=5000us)", "5ms"), (" uniform( min = 0.05ms , max=0.3ms ) ", "uniform(min=50us, max=300us)"),
        ("exponential(mean=2d)", "exponential(mean=2d)"), ("normal(mean=10ms, sd=2ms)", "normal(mean=10ms, sd=2ms)"),
        ("normal(sd=2ms, truncate=zero, mean=10ms)", "normal(mean=10ms, sd=2ms, truncate=zero)"),
        ("lognormal(p99=30ms, median=4ms)", "lognormal(median=4ms, p99=30ms)"),
        ("lognormal(median=78ms, p90=83ms)", "lognormal(median=78ms, p90=83ms)"),
        ("lognormal(mu=1.386, sigma=0.5, unit=ms)", "lognormal(mu=1.386, sigma=0.5, unit=ms)"),
        ("gamma(shape=2.50, scale=3ms)", "gamma(shape=2.5, scale=3ms)"), ("weibull(shape=1.5, scale=3ms)", "weibull(shape=1.5, scale=3ms)"),
        ("pareto(shape=3, min=1ms)", "pareto(shape=3, min=1ms)"), ("uniform(min=0ms, max=0ms)", "uniform(min=0s, max=0s)"),
    ] as [(String, String)])
    func durationPrintsCanonicallyAndRoundTrips(text: String, canonical: String) throws {
        let d = try DistributionSpec.parse(text, kind: .duration)
        #expect(d.description == canonical)
        #expect(try DistributionSpec.parse(d.description, kind: .duration) == d)
    }

    @Test func otherKindsRoundTrip() throws {
        for (text, kind) in [("lognormal(median=2KiB, p99=64KiB)", QuantityKind.size), ("uniform(min=1/s, max=100/m)", .rate),
                             ("normal(mean=-1.5, sd=0.25)", .number), ("lognormal(mu=-2, sigma=1)", .number), ("0.25", .number)] {
            let d = try DistributionSpec.parse(text, kind: kind)
            #expect(d.description == text)
            #expect(try DistributionSpec.parse(d.description, kind: kind) == d)
            #expect(d.kind == kind)
        }
    }

    @Test func mapFormEntryPointMatchesTheTextForm() throws {
        let fromPairs = try DistributionSpec.parse(name: "lognormal", parameters: [("median", "4ms"), ("p99", "30ms")], kind: .duration)
        #expect(fromPairs == (try DistributionSpec.parse("lognormal(median=4ms, p99=30ms)", kind: .duration)))
        #expect(fromPairs.family == .lognormal)
        #expect(fromPairs.parameters == [.init(name: "median", value: "4ms"), .init(name: "p99", value: "30ms")])
        #expect(DistributionSpec.constant(.duration(SimTime(nanoseconds: 5_000_000))) == (try DistributionSpec.parse("5ms", kind: .duration)))
    }

    static let durationUnits = "a duration such as 250ms (units: ns, us, ms, s, m, h, d)"

    @Test(arguments: [
        ("lognorm(median=4ms, p99=30ms)", "unknown distribution \"lognorm\": expected one of constant, uniform, exponential, normal, lognormal, gamma, weibull, pareto, empirical"),
        ("fast", "unknown distribution \"fast\": expected one of constant, uniform, exponential, normal, lognormal, gamma, weibull, pareto, empirical"),
        ("exponential", "exponential needs its parameters: expected exponential(mean=)"),
        ("exponential(rate=5/s)", "exponential: unknown parameter \"rate\": expected exponential(mean=)"),
        ("uniform(min=1ms)", "uniform: missing parameter max=: expected uniform(min=, max=)"),
        ("uniform(min=1ms, min=2ms, max=3ms)", "uniform: parameter min= is given twice"),
        ("uniform(min=2ms, max=1ms)", "uniform: max (1ms) is below min (2ms): expected min <= max"),
        ("exponential(mean=5)", "exponential: parameter mean: \"5\" has no unit: expected \(durationUnits)"),
        ("exponential(mean=5KiB)", "exponential: parameter mean: \"5KiB\" is a size, not a duration: expected \(durationUnits)"),
        ("exponential(mean=0s)", "exponential: mean must be above zero, got 0s"),
        ("exponential(mean=-1s)", "exponential: parameter mean: \"-1s\" is negative: expected a duration of zero or more, such as 250ms"),
        ("normal(mean=1ms, sd=0ms)", "normal: sd must be above zero, got 0s"),
        ("normal(mean=1ms, sd=1ms, truncate=one)", "normal: truncate=one is not supported: expected truncate=zero (draws conditioned on being at least zero)"),
        ("lognormal(median=4ms, p99=3ms)", "lognormal: p99 (3ms) must be above the median (4ms)"),
        ("lognormal(median=4ms, p90=4ms)", "lognormal: p90 (4ms) must be above the median (4ms)"),
        ("lognormal(median=0ms, p99=3ms)", "lognormal: median must be above zero, got 0s"),
        ("lognormal(median=4ms)", "lognormal: missing parameter p90= or p99= next to median=: expected lognormal(median=, p90=), lognormal(median=, p99=) or lognormal(mu=, sigma=, unit=)"),
        ("lognormal(median=4ms, p90=5ms, p99=30ms)", "lognormal: give p90= or p99=, not both: expected lognormal(median=, p90=), lognormal(median=, p99=) or lognormal(mu=, sigma=, unit=)"),
        ("lognormal(median=4ms, sigma=0.5)", "lognormal: mixes two forms: expected either median= with p90= or p99=, or mu= and sigma= (with unit=)"),
        ("lognormal(mu=1.386, sigma=0.5)", "lognormal: mu= is the logarithm of a duration, which means nothing without its unit: add unit=, e.g. lognormal(mu=1.386, sigma=0.5, unit=ms), or write lognormal(median=, p99=)"),
        ("lognormal(mu=1.386, sigma=0.5, unit=KiB)", "lognormal: unit=KiB is not a unit of a duration: expected one of ns, us, ms, s, m, h, d"),
        ("lognormal(mu=1.386, sigma=0, unit=ms)", "lognormal: sigma must be above zero, got 0"),
        ("lognormal(mu=1.386ms, sigma=0.5, unit=ms)", "lognormal: parameter mu: \"1.386ms\" is a duration, not a plain number: expected a plain number such as 0.25 (no unit)"),
        ("gamma(shape=0, scale=1ms)", "gamma: shape must be above zero, got 0"),
        ("gamma(shape=-2, scale=1ms)", "gamma: shape must be above zero, got -2"),
        ("gamma(shape=2, scale=0ms)", "gamma: scale must be above zero, got 0s"),
        ("weibull(shape=0, scale=1ms)", "weibull: shape must be above zero, got 0"),
        ("weibull(shape=1, scale=2)", "weibull: parameter scale: \"2\" has no unit: expected \(durationUnits)"),
        ("pareto(shape=0, min=1ms)", "pareto: shape must be above zero, got 0"),
        ("pareto(shape=2, min=0ms)", "pareto: min must be above zero, got 0s"),
        ("5", "\"5\" has no unit: expected \(durationUnits), or a distribution written name(param=value, ...)"),
        ("5sec", "\"5sec\" has unknown unit \"sec\": expected \(durationUnits), or a distribution written name(param=value, ...)"),
        ("", "empty distribution: expected a distribution such as lognormal(median=4ms, p99=30ms) or a bare quantity such as 250ms"),
        ("uniform(min=1ms, max=2ms", "\"uniform(min=1ms, max=2ms\" does not end with \")\": expected a distribution such as lognormal(median=4ms, p99=30ms) or a bare quantity such as 250ms"),
        ("uniform(min=1ms,, max=2ms)", "\"uniform(min=1ms,, max=2ms)\" has an empty parameter between commas"),
        ("uniform(1ms, 2ms)", "\"1ms\" in \"uniform(1ms, 2ms)\" is not of the form param=value: expected uniform(min=, max=)"),
        ("constant()", "constant: missing parameter value=: expected constant(value=)"),
        ("empirical(file=\"a.csv)", "\"empirical(file=\"a.csv)\" has an unclosed quote"),
    ] as [(String, String)])
    func badDistributionSaysWhatWasExpected(text: String, message: String) {
        #expect(throws: DistributionError(message)) { _ = try DistributionSpec.parse(text, kind: .duration) }
    }

    @Test func badParametersOfOtherKinds() {
        #expect(throws: DistributionError("lognormal: unit= does not apply to plain numbers: remove it")) {
            _ = try DistributionSpec.parse("lognormal(mu=1, sigma=1, unit=ms)", kind: .number)
        }
        #expect(throws: DistributionError("lognormal: mu= is the logarithm of a size, which means nothing without its unit: add unit=, e.g. lognormal(mu=1.386, sigma=0.5, unit=KiB), or write lognormal(median=, p99=)")) {
            _ = try DistributionSpec.parse("lognormal(mu=1, sigma=1)", kind: .size)
        }
        #expect(throws: DistributionError("normal: truncate=zero leaves no probability at or above zero: the mean is 100.0 sd below zero")) {
            _ = try DistributionSpec.parse("normal(mean=-100, sd=1, truncate=zero)", kind: .number)
        }
        #expect(throws: DistributionError("exponential: mean must be above zero, got -1")) {
            _ = try DistributionSpec.parse("exponential(mean=-1)", kind: .number)
        }
    }
}
