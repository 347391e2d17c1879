import ArgumentParser
import CloudModel
import Experiment
import SimKernel
import Strategies

/// `vpcsim regions`: the built-in Regions and the latency data bundled with them: AZ
/// counts, the measured inter-Region round trips with the distribution fitted to each, and
/// the delays used inside a Region and through the extra hops.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "List built-in regions with their latency data.",
        discussion: """
            Round trips are CloudPing's one-year median and 90th percentile per directed pair \
            (commonwarexyz/monorepo snapshot, 2025-07-17). Each pair is fitted as \
            floor + lognormal with floor = 2·p50 − p90, so the fit passes through both figures; \
            the p99 shown is that fit's extrapolation (no p99 was measured). The percentiles are \
            over six-hourly averages, so per-packet jitter is understated. overhead_ms is the \
            pair's estimated CloudPing endpoint overhead (the mean of both Regions' same-Region \
            median minus 1.2 ms), which --source cloudping-corrected (latency.source in a \
            scenario) subtracts.
            """)

    @Option(help: "Show only round trips from this region.")
    var from: String?

    @Option(help: "Show only round trips to this region.")
    var to: String?

    @Option(help: "Which round trips to show: cloudping (as measured, the default) or cloudping-corrected.")
    var source: String = LatencySource.standard.rawValue

    @Flag(help: "Print the round-trip table as CSV instead of the full listing.")
    var csv = false

    func validate() throws {
        let sources = LatencySource.allCases.map(\.rawValue)
        if LatencySource(rawValue: source) == nil {
            let hint = EditDistance.closest(to: source, among: sources).map { "; did you mean \($0)?" } ?? ""
            throw ValidationError("--source: '\(source)' is not a latency source\(hint) (expected one of \(sources.joined(separator: ", ")))")
        }
        for name in [from, to].compactMap({ $0 }) where BuiltInRegions.named(name) == nil {
            let hint = EditDistance.closest(to: name, among: BuiltInRegions.names).map { "; did you mean \($0)?" } ?? ""
            throw ValidationError("'\(name)' is not a built-in region\(hint) (expected one of \(BuiltInRegions.names.joined(separator: ", ")))")
        }
    }

    func run() throws {
        let chosen = LatencySource(rawValue: source) ?? .standard
        let pairs = chosen.all.filter { (from == nil || $0.from == from) && (to == nil || $0.to == to) }
        if csv {
            print(Self.pairTable(pairs, csv: true), terminator: "")
            return
        }
        print("Built-in regions (AZ ids from AWS's AZ table; constrained zones listed last)\n")
        var regions = TextTable(header: ["region", "azs", "az_ids"])
        for region in BuiltInRegions.all {
            regions.append([region.name, "\(region.zones.count)", region.zones.map(\.description).joined(separator: " ")])
        }
        print(regions.rendered())
        print("Inter-region round trips, ms (latency.source: \(chosen.rawValue)): \(chosen.summary); "
              + "fit = floor + lognormal(median = p90 − p50, "
              + "sigma = \(NumberFormat.fixed(DelayDistribution.fittedSigma, decimals: 3))); p99 extrapolated by the fit\n")
        print(Self.pairTable(pairs, csv: false))
        print("CloudPing's endpoint overhead per region, ms: same-region median (Lambda → the region's own DynamoDB "
              + "endpoint) − \(Self.ms(CloudPingOverhead.intraRegionRoundTrip)) (the cross-AZ median); a pair's is the "
              + "mean of its two regions'\n")
        var overheads = TextTable(header: ["region", "same_region_p50_ms", "overhead_ms"])
        for (region, _) in SameRegionRoundTrips.p50Milliseconds {
            guard let p50 = SameRegionRoundTrips.p50(region), let overhead = CloudPingOverhead.overhead(region: region) else { continue }
            overheads.append([region, Self.ms(p50), Self.ms(overhead)])
        }
        print(overheads.rendered())
        print("Inside a region and through the extra hops (each overridable under latency: in a scenario)\n")
        var local = TextTable(header: ["delay", "distribution", "p50_ms", "p99_ms", "mean_ms"])
        let rows: [(String, DelayDistribution)] = [
            ("same-AZ round trip", LatencyDefaults.sameAZ),
            ("cross-AZ round trip", LatencyDefaults.crossAZ),
        ] + DesignRegistry.hops.map { ($0.label + " (" + $0.key + ")", $0.defaultDelay) }
        for (name, delay) in rows {
            local.append([name, delay.description, Self.ms(delay.quantile(0.5)), Self.ms(delay.quantile(0.99)),
                          Self.ms(delay.mean ?? .nan)])
        }
        print(local.rendered(), terminator: "")
        print("\nOne-way delays are half a round trip unless latency.forward_share says otherwise.")
    }

    /// The pair table, as aligned text or CSV.
    static func pairTable(_ pairs: [MeasuredRoundTrip], csv: Bool) -> String {
        let header = ["from", "to", "p50_ms", "p90_ms", "overhead_ms", "floor_ms", "excess_median_ms", "p99_fit_ms"]
        let rows = pairs.map { pair -> [String] in
            let fit = pair.fitted
            let overhead = CloudPingOverhead.overhead(from: pair.from, to: pair.to).map { ms(Double($0.nanoseconds)) } ?? ""
            return [pair.from, pair.to, ms(pair.p50), ms(pair.p90), overhead, ms(fit.floor), ms(fit.body.quantile(0.5)),
                    ms(fit.quantile(0.99))]
        }
        if csv {
            var table = CSVTable(header: header)
            for row in rows { table.append(row) }
            return table.rendered()
        }
        return TextTable(header: header, rows: rows).rendered()
    }

    static func ms(_ t: SimTime) -> String { NumberFormat.fixed(t.milliseconds, decimals: 2) }
    static func ms(_ nanoseconds: Double) -> String { NumberFormat.fixed(nanoseconds / 1e6, decimals: 3) }
}
