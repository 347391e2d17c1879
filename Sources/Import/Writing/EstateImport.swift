import Foundation
import Scenario

/// `vpcsim import aws`: reads the exports, writes the scenario to a temporary file next to
/// `out`, checks that it loads as a valid scenario, then renames it into place, so a failure
/// at any step leaves no partial scenario file.
public enum EstateImport {
    public struct Result: Sendable {
        public var estate: Estate
        public var unused: [UnusedItem]
        /// The matrix measured from `--flow-logs`, when given.
        public var measured: MeasuredTraffic?
    }

    /// An import whose own output fails to load: a bug of the import, not bad input.
    public struct InvalidOutput: Error, CustomStringConvertible {
        public var error: ScenarioError
        public var description: String { "the imported scenario does not validate (a bug of vpcsim import): \(error)" }
    }

    public static func run(exports: [String], out: String, traffic: TrafficFill?, flowLogs: [String] = []) throws -> Result {
        guard !exports.isEmpty else {
            throw ScenarioError(at: .wholeFile("command line"), "give at least one export folder")
        }
        if traffic != nil && !flowLogs.isEmpty {
            throw ScenarioError(at: SourceLocation(file: "command line", line: 1, column: 1), keyPath: "--traffic",
                                "give either --flow-logs (the measured matrix) or --traffic (a placeholder), not both")
        }
        let estate = try EstateLoader.load(directories: exports)
        let measured = flowLogs.isEmpty ? nil : try FlowAggregator.measure(paths: flowLogs, estate: estate)
        let (text, unused) = ScenarioWriter(estate: estate, exports: exports, traffic: traffic, measured: measured).write()
        do {
            _ = try ScenarioLoader.load(text: text, displayName: out, directory: directory(of: out))
        } catch {
            throw InvalidOutput(error: error)
        }
        let temporary = "\(out).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if FileManager.default.fileExists(atPath: out) { try FileManager.default.removeItem(atPath: out) }
            try FileManager.default.moveItem(atPath: temporary, toPath: out)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ScenarioError(at: .wholeFile(out), "cannot write the scenario: \(error.localizedDescription)")
        }
        return Result(estate: estate, unused: unused, measured: measured)
    }

    private static func directory(of path: String) -> String {
        let url = URL(fileURLWithPath: path).deletingLastPathComponent()
        return url.path
    }
}
