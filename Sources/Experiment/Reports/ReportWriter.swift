import CloudModel
import Foundation
import Strategies

/// `vpcsim report DIR`: writes `DIR/report.md` — what was run, the findings, the comparison
/// tables with 95 % intervals, and the charts `vpcsim plot` rendered into `DIR/plots/`.
public enum ReportWriter {
    /// Metrics a sweep's tables show, in order.
    static let sweepMetrics: [SummaryMetric] = [
        .connections, .routeEntriesTotal, .routeEntriesPropagated, .routeEntriesMaxPerTable, .quotaViolations, .monthlyCostUSD,
        .latencyP50Milliseconds, .latencyP99Milliseconds, .timeToConnectP50Seconds,
    ]
    /// Rows of a sweep table before it is cut (the rest is in `aggregate.csv`).
    static let maximumTableRows = 200

    /// The metrics whose cells are flagged where a service is overloaded.
    static let latencyMetrics: [SummaryMetric] = [.latencyP50Milliseconds, .latencyP99Milliseconds, .latencyP999Milliseconds]

    /// Writes the report of `folder`; returns the report's path.
    @discardableResult
    public static func write(_ folder: ResultFolder) throws -> String {
        let path = PlotRenderer.join(folder.path, "report.md")
        try AtomicFile.write(markdown(folder), to: path)
        return path
    }

    /// The report's text.
    public static func markdown(_ folder: ResultFolder) -> String {
        switch folder {
        case .sweep(let results): return sweep(results)
        case .run(let results): return run(results)
        }
    }

    /// The findings of `folder`.
    public static func findings(_ folder: ResultFolder) -> [Finding] {
        switch folder {
        case .sweep(let results): return SweepFindings.all(results) + TimeToConnectFindings.sweep(results)
        case .run(let results): return RunFindings.all(results) + TimeToConnectFindings.run(results)
        }
    }

    // MARK: Sweeps

    /// `latency.source: NAME`, with what the figures are when vpcsim knows the name.
    static func latencySourceText(_ name: String) -> String {
        "`latency.source: \(name)`" + (LatencySource(rawValue: name).map { ": " + $0.summary } ?? "")
    }

    static func sweep(_ results: SweepResults) -> String {
        let m = results.manifest
        var out = "# vpcsim report: sweep of \(m.name)\n\n## What was run\n\n"
        var what = MarkdownTable(header: ["", ""])
        what.append(["sweep file", "`\(m.sweep)`"])
        what.append(["base scenario", "`\(displayPath(m.scenario))` (name `\(m.name)`)"])
        what.append(["content hash", "`\(m.contentHash)`"])
        what.append(["grid", m.parameters.map { "`\($0.path)`: \($0.values.joined(separator: ", "))" }.joined(separator: "; ")])
        what.append(["points", "\(results.records.count) of \(m.points)" + (m.shard.map { " (shard \($0))" } ?? "")])
        what.append(["replications", "\(m.replications) per point and strategy"])
        what.append(["strategies", m.strategies.joined(separator: ", ")])
        what.append(["seed", "\(m.seed); \(m.seedRule)"])
        if let source = m.latencySource { what.append(["inter-region round trips", latencySourceText(source)]) }
        what.append(["vpcsim version", m.version])
        out += what.rendered() + "\n"
        out += findingsSection(SweepFindings.all(results) + TimeToConnectFindings.sweep(results))
        out += AssumptionsSection.markdown(m.assumptions, strategies: m.strategies)

        out += "## Comparison tables\n\nEach cell: mean over replications [95 % Student-t interval]; "
            + "a single number when every replication gave the same value. All values: `aggregate.csv`.\n\n"
        let axis = SweepAxis.primary(of: results)
        for metric in sweepMetrics where results.records.contains(where: { r in r.rows.contains { metric.value(in: $0) != nil } }) {
            out += "### \(metric.label)\n\n"
            let strategies = results.strategies
            var table = MarkdownTable(header: results.layout.parameters.map { "`\($0.path)`" } + ["VPCs"] + strategies.map(\.rawValue),
                                      rightAligned: results.layout.parameters.map { _ in true } + [true] + strategies.map { _ in true })
            let records = axis.map { a in a.groups.flatMap(\.records) } ?? results.records
            for record in records.prefix(maximumTableRows) {
                let vpcs = AggregateTable.Summary(record.rows.map { Double($0.vpcs) })
                table.append(record.values + [ReportNumber.format(vpcs.mean ?? 0, count: true)]
                             + strategies.map { strategy in
                                 let cell = ReportNumber.interval(results.summary(record, strategy, metric), count: metric.isCount)
                                 let flagged = latencyMetrics.contains(metric) && SweepFindings.isOverloaded(results, record, strategy)
                                 return flagged ? cell + " ⚠ overloaded" : cell
                             })
            }
            out += table.rendered()
            if records.count > maximumTableRows {
                out += "\n(The first \(maximumTableRows) of \(records.count) points; the rest are in `aggregate.csv`.)\n"
            }
            out += "\n"
        }
        out += plotsSection(results.folder.path, [
            ("sweep-connections", "Connections against VPCs"), ("sweep-routes", "Route entries against VPCs"),
            ("sweep-cost", "Monthly cost"), ("sweep-latency", "Request latency"),
            ("sweep-time-to-connect", "Time to connect"),
        ])
        return out
    }

    // MARK: Runs

    static let runMetrics: [SummaryMetric] = [
        .vpcs, .connections, .routeEntriesTotal, .routeEntriesPropagated, .routeEntriesMaxPerTable, .sgRulesTotal, .enis, .apiOperations,
        .quotaViolations, .unreachablePairs, .firstInfeasibleVPCs, .requests, .errors, .latencyP50Milliseconds,
        .latencyP99Milliseconds, .latencyP999Milliseconds, .timeToConnectP50Seconds, .monthlyCostUSD,
    ]

    static func run(_ results: RunResults) -> String {
        let m = results.manifest
        let name = m.name ?? results.summary.first?.scenario ?? "run"
        var out = "# vpcsim report: \(name)\n\n## What was run\n\n"
        var what = MarkdownTable(header: ["", ""])
        if let scenario = m.scenario { what.append(["scenario", "`\(scenario)`" + (m.scenarioHash.map { " (`\($0)`)" } ?? "")]) }
        if let settings = m.settings, !settings.isEmpty { what.append(["settings", settings.map { "`--set \($0)`" }.joined(separator: " ")]) }
        if let seed = m.seed { what.append(["seed", String(seed)]) }
        let replications = m.replications ?? Set(results.summary.map(\.replication)).count
        what.append(["replications", "\(replications) per strategy"])
        what.append(["strategies", results.strategies.map(\.rawValue).joined(separator: ", ")])
        if let source = m.latencySource { what.append(["inter-region round trips", latencySourceText(source)]) }
        if let version = m.version { what.append(["vpcsim version", version]) }
        if let events = m.events { what.append(["events", NumberFormat.grouped(events)]) }
        if let wall = m.wallTimeSeconds { what.append(["wall time", "\(ReportNumber.format(wall)) s"]) }
        out += what.rendered() + "\n"
        out += findingsSection(RunFindings.all(results) + TimeToConnectFindings.run(results))
        out += AssumptionsSection.markdown(m.assumptions, strategies: results.strategies.map(\.rawValue))

        out += "## Comparison\n\nEach cell: mean over replications [95 % Student-t interval]; a single number when "
            + "every replication gave the same value.\n\n"
        let strategies = results.strategies
        var table = MarkdownTable(header: ["metric"] + strategies.map(\.rawValue),
                                  rightAligned: [false] + strategies.map { _ in true })
        for metric in runMetrics {
            let cells = strategies.map { AggregateTable.Summary(results.rows($0).compactMap { metric.value(in: $0) }) }
            guard cells.contains(where: { $0.n > 0 }) else { continue }
            table.append([metric.label] + cells.map { ReportNumber.interval($0, count: metric.isCount) })
        }
        out += table.rendered() + "\n"

        let pairs = RunFindings.pairs(results)
        if !pairs.isEmpty {
            out += "### Latency per region pair (ms)\n\np50 and p99 per strategy: mean [95 % interval] over replications.\n\n"
            out += pairTable(results.latency, pairs: pairs, strategies: strategies) + "\n"
        }
        if results.faultLatency.contains(where: { $0.requests > 0 }) {
            out += "### Inside fault windows\n\nRequests that ended while a fault was open (from its start to "
                + "the end of its detection delay): count, error share, and p50 / p99 of the successes in ms, "
                + "mean over replications.\n\n"
            out += pairTable(results.faultLatency, pairs: pairs, strategies: strategies, withErrors: true) + "\n"
        }
        if !results.failures.isEmpty {
            out += failuresSection(results, strategies: strategies)
        }
        out += plotsSection(results.path, [("run-latency-pairs", "Latency per region pair"),
                                           ("run-timeseries", "Control plane over time")])
        return out
    }

    /// Latency per (from, to, service) and strategy: p50 and p99 (and, with `withErrors`,
    /// requests and the error share) as mean [95 % interval] over replications.
    static func pairTable(_ rows: [LatencyRow], pairs: [RunFindings.Pair], strategies: [StrategyKind],
                          withErrors: Bool = false) -> String {
        var header = ["from → to (service)"]
        for strategy in strategies {
            if withErrors { header += ["\(strategy.rawValue) requests", "\(strategy.rawValue) errors"] }
            header += ["\(strategy.rawValue) p50", "\(strategy.rawValue) p99"]
        }
        var table = MarkdownTable(header: header, rightAligned: [false] + header.dropFirst().map { _ in true })
        for pair in pairs {
            var row = [pair.label]
            for strategy in strategies {
                let matching = rows.filter {
                    $0.strategy == strategy && $0.fromRegion == pair.from && $0.toRegion == pair.to
                        && $0.service == pair.service && $0.requests > 0
                }
                if withErrors {
                    let requests = matching.reduce(0) { $0 + $1.requests }
                    let errors = matching.reduce(0) { $0 + $1.errors }
                    row.append(ReportNumber.interval(AggregateTable.Summary(matching.map { Double($0.requests) }), count: true))
                    row.append(requests == 0 ? "–" : ReportNumber.format(100 * Double(errors) / Double(requests)) + " %")
                }
                row.append(ReportNumber.interval(AggregateTable.Summary(matching.compactMap(\.p50Milliseconds))))
                row.append(ReportNumber.interval(AggregateTable.Summary(matching.compactMap(\.p99Milliseconds))))
            }
            table.append(row)
        }
        return table.rendered()
    }

    /// Failures by plane and reason: mean count per replication for each strategy.
    static func failuresSection(_ results: RunResults, strategies: [StrategyKind]) -> String {
        var keys: [(plane: String, reason: String)] = []
        for row in results.failures where !keys.contains(where: { $0 == (row.plane, row.reason) }) {
            keys.append((row.plane, row.reason))
        }
        var table = MarkdownTable(header: ["what failed", "why"] + strategies.map(\.rawValue),
                                  rightAligned: [false, false] + strategies.map { _ in true })
        let planeNames = ["data": "requests", "control": "pairs unreachable at the end", "quota": "operations refused"]
        for key in keys {
            var row = [planeNames[key.plane] ?? key.plane, "`\(key.reason)`"]
            for strategy in strategies {
                let replications = max(1, results.rows(strategy).count)
                let total = results.failures.filter { $0.strategy == strategy && $0.plane == key.plane && $0.reason == key.reason }
                    .reduce(0) { $0 + $1.count }
                row.append(total == 0 ? "0" : ReportNumber.format(Double(total) / Double(replications)))
            }
            table.append(row)
        }
        return "### Failures by reason\n\nMean count per replication (`failures.csv` has every replication).\n\n"
            + table.rendered() + "\n"
    }

    /// A path as a reader would type it: relative to the current folder when it lies
    /// inside it (manifests store the base scenario's absolute path).
    static func displayPath(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        let prefix = here.hasSuffix("/") ? here : here + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    // MARK: Shared sections

    static func findingsSection(_ findings: [Finding]) -> String {
        var out = "## Findings\n\n"
        if findings.isEmpty {
            out += "The data supports no finding of the kinds this report computes.\n\n"
        } else {
            let titles: [(Finding.Kind, String)] = [
                (.objective, "Objectives"), (.quota, "Quotas"), (.cost, "Cost"), (.overload, "Overload"), (.latency, "Latency"),
                (.timeToConnect, "Time to connect"),
            ]
            for (kind, title) in titles {
                let these = findings.filter { $0.kind == kind }
                guard !these.isEmpty else { continue }
                out += "### " + title + "\n\n"
                out += these.map { "- \($0.text)\n" }.joined() + "\n"
            }
        }
        return out
    }

    static func plotsSection(_ folder: String, _ charts: [(name: String, title: String)]) -> String {
        let present = charts.filter { FileManager.default.fileExists(atPath: PlotRenderer.join(folder, "plots/\($0.name).png")) }
        guard !present.isEmpty else {
            return "## Charts\n\nNo charts yet: `vpcsim plot \(folder)` renders them, then run `vpcsim report` again.\n"
        }
        return "## Charts\n\n" + present.map { "### \($0.title)\n\n![\($0.title)](plots/\($0.name).png)\n\n" }.joined()
    }
}
