import Testing
@testable import SimKernel

/// Parsing and printing of durations, sizes, rates and plain numbers.
@Suite struct QuantityTests {
    // MARK: Durations

    @Test(arguments: [
        ("1ns", Int64(1)), ("250ms", 250_000_000), ("1.5ms", 1_500_000), ("0.25s", 250_000_000),
        ("2d", 2 * 86_400 * 1_000_000_000), ("5 ms", 5_000_000), ("\t7us\n", 7_000),
        ("0.001us", 1), ("1.5m", 90_000_000_000), ("0.5h", 1_800_000_000_000),
        ("1.500000000000000000000s", 1_500_000_000), ("0s", 0), ("0.0ns", 0), ("000012ms", 12_000_000),
        ("3µs", 3_000), ("9223372036854775807ns", Int64.max),
        ("106751d", 106_751 * 86_400 * 1_000_000_000), ("0.000000001s", 1),
        ("1.000000001s", 1_000_000_001), ("0.1s", 100_000_000),
    ] as [(String, Int64)])
    func durationParsesExactly(text: String, nanoseconds: Int64) throws {
        #expect(try SimTime(parsing: text).nanoseconds == nanoseconds)
    }

    @Test(arguments: [
        (Int64(1_500_000), "1.5ms"), (86_400_000_000_000, "1d"), (90_000_000_000, "1.5m"),
        (100_000_000_000, "100s"), (0, "0s"), (1, "1ns"), (999, "999ns"), (1_000, "1us"),
        (1_234_567_000, "1234.567ms"), (1_234_567_800, "1234567.8us"), (45 * 60_000_000_000, "45m"),
        (36 * 3_600_000_000_000, "1.5d"), (12 * 3_600_000_000_000, "12h"), (-2_000_000, "-2ms"),
        (1_000_000_001, "1000000.001us"), (1_000_000_000_001, "1000000000.001us"), (250_000_000, "250ms"),
    ] as [(Int64, String)])
    func durationPrintsCanonically(nanoseconds: Int64, text: String) {
        #expect(SimTime(nanoseconds: nanoseconds).description == text)
    }

    /// Every value prints to text that parses back to the identical count of nanoseconds.
    @Test func durationRoundTripsOverManyValues() throws {
        var values: [Int64] = [0, 1, 9, 10, 999, 1_000, 1_001, 59_999_999_999, 60_000_000_000, .max, .max - 1]
        for exponent in 0...18 {
            var p: Int64 = 1
            for _ in 0..<exponent { p *= 10 }
            values += [p, p - 1, p + 1, p * 3 / 2]
        }
        for unit in QuantityUnit.all where unit.kind == .duration {
            for k: Int64 in [1, 2, 3, 7, 11, 60, 1000, 1001] { values.append(unit.factor * k) }
        }
        var x: UInt64 = 12345
        for _ in 0..<5_000 {
            x = StreamSeed.splitmix64(x)
            values.append(Int64(x >> UInt64(1 + Int(x % 63))))
        }
        for ns in values where ns >= 0 {
            let text = SimTime(nanoseconds: ns).description
            #expect(try SimTime(parsing: text).nanoseconds == ns, "\(ns) printed as \(text)")
        }
    }

    // MARK: Sizes

    @Test(arguments: [
        ("1B", Int64(1)), ("2KiB", 2_048), ("16KB", 16_000), ("1.5GB", 1_500_000_000), ("1MiB", 1_048_576),
        ("3MB", 3_000_000), ("1GiB", 1_073_741_824), ("1.5KiB", 1_536), ("512 B", 512),
        ("0.0009765625KiB", 1), ("0.00000095367431640625MiB", 1), ("0.5KB", 500),
    ] as [(String, Int64)])
    func sizeParsesExactly(text: String, bytes: Int64) throws {
        #expect(try ByteCount(parsing: text).bytes == bytes)
    }

    @Test(arguments: [
        (Int64(16_384), "16KiB"), (2_000, "2KB"), (1_536, "1.5KiB"), (1_500, "1.5KB"), (1_000_000, "1MB"),
        (1_048_576, "1MiB"), (2_500_000, "2.5MB"), (5_000_000_000, "5GB"), (100, "100B"), (0, "0B"), (1_023, "1.023KB"), (1_000_001, "1000.001KB"), (1_000_000_001, "1000000.001KB"),
    ] as [(Int64, String)])
    func sizePrintsCanonically(bytes: Int64, text: String) {
        #expect(ByteCount(bytes: bytes).description == text)
    }

    @Test func sizeRoundTripsOverManyValues() throws {
        var values: [Int64] = [0, 1, 1023, 1024, 1025, 999, 1000, .max]
        var x: UInt64 = 99
        for _ in 0..<5_000 {
            x = StreamSeed.splitmix64(x)
            values.append(Int64(x >> UInt64(1 + Int(x % 63))))
        }
        for unit in QuantityUnit.all where unit.kind == .size {
            for k: Int64 in [1, 3, 1000, 1024, 1500] { values.append(unit.factor * k) }
        }
        for bytes in values {
            let text = ByteCount(bytes: bytes).description
            #expect(try ByteCount(parsing: text).bytes == bytes, "\(bytes) printed as \(text)")
        }
    }

    // MARK: Rates and numbers

    @Test(arguments: [
        ("200/s", 200.0, Rate.Unit.perSecond, 200.0), ("5/m", 5, .perMinute, 5.0 / 60),
        ("0.5/h", 0.5, .perHour, 0.5 / 3600), ("200 /s", 200, .perSecond, 200), ("0/s", 0, .perSecond, 0),
    ] as [(String, Double, Rate.Unit, Double)])
    func rateParses(text: String, count: Double, unit: Rate.Unit, perSecond: Double) throws {
        let rate = try Rate(parsing: text)
        #expect(rate.count == count)
        #expect(rate.unit == unit)
        #expect(rate.perSecond == perSecond)
    }

    @Test(arguments: ["200/s", "5/m", "0.5/h", "0.00001/s", "9007199254740992/h", "0.1/s", "3.25/m", "0/s"])
    func ratePrintsAsWritten(text: String) throws {
        let rate = try Rate(parsing: text)
        #expect(rate.description == text)
        #expect(try Rate(parsing: rate.description) == rate)
    }

    @Test func rateMeanInterval() throws {
        #expect(try Rate(parsing: "200/s").meanInterval == SimTime(nanoseconds: 5_000_000))
        #expect(try Rate(parsing: "2/m").meanInterval == SimTime(nanoseconds: 30_000_000_000))
        #expect(try Rate(parsing: "0/s").meanInterval == nil)
        #expect(try Rate(parsing: "0.00000000000000000001/s").meanInterval == nil)
    }

    @Test func doublesPrintAsPlainDecimalsThatReadBack() {
        var x: UInt64 = 7
        var values: [Double] = [0.1, 1e-5, 1.5e20, 5, 123.456, 1e-300, 1.7976931348623157e308, -2.5, 0.3]
        for _ in 0..<2_000 {
            x = StreamSeed.splitmix64(x)
            let mantissa = Double(x >> 11) / Double(1 << 53)
            values.append(mantissa * pow10(Int(x % 40) - 20))
        }
        for value in values {
            let text = DecimalFormatting.plain(value)
            #expect(!text.contains("e"), "\(value) printed as \(text)")
            #expect(Double(text) == value, "\(value) printed as \(text)")
        }
        #expect(DecimalFormatting.plain(1e-5) == "0.00001")
        #expect(DecimalFormatting.plain(5) == "5")
        #expect(DecimalFormatting.plain(1.5e20) == "150000000000000000000")
    }

    @Test func quantityOfEveryKindRoundTrips() throws {
        for (text, kind) in [("250ms", QuantityKind.duration), ("16KiB", .size), ("200/s", .rate), ("-0.25", .number)] {
            let q = try Quantity(parsing: text, kind: kind)
            #expect(q.kind == kind)
            #expect(q.description == text)
            #expect(try Quantity(parsing: q.description, kind: kind) == q)
        }
        #expect(try Quantity(parsing: "1.5KiB", kind: .size).baseValue == 1536)
        #expect(try Quantity(parsing: "6/m", kind: .rate).baseValue == 0.1)
    }

    // MARK: Errors

    @Test(arguments: [
        ("5", .duration, "\"5\" has no unit: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("5sec", .duration, "\"5sec\" has unknown unit \"sec\": expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("5MS", .duration, "\"5MS\" has unknown unit \"MS\" (did you mean ms?): expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("2KiB", .duration, "\"2KiB\" is a size, not a duration: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("200/s", .duration, "\"200/s\" is a rate, not a duration: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("-5ms", .duration, "\"-5ms\" is negative: expected a duration of zero or more, such as 250ms"),
        ("0.5ns", .duration, "\"0.5ns\" is not a whole number of nanoseconds: simulated time counts whole nanoseconds, so write e.g. 1ns or 0.001us"),
        ("106752d", .duration, "\"106752d\" is too large: durations must be below 106752d (2^63 ns, about 292 years)"),
        ("9223372036854775808ns", .duration, "\"9223372036854775808ns\" is too large: durations must be below 106752d (2^63 ns, about 292 years)"),
        ("99999999999999999999s", .duration, "\"99999999999999999999s\" is too large: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("1.23456789012345678901s", .duration, "\"1.23456789012345678901s\" has more than 19 significant digits: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("", .duration, "empty value: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("  ", .duration, "empty value: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("ms", .duration, "\"ms\" has no number: expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        (".5s", .duration, "\".5s\" is not a number: write digits on both sides of the point (0.5, not .5 or 5.): expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("5.s", .duration, "\"5.s\" is not a number: write digits on both sides of the point (0.5, not .5 or 5.): expected a duration such as 250ms (units: ns, us, ms, s, m, h, d)"),
        ("0.3B", .size, "\"0.3B\" is not a whole number of bytes: expected a size in whole bytes such as 1.5KiB (1536 B)"),
        ("10ms", .size, "\"10ms\" is a duration, not a size: expected a size such as 16KiB (units: B, KB, KiB, MB, MiB, GB, GiB)"),
        ("16kib", .size, "\"16kib\" has unknown unit \"kib\" (did you mean KiB?): expected a size such as 16KiB (units: B, KB, KiB, MB, MiB, GB, GiB)"),
        ("9000000000GiB", .size, "\"9000000000GiB\" is too large: sizes must be at most 9223372036854775807 B"),
        ("200", .rate, "\"200\" has no unit: expected a rate such as 200/s (units: /s, /m, /h)"),
        ("200ms", .rate, "\"200ms\" is a duration, not a rate: expected a rate such as 200/s (units: /s, /m, /h)"),
        ("200/d", .rate, "\"200/d\" has unknown unit \"/d\": expected a rate such as 200/s (units: /s, /m, /h)"),
        ("-1/s", .rate, "\"-1/s\" is negative: expected a rate of zero or more, such as 200/s"),
        ("5ms", .number, "\"5ms\" is a duration, not a plain number: expected a plain number such as 0.25 (no unit)"),
        ("five", .number, "\"five\" has no number: expected a plain number such as 0.25 (no unit)"),
    ] as [(String, QuantityKind, String)])
    func badQuantitySaysWhatWasExpected(text: String, kind: QuantityKind, message: String) {
        #expect(throws: QuantityError(message)) { _ = try Quantity(parsing: text, kind: kind) }
    }

    private func pow10(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(e) { r *= 10 }
        return e < 0 ? 1 / r : r
    }
}
