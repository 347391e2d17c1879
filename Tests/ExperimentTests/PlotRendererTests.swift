import Foundation
import Strategies
import Testing
@testable import Experiment

/// `vpcsim plot` on fixture folders: every chart is rendered as PNG and SVG by gnuplot.
@Suite struct PlotRendererTests {
    static let templates = SweepFixture.repository.appendingPathComponent("plots").path

    func expectImages(_ files: [String], named names: [String]) throws {
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == names.flatMap { ["\($0).png", "\($0).svg"] })
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: file))
            if file.hasSuffix(".png") {
                #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                #expect(data.count > 5_000)
            } else {
                #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
            }
        }
    }

    @Test func sweepChartsAreRendered() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  fleets.app.count: [10, 40, 160]\n  traffic.1.rate: [1/s, 10/s]")
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out)
        let files = try PlotRenderer.render(try ResultFolder.load(path: out), templates: Self.templates)
        try expectImages(files, named: ["sweep-connections", "sweep-routes", "sweep-cost", "sweep-latency", "sweep-time-to-connect"])
        // The data behind the connections chart: one block per strategy and rate, n(n−1)/2 for the mesh.
        let data = try String(contentsOfFile: out + "/plots/data/sweep-connections-data.dat", encoding: .utf8)
        #expect(data.hasPrefix("\"peering-mesh (traffic.1.rate = 1/s)\"\n12.000000 66.000000 66.000000 66.000000\n"))
        #expect(data.components(separatedBy: "\n\n\n").count == 6)
    }

    @Test func runChartsAreRendered() throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("run")
        try RunFixture.write(to: out)
        let files = try PlotRenderer.render(try ResultFolder.load(path: out), templates: Self.templates)
        try expectImages(files, named: ["run-latency-pairs", "run-timeseries"])
    }

    /// Every request failed (a growth run whose network is not connected yet): latency.csv
    /// has rows without latencies. The latency chart is left out; the rest is drawn.
    @Test func runWithoutASuccessfulRequestPlotsTheControlPlaneOnly() throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("run")
        try RunFixture.write(to: out)
        var failed = CSVTable(header: LatencyRow.csvHeader)
        for strategy in StrategyKind.allCases {
            failed.append(LatencyRow(scenario: "fixture", strategy: strategy, replication: 0, fromRegion: "eu-west-2",
                                     toRegion: "us-east-1", service: "api", requests: 100, errors: 100,
                                     meanMilliseconds: nil, p50Milliseconds: nil, p90Milliseconds: nil,
                                     p99Milliseconds: nil, p999Milliseconds: nil, maxMilliseconds: nil).csvFields)
        }
        try AtomicFile.write(failed.rendered(), to: out + "/latency.csv")
        let files = try PlotRenderer.render(try ResultFolder.load(path: out), templates: Self.templates)
        try expectImages(files, named: ["run-timeseries"])
    }

    @Test func chartsOfASweepThatDoesNotChangeTheVPCCountUseTheParameterAxis() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  traffic.1.rate: [1/s, 10/s]")
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out)
        let files = try PlotRenderer.render(try ResultFolder.load(path: out), templates: Self.templates)
        #expect(files.count == 10)
        let data = try String(contentsOfFile: out + "/plots/data/sweep-cost-data.dat", encoding: .utf8)
        // Placed by value index (0, 1), not by VPCs.
        #expect(data.split(separator: "\n")[1].hasPrefix("0.000000 "))
    }
}

/// Chart details a reader depends on: literal parameter names, log axes where values span
/// orders of magnitude, and quota lines only where they do not flatten the data.
@Suite struct PlotReadabilityTests {
    /// gnuplot's enhanced text would print `instances_per_az` as `instances` with `per`
    /// and `az` as subscripts; the axis label must name the parameter exactly.
    @Test func underscoresInParameterNamesStayLiteral() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  services.0.instances_per_az: [1, 2]", replications: 2)
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out)
        _ = try PlotRenderer.render(try ResultFolder.load(path: out), templates: PlotRendererTests.templates)
        for chart in ["sweep-connections", "sweep-cost", "sweep-latency"] {
            let svg = try String(contentsOfFile: out + "/plots/\(chart).svg", encoding: .utf8)
            #expect(svg.contains("services.0.instances_per_az"), "\(chart).svg")
        }
    }

    @Test func logAxisOnlyForPositiveValuesSpanningMoreThanTheRatio() {
        // Healthy latencies of the mesh-vs-hub sweep: p50 about 2.2 ms, p99 about 16 ms.
        #expect(!PlotSet.wideRange([2.2, 3.1, 15.0, 16.3]))
        // An overloaded point (minutes) next to healthy ones (tens of ms).
        #expect(PlotSet.wideRange([34.5, 70.8, 36_189]))
        // Exactly the ratio is not beyond it.
        #expect(!PlotSet.wideRange([1, PlotSet.wideRatio]))
        #expect(PlotSet.wideRange([1, PlotSet.wideRatio * 1.01]))
        // A zero or negative value cannot go on a log axis; no values, no axis.
        #expect(!PlotSet.wideRange([0, 5_000]))
        #expect(!PlotSet.wideRange([-1, 5_000]))
        #expect(!PlotSet.wideRange([]))
    }

    /// The run's route chart has a linear axis: a quota line at 1,000 over tables of 20
    /// entries would flatten them to the axis, so it is drawn only from a tenth of the quota.
    @Test func runRouteChartDrawsTheQuotaLineOnlyNearTheQuota() throws {
        #expect(PlotSet.quotaLine(1_000, fullest: 20) == nil)
        #expect(PlotSet.quotaLine(1_000, fullest: 99) == nil)
        #expect(PlotSet.quotaLine(1_000, fullest: 100) == 1_000)
        #expect(PlotSet.quotaLine(1_000, fullest: 4_000) == 1_000)
        #expect(PlotSet.quotaLine(nil, fullest: 4_000) == nil)

        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("run")
        try RunFixture.write(to: out)   // fullest table: at most 20 entries
        let jobs = PlotSet.jobs(for: try ResultFolder.load(path: out))
        let timeseries = try #require(jobs.first { $0.name == "run-timeseries" })
        #expect(timeseries.variables.first { $0.name == "routes_quota" }?.value == "0")
    }
}
