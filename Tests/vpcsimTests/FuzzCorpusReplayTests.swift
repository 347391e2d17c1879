import Foundation
import FuzzEntries
import Testing

/// `make test` replays what `make fuzz` keeps: every input of the committed corpus
/// (`Fixtures/fuzz-corpus/TARGET/`) and every finding kept as a regression
/// (`Fixtures/fuzz-regressions/TARGET/`) goes through the entry point the fuzz target calls,
/// in the normal build (no sanitizer). Each must be accepted or refused with an error that
/// names the input file (exit 2 in the command line), in well under libFuzzer's 5 s timeout;
/// a crash fails the suite by ending the test process.
@Suite struct FuzzCorpusReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = root + "/Tests/vpcsimTests/Fixtures"

    static func inputs(_ folder: String, _ target: String) -> [String] {
        let path = "\(fixtures)/\(folder)/\(target)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
    }

    @Test func everyCorpusFolderIsATargetAndEveryTargetHasACorpus() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures + "/fuzz-corpus").sorted()
        #expect(folders == FuzzTargets.all.map(\.name).sorted())
        for target in FuzzTargets.all {
            #expect(!Self.inputs("fuzz-corpus", target.name).isEmpty, "no corpus for \(target.name)")
        }
    }

    @Test(arguments: FuzzTargets.all.map(\.name))
    func corpusAndRegressionsAreReadCleanly(_ name: String) throws {
        let target = try #require(FuzzTargets.named(name))
        for file in Self.inputs("fuzz-corpus", name) + Self.inputs("fuzz-regressions", name) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let start = ContinuousClock.now
            let outcome = target.run(bytes, root: Self.root)
            if case .unlocated(let why) = outcome { Issue.record("\(file): \(why)") }
            #expect(ContinuousClock.now - start < .seconds(2), "\(file) took \(ContinuousClock.now - start)")
        }
    }

    /// Found by `make fuzz` (scenario): a scenario file pasted after itself repeats ~20
    /// top-level keys; locating each repetition re-parsed the text once per key, recursively
    /// (seconds in the fuzz build; stack overflow with thousands of keys). Now: two parses,
    /// and the error still names the file, the line of the first occurrence and the key.
    @Test func manyRepeatedKeysAreOneDuplicateKeyError() throws {
        let target = try #require(FuzzTargets.named("scenario"))
        let keys = (0..<5_000).map { "k\($0): 1\n" }.joined()
        let outcome = target.run(Array((keys + keys).utf8), root: Self.root)
        guard case .refused(let message) = outcome else { Issue.record("\(outcome)"); return }
        #expect(message.contains("scenarios/fuzz-input.yaml:"))
        #expect(message.contains("duplicate key 'k0'"))
    }

    /// Found with the flow-log fuzz target (its boundary seed, scripts/fuzz/seeds.sh): two accepted records of one
    /// client VPC and service whose bytes add up past 2^63 − 1 (1500 + 9223372036854775807)
    /// trapped in the matrix's Int64 sums. Now the reader refuses the record that takes the
    /// accepted total past it, naming the file, line 3, the column of `bytes` (62: after
    /// "2 123456789012 eni-0client 10.3.0.21 10.5.0.10 40003 443 6 1 ", 61 characters) and the field.
    @Test func flowLogBytesThatOverflowTheSumsAreRefused() throws {
        let target = try #require(FuzzTargets.named("flow-log"))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/fuzz-regressions/flow-log/bytes-sum-overflow.log")))
        let outcome = target.run(bytes, root: Self.root)
        guard case .refused(let message) = outcome else { Issue.record("\(outcome)"); return }
        #expect(message.contains("flow-logs/fuzz-input.log:3:62: error: bytes: '9223372036854775807' takes the accepted records' bytes past"),
                "\(message)")
    }
}
