import Foundation
import Import
import Scenario
import SimKernel
import Testing

/// `vpcsim import aws --flow-logs` on flow logs written by `FlowLogGenerator` for a known
/// pattern against the committed fixture estate: the import must recover every rate and mean
/// size (1) exactly as the generator realised them and (2) within a stated statistical
/// tolerance of the pattern's parameters.
///
/// Tolerance: a stream of rate λ over T = 900 s yields N ~ Poisson(λT) connections, so the
/// rate estimate N/T has relative standard error 1/sqrt(λT); a mean of n sizes of standard
/// deviation σ has standard error σ/sqrt(n) (uniform on [a, b]: σ = (b − a + 1)/sqrt(12)
/// for whole bytes; exponential: σ = its mean). Each figure must lie within 4 standard
/// errors (a two-sided miss probability of 6e-5 per figure for a fresh seed).
@Suite struct FlowLogImportTests {
    static func interfaces(of vpcName: String, in estate: Estate) throws -> [(id: String, address: String)] {
        let vpc = try #require(estate.vpcs.first { $0.nameTag == vpcName })
        let endpoint = try #require(estate.endpoints.first { $0.vpcId == vpc.id && $0.type == "Interface" })
        return try endpoint.networkInterfaceIds.sorted().map { id in
            let interface = try #require(estate.interfaces.first { $0.id == id })
            return (id, try #require(interface.addresses.first))
        }
    }

    static func pattern() throws -> [FlowLogGenerator.Stream] {
        let estate = try EstateImportTests.estate()
        let targets = try #require(estate.targetGroups.first { $0.name == "orders" }).targets.map(\.id).sorted()
        return [
            // a-use1-01's blocks overlap b-use1-03's: the logging endpoint interface tells them apart.
            FlowLogGenerator.Stream(clientVPC: "a-use1-01", clientSubnets: ["10.1.0.0/24", "10.1.1.0/24"],
                                    route: .endpoint(try interfaces(of: "a-use1-01", in: estate)), port: 443,
                                    ratePerSecond: 2, requestBytes: 500...2500, meanResponseBytes: 20_000),
            FlowLogGenerator.Stream(clientVPC: "a-use1-02", clientSubnets: ["10.2.0.0/24", "10.2.1.0/24"],
                                    route: .endpoint(try interfaces(of: "a-use1-02", in: estate)), port: 443,
                                    ratePerSecond: 0.5, requestBytes: 200...600, meanResponseBytes: 5_000),
            FlowLogGenerator.Stream(clientVPC: "a-use1-03", clientSubnets: ["10.3.0.0/24", "10.3.1.0/24"],
                                    route: .targets(targets), port: 443,
                                    ratePerSecond: 1, requestBytes: 1000...3000, meanResponseBytes: 50_000),
        ]
    }

    /// Generates, imports; returns the generator's account of what it wrote, the import's
    /// outcome and the written scenario text.
    static func generateAndImport(seed: UInt64 = 12) throws
        -> (streams: [FlowLogGenerator.Stream], written: (streams: [FlowLogGenerator.Realised], firstStart: Int64, lastEnd: Int64, duplicates: Int, hops: Int),
            outcome: ValidateCommandTests.Outcome, text: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowlogs-\(UUID().uuidString)")
        let streams = try pattern()
        let written = try FlowLogGenerator(seed: seed, streams: streams).write(to: folder.appendingPathComponent("logs"))
        let out = folder.appendingPathComponent("estate.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws", EstateImportTests.accountA, EstateImportTests.accountB,
                                                    "--flow-logs", folder.appendingPathComponent("logs").path, "--out", out])
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (streams, written, outcome, text, folder)
    }

    @Test func recoversEveryRateAndMeanSize() throws {
        let (streams, written, outcome, text, folder) = try Self.generateAndImport()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let scenario = try ScenarioLoader.load(path: folder.appendingPathComponent("estate.yaml").path)
        let window = written.lastEnd - written.firstStart
        #expect(window <= FlowLogGenerator.windowSeconds && window > FlowLogGenerator.windowSeconds - 10)
        #expect(text.contains("(\(window) s); the rates are over it."))
        #expect(scenario.traffic.count == streams.count)
        for (stream, realised) in zip(streams, written.streams) {
            let entry = try #require(scenario.traffic.first { $0.from.name == stream.clientVPC && $0.to == "orders" }, "\(stream.clientVPC)")
            // (1) exactly what the generator wrote: connections over the records' window, and mean bytes.
            let rate = entry.rate.perSecond
            #expect(abs(rate - Double(realised.connections) / Double(window)) <= 1e-5 * rate, "\(stream.clientVPC)")
            #expect(entry.requestSize.family == DistributionFamily.constant && entry.responseSize.family == DistributionFamily.constant)
            let request = try #require(entry.requestSize.mean)
            let response = try #require(entry.responseSize.mean)
            #expect(request == (Double(realised.requestBytes) / Double(realised.connections)).rounded(), "\(stream.clientVPC)")
            #expect(response == (Double(realised.responseBytes) / Double(realised.connections)).rounded(), "\(stream.clientVPC)")
            #expect(text.contains("\(realised.connections) connections in "))
            // (2) the pattern's parameters, within 4 standard errors.
            let n = stream.ratePerSecond * Double(FlowLogGenerator.windowSeconds)
            #expect(abs(rate / stream.ratePerSecond - 1) <= 4 / n.squareRoot(), "rate of \(stream.clientVPC): \(rate)")
            let a = Double(stream.requestBytes.lowerBound), b = Double(stream.requestBytes.upperBound)
            let requestMean = (a + b) / 2, requestSD = (b - a + 1) / 12.0.squareRoot()
            #expect(abs(request - requestMean) <= 4 * requestSD / n.squareRoot(), "request size of \(stream.clientVPC): \(request)")
            // Exponential sizes rounded up to whole bytes: mean + 0.5 on average.
            #expect(abs(response - stream.meanResponseBytes - 0.5) <= 4 * stream.meanResponseBytes / n.squareRoot(),
                    "response size of \(stream.clientVPC): \(response)")
        }
        // Records logged at both ends counted once; the endpoint-to-target hops, the NODATA and
        // REJECT records listed under Not used, with their counts.
        #expect(text.contains("(\(written.duplicates) logged at both ends, counted once)"), "\(text)")
        #expect(text.contains("\(written.hops) records between a load balancer or endpoint and its targets"))
        #expect(text.contains("1 REJECT records") && text.contains("1 NODATA records"))
        #expect(outcome.stderr.contains("flow logs: "))
    }

    @Test func sameLogsSameScenario() throws {
        let first = try Self.generateAndImport(seed: 5)
        defer { try? FileManager.default.removeItem(at: first.folder) }
        let second = try Self.generateAndImport(seed: 5)
        defer { try? FileManager.default.removeItem(at: second.folder) }
        #expect(first.outcome.status == 0 && second.outcome.status == 0)
        func body(_ text: String, _ folder: URL) -> String { text.replacingOccurrences(of: folder.path, with: "DIR") }
        #expect(body(first.text, first.folder) == body(second.text, second.folder))
    }
}
