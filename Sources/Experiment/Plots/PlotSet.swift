import Strategies

/// The charts of a result folder, as jobs for `PlotRenderer`.
///
/// A sweep gets connections, route entries (all tables and the fullest), monthly cost,
/// latency (p50 and p99) and time to connect, each against the primary axis (VPCs when a
/// parameter changes the VPC count; then log-log for counts and cost). A run gets latency per
/// region pair and the control plane over time. Charts without data are left out.
enum PlotSet {
    static func jobs(for folder: ResultFolder) -> [PlotJob] {
        switch folder {
        case .sweep(let results): return sweepJobs(results)
        case .run(let results): return runJobs(results)
        }
    }

    // MARK: Sweeps

    static func sweepJobs(_ results: SweepResults) -> [PlotJob] {
        guard let axis = SweepAxis.primary(of: results), !results.records.isEmpty else { return [] }
        let strategies = results.strategies
        func series(_ metric: SummaryMetric, log: Bool) -> [PlotSeries] {
            var all: [PlotSeries] = []
            for (g, group) in axis.groups.enumerated() {
                for strategy in strategies {
                    let points = group.records.map { record -> [Double?] in
                        let s = results.summary(record, strategy, metric)
                        let values = [s.mean, s.interval?.lower ?? s.mean, s.interval?.upper ?? s.mean]
                        return [axis.x(record)] + values.map { v in v.flatMap { log && $0 <= 0 ? nil : $0 } }
                    }.sorted { ($0[0] ?? 0) < ($1[0] ?? 0) }
                    all.append(PlotSeries(title: strategy.rawValue + group.suffix, color: StrategyStyle.color(strategy),
                                          dash: g % 8 + 1, points: points))
                }
            }
            return all
        }
        func hasPositive(_ metric: SummaryMetric) -> Bool {
            results.records.contains { record in record.rows.contains { (metric.value(in: $0) ?? 0) > 0 } }
        }
        func hasValues(_ metric: SummaryMetric) -> Bool {
            results.records.contains { record in record.rows.contains { metric.value(in: $0) != nil } }
        }

        /// Strategies a log axis cannot draw because every value is 0.
        func note(_ metric: SummaryMetric, log: Bool) -> String {
            guard log else { return PlotJob.string("") }
            let hidden = strategies.filter { strategy in
                !results.records.contains { record in record.rows.contains { $0.strategy == strategy && (metric.value(in: $0) ?? 0) > 0 } }
            }
            return PlotJob.string(hidden.isEmpty ? "" : "not drawn (0 on the log axis): " + hidden.map(\.rawValue).joined(separator: ", "))
        }
        let xs = results.records.map { axis.x($0) }
        let logx = axis.drivesVPCs && xs.allSatisfy { $0 > 0 }
        let quotas = results.manifest.quotas
        let limit = axis.drivesVPCs ? quotas.vpcLimit(among: strategies) : nil
        var xmin = xs.min() ?? 0, xmax = xs.max() ?? 1
        if let limit, logx { xmax = max(xmax, Double(limit.vpcs)) }
        if logx { xmin /= 1.25; xmax *= 1.25 } else { xmin -= 0.5; xmax += 0.5 }
        let sample = series(.connections, log: false)
        var common: [(name: String, value: String)] = [
            ("n", String(sample.count)),
            ("colors", PlotJob.string(sample.map(\.color).joined(separator: " "))),
            ("dashes", PlotJob.string(sample.map { String($0.dash) }.joined(separator: " "))),
            ("xlabel", PlotJob.string(axis.drivesVPCs ? "VPCs (count, along \(axis.path))" : axis.path)),
            ("logx", logx ? "1" : "0"),
            ("xmin", PlotSeries.number(xmin)), ("xmax", PlotSeries.number(xmax)),
            ("xtics_cmd", PlotJob.string(axis.drivesVPCs ? "" : xticsCommand(results, axis))),
        ]
        let limitVariables: [(name: String, value: String)] = [
            ("mesh_limit", String(limit?.vpcs ?? 0)),
            ("mesh_label", PlotJob.string(limit?.label ?? "")),
        ]
        common += limitVariables
        var jobs: [PlotJob] = []
        let countLog = hasPositive(.connections)
        jobs.append(PlotJob(name: "sweep-connections", template: "sweep-connections.gp",
                            data: [("data", PlotSeries.dataFile(series(.connections, log: countLog)))],
                            variables: common + [("logy", countLog ? "1" : "0"), ("note", note(.connections, log: countLog))]))
        let routesLog = hasPositive(.routeEntriesTotal) && hasPositive(.routeEntriesMaxPerTable)
        let routes = quotas.routesPerRouteTable
        let fullest = results.records.flatMap { $0.rows.map { Double($0.routeEntriesMaxPerTable) } }.max() ?? 0
        let routesTop = routes.map { Double($0) > fullest ? Double($0) * (routesLog ? 2 : 1.1) : 0 } ?? 0
        jobs.append(PlotJob(name: "sweep-routes", template: "sweep-routes.gp",
                            data: [("data_total", PlotSeries.dataFile(series(.routeEntriesTotal, log: routesLog))),
                                   ("data_max", PlotSeries.dataFile(series(.routeEntriesMaxPerTable, log: routesLog)))],
                            variables: common + [("logy", routesLog ? "1" : "0"), ("routes_quota", String(routes ?? 0)),
                                                 ("note_total", note(.routeEntriesTotal, log: routesLog)),
                                                 ("note_max", note(.routeEntriesMaxPerTable, log: routesLog)),
                                                 ("ymax_max", PlotSeries.number(routesTop)),
                                                 ("routes_label", PlotJob.string(routes.map {
                                                     "routes per route table quota (\(NumberFormat.grouped($0)))" } ?? ""))]))
        let costLog = logx && hasPositive(.monthlyCostUSD)
        jobs.append(PlotJob(name: "sweep-cost", template: "sweep-cost.gp",
                            data: [("data", PlotSeries.dataFile(series(.monthlyCostUSD, log: costLog)))],
                            variables: common + [("logy", costLog ? "1" : "0"), ("note", note(.monthlyCostUSD, log: costLog))]))
        /// Every value a chart of `metric` draws: means and the ends of their intervals.
        func drawn(_ metric: SummaryMetric) -> [Double] {
            results.records.flatMap { record in
                strategies.flatMap { strategy -> [Double] in
                    let s = results.summary(record, strategy, metric)
                    return [s.mean, s.interval?.lower, s.interval?.upper].compactMap { $0 }
                }
            }
        }
        if hasValues(.latencyP50Milliseconds) {
            let latencyLog = wideRange(drawn(.latencyP50Milliseconds) + drawn(.latencyP99Milliseconds))
            jobs.append(PlotJob(name: "sweep-latency", template: "sweep-latency.gp",
                                data: [("data_p50", PlotSeries.dataFile(series(.latencyP50Milliseconds, log: latencyLog))),
                                       ("data_p99", PlotSeries.dataFile(series(.latencyP99Milliseconds, log: latencyLog)))],
                                variables: common + [("logy", latencyLog ? "1" : "0")]))
        }
        if hasValues(.timeToConnectP50Seconds) {
            let timeLog = wideRange(drawn(.timeToConnectP50Seconds))
            jobs.append(PlotJob(name: "sweep-time-to-connect", template: "sweep-time-to-connect.gp",
                                data: [("data", PlotSeries.dataFile(series(.timeToConnectP50Seconds, log: timeLog)))],
                                variables: common + [("logy", timeLog ? "1" : "0")]))
        }
        return jobs
    }

    /// Whether `values` (what a chart draws: means and interval ends) span so many orders
    /// of magnitude that a linear axis would flatten the small ones: all positive (an
    /// interval reaching zero cannot be drawn on a log axis), and the largest more than
    /// `wideRatio` times the smallest. Latency of an overloaded service (minutes) next to a
    /// healthy one (milliseconds), or time to connect of peering (seconds) next to
    /// PrivateLink (minutes), then stay readable on a log axis.
    static func wideRange(_ values: [Double]) -> Bool {
        guard let low = values.min(), let high = values.max(), low > 0 else { return false }
        return high > wideRatio * low
    }

    /// The spread beyond which `wideRange` asks for a log axis.
    static let wideRatio = 20.0

    /// The routes-per-table quota to draw on a linear axis whose fullest table holds
    /// `fullest` entries: nil (no line) when the quota is unlimited or the data stays under
    /// `quotaLineShare` of it, since the line would then squash the data against the axis.
    static func quotaLine(_ quota: Int?, fullest: Int) -> Int? {
        guard let quota, Double(fullest) >= quotaLineShare * Double(quota) else { return nil }
        return quota
    }

    /// The share of a quota the data must reach before a linear chart draws the quota line.
    static let quotaLineShare = 0.1

    /// `set xtics ("1/s" 0, "10/s" 1)` for an axis placed by value index.
    static func xticsCommand(_ results: SweepResults, _ axis: SweepAxis) -> String {
        let values = results.layout.parameters[axis.parameter].values
        return "set xtics (" + values.enumerated().map { i, v in
            "\"" + v.replacingOccurrences(of: "\"", with: "'") + "\" \(i)"
        }.joined(separator: ", ") + ")"
    }

    // MARK: Runs

    static func runJobs(_ results: RunResults) -> [PlotJob] {
        var jobs: [PlotJob] = []
        let strategies = results.strategies
        let colors = PlotJob.string(strategies.map(StrategyStyle.color).joined(separator: " "))
        let pairs = RunFindings.pairs(results)
        // Without a single successful request (every one failed, e.g. before the network was
        // connected) there are no latencies to draw, and gnuplot refuses an empty chart.
        if !pairs.isEmpty && results.latency.contains(where: { $0.p50Milliseconds != nil }) {
            func table(_ value: KeyPath<LatencyRow, Double?>) -> String {
                pairs.map { pair in
                    "\"\(pair.from) -> \(pair.to) (\(pair.service))\""
                        + strategies.map { strategy -> String in
                            let values = results.latency.filter {
                                $0.strategy == strategy && $0.fromRegion == pair.from && $0.toRegion == pair.to
                                    && $0.service == pair.service && $0.requests > 0
                            }.compactMap { $0[keyPath: value] }
                            let s = AggregateTable.Summary(values)
                            return " " + [s.mean, s.interval?.lower ?? s.mean, s.interval?.upper ?? s.mean]
                                .map(PlotSeries.number).joined(separator: " ")
                        }.joined() + "\n"
                }.joined()
            }
            jobs.append(PlotJob(name: "run-latency-pairs", template: "run-latency-pairs.gp",
                                data: [("data_p50", table(\.p50Milliseconds)), ("data_p99", table(\.p99Milliseconds))],
                                variables: [("n", String(strategies.count)), ("colors", colors), ("pairs", String(pairs.count)),
                                            ("titles", PlotJob.string(strategies.map(\.rawValue).joined(separator: " ")))]))
        }
        if !results.timeseries.isEmpty {
            let maxT = results.timeseries.map(\.timeSeconds).max() ?? 0
            let (scale, unit) = maxT > 2 * 86_400 ? (86_400.0, "d") : maxT > 7_200 ? (3_600.0, "h")
                : maxT > 120 ? (60.0, "min") : (1.0, "s")
            let series = strategies.map { strategy -> PlotSeries in
                let rows = results.timeseries.filter { $0.strategy == strategy }
                let first = rows.map(\.replication).min() ?? 0
                let points = rows.filter { $0.replication == first }.sorted { $0.timeSeconds < $1.timeSeconds }.map { row -> [Double?] in
                    [row.timeSeconds / scale, Double(row.vpcs), Double(row.connections), Double(row.routeEntriesTotal),
                     Double(row.routeEntriesMaxPerTable), row.monthlyCostUSD]
                }
                return PlotSeries(title: strategy.rawValue, color: StrategyStyle.color(strategy), dash: 1, points: points)
            }
            let routes = results.manifest.quotas?.routesPerRouteTable ?? QuotaMarks.catalogMaximum.routesPerRouteTable
            let fullest = results.timeseries.map(\.routeEntriesMaxPerTable).max() ?? 0
            jobs.append(PlotJob(name: "run-timeseries", template: "run-timeseries.gp",
                                data: [("data", PlotSeries.dataFile(series))],
                                variables: [("n", String(series.count)), ("colors", colors),
                                            ("tlabel", PlotJob.string("simulated time (\(unit))")),
                                            ("routes_quota", String(quotaLine(routes, fullest: fullest) ?? 0))]))
        }
        return jobs
    }
}
