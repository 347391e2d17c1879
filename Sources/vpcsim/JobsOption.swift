import ArgumentParser
import Foundation
import Scenario

/// `--jobs N`: replications (or sweep points) run at once, shared by the commands that
/// simulate. Results never depend on it.
struct JobsOption: ParsableArguments {
    @Option(help: "Replications run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// The count, or a located error (exit 2) when it is below 1.
    func checked() throws(ScenarioError) -> Int {
        guard jobs >= 1 else {
            throw ScenarioError(at: SourceLocation(file: "command line", line: 1, column: 1), keyPath: "--jobs",
                                "must be at least 1; found \(jobs)")
        }
        return jobs
    }
}
