import Foundation
import Scenario
import SimKernel

/// One reader under fuzzing: a name (the corpus folder, `make fuzz`'s target), the file the
/// input is read as, and the reader's entry point on the input's bytes. The libFuzzer harness
/// (`Sources/FuzzHarness`) and the corpus replay test call the same `run`.
public struct FuzzTarget: Sendable {
    /// The target's name: `Tests/vpcsimTests/Fixtures/fuzz-corpus/<name>/`.
    public let name: String
    /// The file the input is read as, relative to the repository: errors must name it, and
    /// relative paths inside the input (a sweep's `scenario:`) resolve against its folder.
    public let file: String
    /// What the input's bytes are, for `vpcsim-fuzz list` and the README.
    public let input: String
    /// The reader: returns when it accepts the input, throws when it refuses it.
    let read: @Sendable (_ bytes: [UInt8], _ path: String) throws -> Void

    public init(name: String, file: String, input: String,
                read: @escaping @Sendable (_ bytes: [UInt8], _ path: String) throws -> Void) {
        self.name = name
        self.file = file
        self.input = input
        self.read = read
    }

    /// Reads `bytes` as `file` under the repository folder `root`.
    public func run(_ bytes: [UInt8], root: String) -> FuzzOutcome {
        let path = root.hasSuffix("/") ? root + file : root + "/" + file
        do {
            try read(bytes, path)
            return .accepted
        } catch let error as ScenarioError {
            // Located: it names a file. Usually the input; a sweep's error may name its base
            // scenario instead (a value the scenario refuses, or a base that does not exist).
            return error.file.isEmpty ? .unlocated("the error names no file: \(error)") : .refused(error.description)
        } catch let error as DistributionError {
            return error.message.contains(file) ? .refused(error.message)
                : .unlocated("the error does not name the input \(file): \(error.message)")
        } catch {
            return .unlocated("not a located error (\(type(of: error))): \(error)")
        }
    }
}

/// What a reader made of one input.
public enum FuzzOutcome: Equatable, Sendable {
    /// The reader accepted the input.
    case accepted
    /// The reader refused it with a located error (exit 2 in the command line).
    case refused(String)
    /// The reader refused it with an error that does not name the input: a finding.
    case unlocated(String)
}

/// Helpers of the targets' entry points.
enum FuzzInput {
    /// The bytes as text: invalid UTF-8 becomes U+FFFD, as the readers that take `Data` do.
    static func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A target that reads several kinds of file picks the kind from the first byte
    /// (modulo the number of kinds); the rest is the file.
    static func split<Kind>(_ bytes: [UInt8], among kinds: [Kind]) -> (Kind, ArraySlice<UInt8>) {
        guard let first = bytes.first else { return (kinds[0], []) }
        return (kinds[Int(first) % kinds.count], bytes.dropFirst())
    }
}
