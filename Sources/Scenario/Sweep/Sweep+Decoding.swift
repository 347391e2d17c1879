import ScenarioReading
import SimKernel

extension Sweep {
    /// The keys a sweep file may hold.
    static let keys = ["scenario", "vary", "replications", "seed"]
    /// Largest grid accepted; beyond it a sweep would not finish anyway.
    static let maximumPoints = 1_000_000
    /// Grids up to this size have every point validated at load; larger grids have each
    /// value validated against the base, and the rest is checked when a point is built.
    public static let fullyValidatedPoints = 4_096

    /// Reads a sweep document and the base scenario it names, then validates every value.
    init(reading root: NodeReader, path: String, loadBase: (String) throws(ScenarioError) -> (YAMLNode, String?, String)) throws(ScenarioError) {
        guard case .mapping = root.node else {
            throw root.error("a sweep file holds a mapping with 'scenario:' and 'vary:', found \(root.node.kindDescription)")
        }
        let fields = try root.mapping(keys: Self.keys)
        let scenarioReader = try fields.required("scenario")
        let scenarioPath = SourceFile.resolve(try scenarioReader.string(), against: path)
        let (document, directory, name) = try loadBase(scenarioPath)
        let varyReader = try fields.required("vary")
        var parameters: [SweepParameter] = []
        for (key, valuesReader) in try varyReader.freeMapping() {
            let items = try valuesReader.list()
            guard !items.isEmpty else { throw valuesReader.error("needs at least one value, such as [5, 10, 20]") }
            var values: [ScenarioOverride] = []
            for item in items {
                values.append(try ScenarioOverride(path: key.text, value: item.node, origin: key.location))
            }
            parameters.append(SweepParameter(path: key.text, values: values))
        }
        guard !parameters.isEmpty else {
            throw varyReader.error("needs at least one setting to vary, such as fleets.app.count: [5, 10, 20]")
        }
        let replications = try fields.optional("replications").map { r throws(ScenarioError) in try r.int(in: 1...Int.max) }
        let seed = try fields.optional("seed").map { r throws(ScenarioError) in try r.uint64() }
        var points = 1
        for parameter in parameters {
            let (product, overflow) = points.multipliedReportingOverflow(by: parameter.values.count)
            guard !overflow, product <= Self.maximumPoints else {
                throw varyReader.error("the grid has more than \(Self.maximumPoints) points; vary fewer values")
            }
            points = product
        }
        let tables = EmpiricalTables()
        let base = try ScenarioLoader.decode(document, directory: directory, defaultName: name, overrides: [],
                                             tables: tables)
        self.init(path: path, scenarioPath: scenarioPath, base: base, parameters: parameters,
                  replications: replications, seed: seed,
                  baseDocument: document, baseDirectory: directory, baseName: name, tables: tables)
        try validatePoints()
    }

    /// Each value alone against the base, then (for grids that are not huge) every point.
    private func validatePoints() throws(ScenarioError) {
        for parameter in parameters {
            for value in parameter.values {
                _ = try scenario(with: [value])
            }
        }
        guard parameters.count > 1, pointCount <= Self.fullyValidatedPoints else { return }
        for index in 0..<pointCount {
            _ = try scenario(atPoint: index)
        }
    }
}
