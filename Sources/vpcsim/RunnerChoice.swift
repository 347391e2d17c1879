import ArgumentParser
import Experiment
import Scenario
import TestRunners

/// Which `ScenarioRunner` a command uses.
enum RunnerChoice: String, ExpressibleByArgument, CaseIterable {
    /// The simulator (the default).
    case simulation
    /// `SyntheticRunner`: closed-form stand-in numbers, for testing the sweep machinery.
    case synthetic

    /// The runner; `sourcePath` is the file named in errors found only when running.
    func runner(delayMilliseconds: Int, sourcePath: String) -> any ScenarioRunner {
        switch self {
        case .simulation:
            return SimulationRunner(sourcePath: sourcePath)
        case .synthetic:
            return SyntheticRunner(delayPerReplication: .milliseconds(delayMilliseconds))
        }
    }
}
