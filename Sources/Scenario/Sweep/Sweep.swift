import ScenarioReading
import SimKernel

/// A parameter grid over a base scenario (DESIGN.md, sweep file).
///
/// Points are numbered from 0 in row-major order: the first parameter changes slowest,
/// the last fastest. Each point is the base scenario with one value of every parameter
/// applied, then the sweep's `replications` and `seed` when it gives them.
public struct Sweep: Equatable, Sendable {
    /// The sweep file, as named by the user.
    public var path: String
    /// The base scenario file, resolved against the sweep file's folder.
    public var scenarioPath: String
    /// The base scenario as written, validated.
    public var base: Scenario
    /// The varied settings, in file order; each has at least one value.
    public var parameters: [SweepParameter]
    /// Replications per point, replacing the scenario's when given.
    public var replications: Int?
    /// Seed, replacing the scenario's when given.
    public var seed: UInt64?

    let baseDocument: YAMLNode
    let baseDirectory: String?
    let baseName: String
    /// The empirical files read by the base's and the points' decodes, each read once
    /// (shared by copies of the sweep; equal for any two sweeps).
    public let tables: EmpiricalTables

    /// The base scenario as parsed, decoded with the sweep's tables: what `vpcsim plan --grid`
    /// searches, without reading the file again.
    public var parsedBase: ParsedScenario {
        ParsedScenario(path: scenarioPath, document: baseDocument, directory: baseDirectory, defaultName: baseName,
                       tables: tables)
    }

    /// Points in the grid: the product of the parameters' value counts.
    public var pointCount: Int {
        parameters.reduce(1) { $0 * $1.values.count }
    }

    /// The settings of point `index` (0 ..< pointCount), one per parameter.
    public func settings(atPoint index: Int) -> [ScenarioOverride] {
        var rest = index
        var chosen: [ScenarioOverride] = []
        for parameter in parameters.reversed() {
            chosen.append(parameter.values[rest % parameter.values.count])
            rest /= parameter.values.count
        }
        return chosen.reversed()
    }

    /// The scenario of point `index` (0 ..< pointCount), validated. A rule broken only by
    /// a combination of values is reported with the point's settings.
    public func scenario(atPoint index: Int) throws(ScenarioError) -> Scenario {
        try scenario(with: settings(atPoint: index))
    }

    /// The base scenario with `settings` applied, then the sweep's replications and seed.
    func scenario(with settings: [ScenarioOverride]) throws(ScenarioError) -> Scenario {
        var scenario: Scenario
        do {
            scenario = try ScenarioLoader.decode(baseDocument, directory: baseDirectory, defaultName: baseName,
                                                 overrides: settings, tables: tables)
        } catch {
            throw Self.explained(error, settings: settings)
        }
        if let replications { scenario.replications = replications }
        if let seed { scenario.seed = seed }
        return scenario
    }

    /// An error found in the base file gets the settings that caused it, so the user
    /// sees which point of the grid breaks the rule.
    private static func explained(_ error: ScenarioError, settings: [ScenarioOverride]) -> ScenarioError {
        guard let sweepFile = settings.first?.origin.file, error.file != sweepFile else { return error }
        var explained = error
        let point = settings.map { "\($0.path) = \($0.valueText)" }.joined(separator: ", ")
        explained.message += " (with \(point), from \(settings[0].origin))"
        return explained
    }
}
