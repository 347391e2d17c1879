import Testing
@testable import SimKernel

/// An ASCII `p,value` table of plain durations is read byte by byte (`EmpiricalFile`'s
/// common case); any other text by `Character`s, as before. Both readings give the same
/// table, and errors are the general reader's, with their lines.
@Suite struct EmpiricalByteReadingTests {
    static let body = "# unit: ms\np,value\n0,70.164000\n0.0005,72.318014\n  0.5,80.5\t\n\n"
        + "0.999999,120.148530 # tail\n1,129.666663\n"

    @Test func theByteReadingEqualsTheCharacterReading() throws {
        // A non-ASCII comment sends the same rows through the general reader.
        let general = try EmpiricalFile.read(text: Self.body + "# \u{e9}\n", file: "t.csv", kind: .duration)
        let crlf = Self.body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        for text in [Self.body, crlf] {
            let bytes = try EmpiricalFile.read(text: text, file: "t.csv", kind: .duration)
            #expect(bytes == general)
        }
    }

    @Test func aRowTheBytesDeclineIsReportedWithItsLine() {
        let text = "# unit: ms\np,value\n0.5,1\n0.4,2\n1,3\n"
        do {
            _ = try EmpiricalFile.read(text: text, file: "t.csv", kind: .duration)
            Issue.record("a decreasing p was accepted")
        } catch {
            #expect(error.message.contains("line 4"), "\(error.message)")
        }
    }
}
