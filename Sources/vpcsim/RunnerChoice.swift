import ArgumentParser
import Experiment
import Scenario

/// Which `ScenarioRunner` a command uses.
enum RunnerChoice: String, ExpressibleByArgument, CaseIterable {
    /// The simulator (the default).
    case simulation
    /// `SyntheticRunner`: closed-form stand-in numbers, for testing the sweep machinery.
    case synthetic

    /// The simulator's runner. It lands with `vpcsim run`; until then it is nil and sweeps
    /// need `--runner synthetic`. Swapping the real runner in is this one line.
    static let simulationRunner: (any ScenarioRunner)? = nil

    /// The runner, or an explanation when it is not available in this build.
    func runner(delayMilliseconds: Int) throws -> any ScenarioRunner {
        switch self {
        case .simulation:
            guard let runner = Self.simulationRunner else {
                throw ExperimentError("the simulation runner is not part of this build yet (it lands with "
                                      + "`vpcsim run`); `--runner synthetic` exercises sweeps with stand-in numbers")
            }
            return runner
        case .synthetic:
            return SyntheticRunner(delayPerReplication: .milliseconds(delayMilliseconds))
        }
    }
}
