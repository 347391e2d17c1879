import Foundation
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
