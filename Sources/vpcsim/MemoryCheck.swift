import Scenario

/// Before a run: the memory estimate of one replication (`ScenarioMemoryEstimate`) times the
/// replications that run at once must fit in physical memory. Says the estimate on stderr;
/// refuses (exit 2) with the `--jobs` that fits, or, when one replication alone cannot fit
/// (after `--strategies`), with the estimate's largest parts.
enum MemoryCheck {
    static func before(_ scenario: Scenario, jobs: Int, physicalMemory: Double = ScenarioMemoryEstimate.physicalMemory) throws(ScenarioError) {
        let commandLine = SourceLocation(file: "command line", line: 1, column: 1)
        let estimate = ScenarioMemoryEstimate(scenario)
        let atOnce = max(1, min(jobs, scenario.replications * scenario.strategies.count))
        let total = estimate.bytes * Double(atOnce)
        let size = ScenarioMemoryEstimate.size
        guard estimate.bytes <= physicalMemory else {
            throw ScenarioError(at: commandLine, keyPath: "--strategies",
                                "one replication would need about \(size(estimate.bytes)) of memory (\(estimate.largestParts)), "
                                + "more than this machine's \(size(physicalMemory))")
        }
        guard total <= physicalMemory else {
            let fits = Int(physicalMemory / estimate.bytes)
            throw ScenarioError(at: commandLine, keyPath: "--jobs",
                                "\(atOnce) replications at once would need about \(size(total)) of memory (\(size(estimate.bytes)) each), "
                                + "more than this machine's \(size(physicalMemory)); give --jobs \(fits) or fewer")
        }
        Progress.line("memory estimate: \(size(estimate.bytes)) per replication, \(size(total)) for \(atOnce) at once "
                      + "(of \(size(physicalMemory)))")
    }
}
