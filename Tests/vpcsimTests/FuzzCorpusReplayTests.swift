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
}
