import Foundation
import Testing
@testable import Experiment

@Suite struct OutputFormatTests {
    @Test func csvQuotesOnlyWhatRFC4180Requires() {
        var table = CSVTable(header: ["a", "b"])
        table.append(["plain", "with,comma"])
        table.append(["say \"hi\"", "line\nbreak"])
        #expect(table.rendered() == "a,b\nplain,\"with,comma\"\n\"say \"\"hi\"\"\",\"line\nbreak\"\n")
    }

    @Test(arguments: [
        (1.0, 3, "1.000"), (0.0005, 3, "0.001"), (-2.25, 1, "-2.3"), (-0.04, 1, "0.0"),
        (123456.789, 0, "123457"), (0.1 + 0.2, 2, "0.30"), (Double.nan, 2, ""), (7, 0, "7"),
    ])
    func fixedDecimals(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test func groupedThousands() {
        #expect(NumberFormat.grouped(1_234_567) == "1,234,567")
        #expect(NumberFormat.grouped(-1_000) == "-1,000")
        #expect(NumberFormat.grouped(999) == "999")
    }

    @Test func atomicWriteReplacesWholeFileAndLeavesNoTemporary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-atomic-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sub/out.csv").path
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sub").path)
        #expect(leftovers == ["out.csv"])
    }

    @Test func atomicWriteIntoAnUnwritablePlaceThrows() {
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write("x", to: "/proc/vpcsim-cannot-write-here/out.csv")
        }
    }

    @Test func textTableAlignsNumbersRight() {
        var table = TextTable(header: ["name", "value"])
        table.append(["a", "5"])
        table.append(["bbb", "1,234"])
        let lines = table.rendered().split(separator: "\n")
        #expect(lines[2] == "a         5")
        #expect(lines[3] == "bbb   1,234")
    }
}
