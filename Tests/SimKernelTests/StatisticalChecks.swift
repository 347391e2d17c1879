import Testing
@testable import SimKernel
#if canImport(Glibc)
import Glibc
#endif

/// Shared helpers for tests that compare draws with theory. Tolerances come from the
/// sample size: a mean within 5 standard errors, an empirical CDF within 5 binomial
/// standard deviations. With fixed seeds the tests are deterministic, and a correct
/// sampler fails one of these checks with probability below 1e-6.
enum StatisticalChecks {
    /// `n` draws of `spec` from a stream named after the test.
    static func draws(_ spec: DistributionSpec, n: Int, purpose: String, seed: UInt64 = 20_240_601) -> [Double] {
        let stream = RandomStream(runSeed: seed, purpose: purpose)
        var result: [Double] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(spec.sample(stream)) }
        return result
    }

    /// The sample mean is within 5 standard errors (theoretical `sd / sqrt(n)`) of `mean`.
    static func expectMean(_ draws: [Double], mean: Double, sd: Double,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let sampleMean = draws.reduce(0, +) / Double(draws.count)
        let tolerance = 5 * sd / Double(draws.count).squareRoot()
        #expect(abs(sampleMean - mean) <= tolerance,
                "sample mean \(sampleMean) vs \(mean) ± \(tolerance)", sourceLocation: sourceLocation)
    }

    /// The share of draws at or below `x` is within 5 sqrt(p(1-p)/n) of `p`.
    static func expectCDF(_ draws: [Double], at x: Double, is p: Double,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        let share = Double(draws.lazy.filter { $0 <= x }.count) / Double(draws.count)
        let tolerance = 5 * (p * (1 - p) / Double(draws.count)).squareRoot()
        #expect(abs(share - p) <= tolerance,
                "F(\(x)) = \(share) vs \(p) ± \(tolerance)", sourceLocation: sourceLocation)
    }

    /// `a` and `b` agree to a relative `tolerance`.
    static func expectClose(_ a: Double?, _ b: Double, relative tolerance: Double = 1e-9,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        guard let a else {
            Issue.record("expected \(b), got nil", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(a - b) <= tolerance * max(abs(b), 1e-300), "\(a) vs \(b)", sourceLocation: sourceLocation)
    }

    /// The standard normal CDF, from libm's erfc (independent of GSL).
    static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }
    /// The standard normal density.
    static func normalPDF(_ z: Double) -> Double { exp(-z * z / 2) / (2 * Double.pi).squareRoot() }
}

/// A fresh directory under /tmp for files a test writes; removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/vpcsim-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = made.map { String(cString: $0) } ?? "/tmp"
    }

    /// Writes `contents` to `name` inside the directory and returns the full path.
    @discardableResult
    func write(_ name: String, _ contents: String) -> String {
        let full = path + "/" + name
        if let file = fopen(full, "wb") {
            fputs(contents, file)
            fclose(file)
        }
        return full
    }

    deinit {
        if let dir = opendir(path) {
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name != "." && name != ".." { unlink(path + "/" + name) }
            }
            closedir(dir)
        }
        rmdir(path)
    }
}
