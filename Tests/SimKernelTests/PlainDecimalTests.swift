import Testing
@testable import SimKernel

/// The fast path of empirical tables reads a plain number exactly as the full quantity
/// parser does, and leaves everything else to it.
@Suite struct PlainDecimalTests {
    static let accepted = ["0", "7", "0.5", "70.164000", "72.318014", "120.148530", "1.000", "0.0005",
                           "0.000976562", "007.50", "1234567890.123456789", "9223372036.854775807", "10.0100"]
    static let refused = ["", ".5", "5.", "1.2.3", "-1", "+1", "1e3", " 5", "5 ", "1_000", "5ms", "0x10",
                          "99999999999999999999", "1.23456789012345678901"]

    @Test(arguments: accepted)
    func aPlainNumberIsTheFullParsersDecimal(_ text: String) throws {
        let plain = try #require(ExactDecimal(plain: text[...]))
        #expect(plain == (try QuantityLiteral(text, kind: .number)).decimal)
        // As a duration in ms: the same whole nanoseconds as SimTime(parsing:), or the same refusal.
        let full = try? SimTime(parsing: text + "ms")
        if case .value(let ns) = plain.scaled(by: 1_000_000) {
            #expect(full?.nanoseconds == ns)
        } else {
            #expect(full == nil)
        }
    }

    @Test(arguments: refused)
    func anythingElseIsLeftToTheFullParser(_ text: String) {
        #expect(ExactDecimal(plain: text[...]) == nil)
    }

    /// A table read through the fast path equals the same table written with units on every
    /// value, which the fast path never takes.
    @Test func aTableUnderAUnitHeaderReadsAsWithExplicitUnits() throws {
        let dir = TemporaryDirectory()
        let rows = [("0", "70.164000"), ("0.0005", "72.318014"), ("0.5", "80.5"), ("0.999999", "120.148530"), ("1", "129.666663")]
        dir.write("plain.csv", "# unit: ms\np,value\n" + rows.map { "\($0.0),\($0.1)" }.joined(separator: "\n") + "\n")
        dir.write("units.csv", "p,value\n" + rows.map { " \($0.0) , \($0.1)ms" }.joined(separator: "\n") + "\n")
        let plain = try DistributionSpec.parse("empirical(file=plain.csv)", kind: .duration, relativeTo: dir.path)
        let units = try DistributionSpec.parse("empirical(file=units.csv)", kind: .duration, relativeTo: dir.path)
        #expect(plain.sampler == units.sampler)
        #expect(plain.quantile(0.5) == 80_500_000)
    }
}
