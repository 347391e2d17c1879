import Foundation
import Scenario
import Strategies

/// `vpcsim plan`: for each design, the smallest (`minimize`) or largest (`maximize`) value of
/// one scenario parameter at which every objective holds.
///
/// The search assumes the objectives' verdict is monotone in the parameter (more instances
/// never make latency worse; a higher rate never makes it better). From the low end it
/// gallops (steps 1, 2, 4, ... for a count; a sixteenth of the range, doubling, otherwise)
/// until the verdict flips, then bisects between the last value on one side and the first on
/// the other, to adjacent whole numbers or to `tolerance` relative width. At each probe it
/// runs replications in batches of `batch` until every objective's 95 % interval is clear of
/// its threshold (one failing objective suffices to fail) or `maxReplications` have run; a
/// probe still open then is reported as undecided and the search for that design stops there.
///
/// Every probe of every design uses the same replication seeds (those of a plain run of the
/// scenario): common random numbers, so neighbouring values differ by the parameter, not by
/// sampling noise. Results depend only on the inputs, never on `jobs`.
public struct Planner: Sendable {
    public enum Direction: String, Sendable {
        case minimize, maximize
    }

    /// The scenario file.
    public let path: String
    /// The dotted setting searched.
    public let parameter: String
    public let direction: Direction
    public let range: PlanRange
    /// Relative width at which a continuous search stops (0.01: 1 %).
    public let tolerance: Double
    /// The most replications one probe may run.
    public let maxReplications: Int
    /// Replications run at once.
    public let jobs: Int
    /// Settings held fixed while searching (one point of `--grid`), applied before the
    /// searched parameter; empty for a plain plan.
    public let fixed: [ScenarioOverride]
    /// The scenario at the low end (objectives, strategies, seed).
    public let base: Scenario
    /// The file, parsed once; every probe decodes it under its own settings.
    let file: ParsedScenario
    let runner: any ScenarioRunner

    /// Replications a probe starts with, and adds at a time.
    public static let batch = 3

    /// Checks everything before anything runs: the scenario loads at both ends of the range,
    /// has objectives, and the parameter is numeric. Errors are located (`ScenarioError`).
    public init(path: String, parameter: String, direction: Direction, range: PlanRange, tolerance: Double = 0.01,
                maxReplications: Int = 30, jobs: Int = 1, fixed: [ScenarioOverride] = [], seed: UInt64? = nil,
                runner: (any ScenarioRunner)? = nil) throws(ScenarioError) {
        try Self.check(tolerance: tolerance, maxReplications: maxReplications)   // before reading the file
        try self.init(file: try ParsedScenario(path: path), parameter: parameter, direction: direction, range: range,
                      tolerance: tolerance, maxReplications: maxReplications, jobs: jobs, fixed: fixed, seed: seed,
                      runner: runner)
    }

    /// The same, on a file already parsed: the planners of a grid share one (and its
    /// empirical tables, read once for all of them).
    public init(file: ParsedScenario, parameter: String, direction: Direction, range: PlanRange,
                tolerance: Double = 0.01, maxReplications: Int = 30, jobs: Int = 1, fixed: [ScenarioOverride] = [],
                seed: UInt64? = nil, runner: (any ScenarioRunner)? = nil) throws(ScenarioError) {
        let path = file.path
        let flag = Self.commandLine
        try Self.check(tolerance: tolerance, maxReplications: maxReplications)
        self.path = path
        self.parameter = parameter
        self.direction = direction
        self.range = range
        self.tolerance = tolerance
        self.maxReplications = maxReplications
        self.jobs = max(1, jobs)
        self.fixed = fixed
        self.runner = runner ?? SimulationRunner(sourcePath: path)
        self.file = file
        let plain = try file.load(overrides: fixed)
        guard !plain.objectives.isEmpty else {
            throw ScenarioError(at: .wholeFile(path), keyPath: "objectives",
                                "vpcsim plan needs objectives: add e.g. 'objectives: [{metric: latency_p99_ms, max: 60ms}]'")
        }
        // A parameter that also takes a word is not numeric.
        if (try? file.load(overrides: fixed + [Self.override(parameter, "not-a-number")])) != nil {
            throw ScenarioError(at: flag, keyPath: "--\(direction.rawValue)",
                                "'\(parameter)' is not a numeric setting of \(path): it accepts the text 'not-a-number'")
        }
        var base = try Self.load(file, fixed, parameter, range.text(range.low))
        if let seed { base.seed = seed }
        self.base = base
        _ = try Self.load(file, fixed, parameter, range.text(range.high))
    }

    /// Where errors in the command's own settings are located.
    static let commandLine = SourceLocation(file: "command line", line: 1, column: 1)

    /// The search's settings are usable.
    static func check(tolerance: Double, maxReplications: Int) throws(ScenarioError) {
        guard tolerance > 0, tolerance < 1 else {
            throw ScenarioError(at: commandLine, keyPath: "--tolerance", "must be between 0 and 100 %, found \(tolerance)")
        }
        guard maxReplications >= 2 else {
            throw ScenarioError(at: commandLine, keyPath: "--max-replications",
                                "must be at least 2 (an interval needs two replications), found \(maxReplications)")
        }
    }

    static func override(_ parameter: String, _ text: String) throws(ScenarioError) -> ScenarioOverride {
        try ScenarioOverride.parse(assignment: "\(parameter)=\(text)", label: "--range")
    }

    static func load(_ file: ParsedScenario, _ fixed: [ScenarioOverride], _ parameter: String, _ text: String) throws(ScenarioError) -> Scenario {
        try file.load(overrides: fixed + [override(parameter, text)])
    }

    /// What one design's search found.
    public struct Answer: Sendable {
        public enum Status: String, Sendable {
            /// `value` meets every objective; `neighbour` (when there is one) fails.
            case met
            /// No value of the range meets them all.
            case noneInRange = "none-in-range"
            /// A probe stayed undecided; `value` is that probe.
            case undecided
        }
        public var strategy: StrategyKind
        public var status: Status
        /// The answer (met), the undecided value, or nil (none in range).
        public var value: PlanProbe?
        /// The adjacent value probed on the failing side, if any.
        public var neighbour: PlanProbe?
        /// Every probe, in the order run.
        public var probes: [PlanProbe]
        /// Simulations run (replications over probes).
        public var simulations: Int { probes.reduce(0) { $0 + $1.replications } }
    }

    /// Runs every design's search; `progress` gets one line per probe.
    public func run(progress: @Sendable (String) -> Void = { _ in }) async throws -> [Answer] {
        var answers: [Answer] = []
        for strategy in base.strategies {
            answers.append(try await search(strategy, progress: progress))
        }
        return answers
    }

    func search(_ strategy: StrategyKind, progress: @Sendable (String) -> Void) async throws -> Answer {
        var probes: [PlanProbe] = []
        func probe(_ raw: Double) async throws -> PlanProbe {
            let value = range.rounded(raw)
            if let known = probes.first(where: { $0.value == value }) { return known }
            let result = try await self.probe(strategy, value: value)
            probes.append(result)
            progress(Self.progressLine(strategy, parameter, result, base.objectives, fixed: fixed))
            return result
        }
        func answer(_ status: Answer.Status, _ value: PlanProbe?, _ neighbour: PlanProbe?) -> Answer {
            Answer(strategy: strategy, status: status, value: value, neighbour: neighbour, probes: probes)
        }
        // Walking up from the low end, the verdict looked for: the first pass when
        // minimising, the first fail when maximising.
        let target: PlanProbe.Verdict = direction == .minimize ? .pass : .fail
        var previous = try await probe(range.low)
        if previous.verdict == .undecided { return answer(.undecided, previous, nil) }
        if previous.verdict == target {
            return direction == .minimize ? answer(.met, previous, nil) : answer(.noneInRange, nil, previous)
        }
        var step = range.isInteger ? 1.0 : (range.high - range.low) / 16
        var hit: PlanProbe
        while true {
            let next = try await probe(min(previous.value + step, range.high))
            if next.verdict == .undecided { return answer(.undecided, next, nil) }
            if next.verdict == target { hit = next; break }
            previous = next
            if next.value >= range.high {
                return direction == .minimize ? answer(.noneInRange, nil, next) : answer(.met, next, nil)
            }
            step *= 2
        }
        while !converged(previous.value, hit.value) {
            let mid = try await probe(range.isInteger ? ((previous.value + hit.value) / 2).rounded(.down)
                                      : (previous.value + hit.value) / 2)
            if mid.value == previous.value || mid.value == hit.value { break }
            if mid.verdict == .undecided { return answer(.undecided, mid, nil) }
            if mid.verdict == target { hit = mid } else { previous = mid }
        }
        return direction == .minimize ? answer(.met, hit, previous) : answer(.met, previous, hit)
    }

    func converged(_ a: Double, _ b: Double) -> Bool {
        if range.isInteger { return abs(b - a) <= 1 }
        return abs(b - a) <= tolerance * max(abs(a), abs(b))
    }

    /// Runs one value under one design until decided or out of replications.
    func probe(_ strategy: StrategyKind, value: Double) async throws -> PlanProbe {
        let text = range.text(value)
        var scenario = try Self.load(file, fixed, parameter, text)
        scenario.seed = base.seed
        scenario.strategies = [strategy]
        let seeds = ReplicationSeeds.run(seed: scenario.seed)
        // The probe's batches share what does not depend on the seed.
        let replications = runner.replications(of: scenario)
        var rows: [SummaryRow] = []
        while true {
            let start = rows.count
            let count = min(start == 0 ? Self.batch : Self.batch, maxReplications - start)
            rows += try await runReplications(replications, Array(start..<(start + count)), seeds)
            let judged = PlanProbe.judge(scenario.objectives, values: rows.map(\.objectiveValues))
            if judged.verdict != .undecided || rows.count >= maxReplications {
                return PlanProbe(value: value, text: text, replications: rows.count, estimates: judged.estimates,
                                 utilisation: rows.compactMap(\.utilisation).max(),
                                 overloaded: rows.contains { $0.overloaded > 0 }, verdict: judged.verdict)
            }
        }
    }

    /// Replications in parallel (at most `jobs` at once), returned in replication order.
    func runReplications(_ runs: any ScenarioReplications, _ replications: [Int],
                         _ seeds: ReplicationSeeds) async throws -> [SummaryRow] {
        var results: [Int: [SummaryRow]] = [:]
        try await withThrowingTaskGroup(of: (Int, [SummaryRow]).self) { group in
            var next = 0
            func add(_ group: inout ThrowingTaskGroup<(Int, [SummaryRow]), Error>) {
                guard next < replications.count else { return }
                let r = replications[next]
                next += 1
                group.addTask { (r, try runs.run(replications: [r], seeds: seeds)) }
            }
            for _ in 0..<jobs { add(&group) }
            while let (r, rows) = try await group.next() {
                results[r] = rows
                add(&group)
            }
        }
        return replications.flatMap { results[$0] ?? [] }
    }

    static func progressLine(_ strategy: StrategyKind, _ parameter: String, _ probe: PlanProbe,
                             _ objectives: [Objective], fixed: [ScenarioOverride] = []) -> String {
        let at = fixed.isEmpty ? "" : " [" + fixed.map { "\($0.path)=\($0.valueText)" }.joined(separator: ", ") + "]"
        let parts = zip(objectives, probe.estimates).map { objective, e in
            "\(objective.label) " + PlanReport.estimate(e)
        }
        return "plan \(strategy.rawValue)\(at): \(parameter)=\(probe.text): \(probe.verdict.rawValue) after "
            + "\(probe.replications) replication\(probe.replications == 1 ? "" : "s")"
            + (probe.overloaded ? " (overloaded)" : "") + "; " + parts.joined(separator: "; ")
    }
}
