import Scenario

/// `vpcsim plan --grid`: one search per combination of a sweep file's other parameters (per
/// request rate, say), each over the sweep's base scenario with that combination fixed.
public enum PlanGrid {
    /// One combination of the grid, its planner, and (once run) each design's answer.
    public struct Point: Sendable {
        /// The settings held fixed, in the sweep's parameter order; empty without a grid.
        public var fixed: [ScenarioOverride]
        public var planner: Planner
        public var answers: [Planner.Answer]

        public init(fixed: [ScenarioOverride], planner: Planner, answers: [Planner.Answer] = []) {
            self.fixed = fixed
            self.planner = planner
            self.answers = answers
        }

        /// `traffic.0.rate = 500/s, ...`, or empty.
        public var label: String { fixed.map { "\($0.path) = \($0.valueText)" }.joined(separator: ", ") }
    }

    /// The planned parameter's values in the sweep, if it varies it: the range replaces them.
    public static func ignoredValues(of sweep: Sweep, parameter: String) -> [String]? {
        sweep.parameters.first { $0.path == parameter }.map { $0.values.map(\.valueText) }
    }

    /// Every combination of the sweep's parameters other than `parameter`, in the sweep's
    /// row-major order (the first parameter changes slowest).
    public static func combinations(of sweep: Sweep, excluding parameter: String) -> [[ScenarioOverride]] {
        var combinations: [[ScenarioOverride]] = [[]]
        for varied in sweep.parameters where varied.path != parameter {
            combinations = combinations.flatMap { prefix in varied.values.map { prefix + [$0] } }
        }
        return combinations
    }

    /// A planner per combination, each checked before anything runs (`Planner.init`); they
    /// decode the sweep's base scenario as the sweep parsed it, with its empirical tables.
    public static func planners(sweepPath: String, parameter: String, direction: Planner.Direction, range: PlanRange,
                                tolerance: Double, maxReplications: Int, jobs: Int, seed: UInt64? = nil) throws(ScenarioError) -> [Point] {
        let sweep = try SweepLoader.load(path: sweepPath)
        let file = sweep.parsedBase
        var points: [Point] = []
        for fixed in combinations(of: sweep, excluding: parameter) {
            let planner = try Planner(file: file, parameter: parameter, direction: direction, range: range,
                                      tolerance: tolerance, maxReplications: maxReplications, jobs: jobs, fixed: fixed, seed: seed ?? sweep.seed)
            points.append(Point(fixed: fixed, planner: planner))
        }
        return points
    }
}
