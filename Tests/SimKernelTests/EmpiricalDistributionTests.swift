import Testing
@testable import SimKernel

/// `empirical(file=...)`: both file layouts, sampling against hand-computed moments, and
/// every error with its file and line.
@Suite struct EmpiricalDistributionTests {
    typealias C = StatisticalChecks
    let ms = 1e6

    @Test func samplesFileWithUnitsPicksEachValueUniformly() throws {
        let dir = TemporaryDirectory()
        dir.write("samples.txt", "# observed service times\n\n" + (1...10).map { "\($0)ms" }.joined(separator: "\n") + "\n")
        let d = try DistributionSpec.parse("empirical(file=samples.txt)", kind: .duration, relativeTo: dir.path)
        #expect(d.description == "empirical(file=samples.txt)")
        #expect(try DistributionSpec.parse(d.description, kind: .duration, relativeTo: dir.path) == d)
        // A uniform pick among 1..10 ms: mean 5.5 ms, population variance (10^2 - 1) / 12 ms^2.
        C.expectClose(d.mean, 5.5 * ms)
        C.expectClose(d.variance, 99.0 / 12 * ms * ms)
        #expect(d.quantile(0.3) == 3 * ms)
        #expect(d.quantile(0.31) == 4 * ms)
        let n = 100_000
        let draws = C.draws(d, n: n, purpose: "empirical-samples")
        C.expectMean(draws, mean: 5.5 * ms, sd: (99.0 / 12).squareRoot() * ms)
        // Each value appears n/10 times, within 5 binomial standard deviations.
        let sd = (Double(n) * 0.1 * 0.9).squareRoot()
        for k in 1...10 {
            let count = draws.filter { $0 == Double(k) * ms }.count
            #expect(abs(Double(count) - Double(n) / 10) <= 5 * sd, "value \(k)ms drawn \(count) times")
        }
        #expect(draws.allSatisfy { $0 == ($0 / ms).rounded() * ms && $0 >= ms && $0 <= 10 * ms })
    }

    @Test func samplesFileOfPlainNumbersUnderAUnitHeader() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("plain.txt", "# unit: ms\n2   # first\n\n4\n  6  \r\n8us\n")
        // An absolute path needs no directory; a value with its own unit keeps it.
        let d = try DistributionSpec.parse("empirical(file=\(path))", kind: .duration)
        C.expectClose(d.mean, (2 * ms + 4 * ms + 6 * ms + 8_000) / 4)
        #expect(d.quantile(0.01) == 8_000)
    }

    @Test func quantileTableInterpolatesTheInverseCDF() throws {
        let dir = TemporaryDirectory()
        dir.write("q.csv", "p,value\n0,0ms\n0.5,10ms\n1,30ms\n")
        let d = try DistributionSpec.parse("empirical(file=q.csv)", kind: .duration, relativeTo: dir.path)
        // Uniform on [0, 10] ms with mass 1/2, then on [10, 30] ms with mass 1/2.
        let mean = 0.5 * 5 + 0.5 * 20
        let secondMoment = 0.5 * 100.0 / 3 + 0.5 * (100.0 + 300 + 900) / 3
        C.expectClose(d.mean, mean * ms)
        C.expectClose(d.variance, (secondMoment - mean * mean) * ms * ms)
        C.expectClose(d.quantile(0.25), 5 * ms)
        C.expectClose(d.quantile(0.75), 20 * ms)
        C.expectClose(d.quantile(1), 30 * ms)
        let draws = C.draws(d, n: 100_000, purpose: "empirical-quantiles")
        C.expectMean(draws, mean: mean * ms, sd: (secondMoment - mean * mean).squareRoot() * ms)
        for (x, p) in [(5.0, 0.25), (10.0, 0.5), (20.0, 0.75), (27.0, 0.925)] {
            C.expectCDF(draws, at: x * ms, is: p)
        }
    }

    @Test func quantileTableStartingAboveZeroPutsTheFirstShareOnTheFirstValue() throws {
        let dir = TemporaryDirectory()
        dir.write("q.csv", "# unit: ms\n p , value \n0.2, 5\n1, 15\n")
        let d = try DistributionSpec.parse("empirical(file=q.csv)", kind: .duration, relativeTo: dir.path)
        C.expectClose(d.mean, (0.2 * 5 + 0.8 * 10) * ms)
        let draws = C.draws(d, n: 100_000, purpose: "empirical-atom")
        C.expectCDF(draws, at: 5 * ms, is: 0.2)
        C.expectCDF(draws, at: 10 * ms, is: 0.6)
        #expect(draws.allSatisfy { $0 >= 5 * ms && $0 <= 15 * ms })
    }

    @Test func quotedPathWithSpacesRoundTrips() throws {
        let dir = TemporaryDirectory()
        dir.write("my data.txt", "1KiB\n3KiB\n")
        let d = try DistributionSpec.parse("empirical(file=\"my data.txt\")", kind: .size, relativeTo: dir.path)
        #expect(d.description == "empirical(file=\"my data.txt\")")
        #expect(try DistributionSpec.parse(d.description, kind: .size, relativeTo: dir.path) == d)
        C.expectClose(d.mean, 2048)
    }

    @Test(arguments: [
        ("bad.txt", "1ms\n2ms\nfast\n", "empirical: bad.txt line 3: \"fast\" has no number: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("bad.txt", "1ms\n2KiB\n", "empirical: bad.txt line 2: \"2KiB\" is a size, not a duration: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("bad.txt", "# header\n5\n", "empirical: bad.txt line 2: \"5\" has no unit: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d) (or put a \"# unit: ms\" line before the values)"),
        ("bad.txt", "1ms\n# unit: ms\n2\n", "empirical: bad.txt line 2: the \"# unit:\" line must come before the first value"),
        ("bad.txt", "# unit: KiB\n2\n", "empirical: bad.txt line 1: \"KiB\" is not a unit of a duration: expected one of ns, us, ms, s, m, h, d"),
        ("bad.txt", "# nothing here\n\n", "empirical: bad.txt has no values: expected one value per line, or a p,value table"),
        ("bad.txt", "-1ms\n", "empirical: bad.txt line 1: \"-1ms\" is negative: expected a duration of zero or more, such as 250ms"),
        ("q.csv", "p,value\n0.5,1ms\n0.5,2ms\n1,3ms\n", "empirical: q.csv line 3: p=0.5 does not increase (previous row has p=0.5)"),
        ("q.csv", "p,value\n0.5,2ms\n1,1ms\n", "empirical: q.csv line 3: value 1ms is below the previous row's: quantiles never decrease"),
        ("q.csv", "p,value\n0.5,2ms\n0.9,3ms\n", "empirical: q.csv: the last row has p=0.9: expected the table to end at p=1, so that it covers every draw"),
        ("q.csv", "p,value\n1.5,2ms\n", "empirical: q.csv line 2: p=1.5 is outside [0, 1]"),
        ("q.csv", "p,value\n0.5;2ms\n", "empirical: q.csv line 2: \"0.5;2ms\" is not a row p,value: expected two fields such as 0.5,4ms"),
        ("q.csv", "p,value\nhalf,2ms\n", "empirical: q.csv line 2: p: \"half\" has no number: expected a plain number such as 0.25 (no unit)"),
        ("q.csv", "p,value\n", "empirical: q.csv: the table has a p,value header but no rows"),
    ] as [(String, String, String)])
    func badFileSaysWhereAndWhat(name: String, contents: String, message: String) {
        let dir = TemporaryDirectory()
        dir.write(name, contents)
        #expect(throws: DistributionError(message)) {
            _ = try DistributionSpec.parse("empirical(file=\(name))", kind: .duration, relativeTo: dir.path)
        }
    }

    @Test func missingFileIsAnError() {
        let dir = TemporaryDirectory()
        #expect(throws: DistributionError("empirical: cannot read file \"none.csv\" (\(dir.path)/none.csv): No such file or directory")) {
            _ = try DistributionSpec.parse("empirical(file=none.csv)", kind: .duration, relativeTo: dir.path)
        }
        #expect(throws: DistributionError("empirical: file= is empty: expected a path such as file=latency.csv")) {
            _ = try DistributionSpec.parse("empirical(file=\"\")", kind: .duration, relativeTo: dir.path)
        }
    }
}
