import Foundation
import Testing
@testable import Experiment
import CloudModel
import Strategies

/// Findings on folders with designed data: the thresholds a report states are the ones the
/// closed forms give, and no finding appears where the data cannot show it.
@Suite struct ReportFindingsTests {
    func designedSweep(_ vary: String, _ fixture: SweepFixture) async throws -> ResultFolder {
        let sweep = try fixture.sweep(vary, replications: 5)
        let out = fixture.folder("designed")
        try await SweepFixture.run(sweep, out: out, runner: DesignedRunner())
        return try ResultFolder.load(path: out)
    }

    @Test func sweepFindingsMatchTheClosedForms() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        // 2 explicit VPCs + the fleet: 12, 42, 82, 162 VPCs.
        let folder = try await designedSweep("  fleets.app.count: [10, 40, 80, 160]", fixture)
        let findings = ReportWriter.findings(folder)

        // A full mesh breaks the 125-peerings quota beyond 126 VPCs: first at 162, none at 82.
        let quota = findings.filter { $0.kind == .quota }
        let mesh = try #require(quota.first { $0.strategy == .peeringMesh })
        #expect(mesh.at == "162")
        #expect(mesh.text.contains("at 82 VPCs, none in 5 replications"))
        #expect(mesh.text.contains("quota violations in 5 of 5 replications (mean 36)"))
        #expect(mesh.text.contains("127 VPCs as the first infeasible count"))
        #expect(quota.filter { $0.strategy != .peeringMesh }.allSatisfy { $0.at == nil && $0.text.contains("breaks no quota up to 162 VPCs") })

        // n(n−1)/2 = 36.5n + 100 at n ≈ 76.4: TGW becomes cheaper between 42 and 82 VPCs.
        let crossover = try #require(findings.first { $0.kind == .cost && $0.strategy == .transitGateway && $0.other == .peeringMesh })
        #expect(crossover.at == "82")
        #expect(crossover.text.contains("between 42 VPCs and 82 VPCs"))
        // At 42 VPCs: mesh 861 vs TGW 1,633 dollars (plus the same draw below 0.5).
        #expect(crossover.text.contains("peering-mesh $861."))
        #expect(crossover.text.contains("transit-gateway $1,633."))
        // PrivateLink is the dearest at every point: stated as such, with no crossover.
        let throughout = findings.filter { $0.kind == .cost && $0.at == nil }
        #expect(throughout.count == 2)
        #expect(throughout.allSatisfy { $0.other == .privateLinkHub && $0.text.contains("at every one of the 4 comparable points") })

        // PrivateLink adds exactly 0.4 ms at p50; TGW's alternating ±0.01 ms is no resolvable difference.
        let pl = try #require(findings.first { $0.kind == .latency && $0.strategy == .privateLinkHub && $0.text.contains("median") })
        #expect(pl.text.contains("by +0.400 ms"))
        #expect(pl.text.contains("above zero at 4, below zero at 0, and includes zero at 0"))
        let tgw = try #require(findings.first { $0.kind == .latency && $0.strategy == .transitGateway && $0.text.contains("median") })
        #expect(tgw.text.contains("includes zero at 4"))
    }

    @Test func noVPCFindingWhenTheSweepDoesNotChangeTheVPCCount() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let folder = try await designedSweep("  traffic.1.rate: [1/s, 10/s, 100/s]", fixture)
        let findings = ReportWriter.findings(folder)
        #expect(findings.filter { $0.kind == .quota }.isEmpty)
        // Costs do not depend on the rate here, so nothing crosses over.
        #expect(findings.filter { $0.kind == .cost && $0.at != nil }.isEmpty)
        let report = ReportWriter.markdown(folder)
        #expect(!report.contains("first breaks a quota"))
        #expect(!report.contains("becomes cheaper"))
    }

    @Test func runFindingsMatchTheFixture() throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("run")
        try RunFixture.write(to: out, strategies: [.peeringMesh, .privateLinkHub, .transitGateway])
        let folder = try ResultFolder.load(path: out)
        let findings = ReportWriter.findings(folder)
        let mesh = try #require(findings.first { $0.kind == .quota && $0.strategy == .peeringMesh })
        #expect(mesh.text.contains("breaks a quota with 40 VPCs: quota violations in 5 of 5 replications (mean 3)"))
        #expect(mesh.text.contains("first infeasible count is 127 VPCs"))
        #expect(findings.filter { $0.kind == .quota && $0.text.contains("breaks no quota") }.count == 2)
        // Cost: 100, 150, 200 (+0.1·r): peering is cheapest, by exactly 50 and 100 dollars.
        let cheaper = findings.filter { $0.kind == .cost }
        #expect(cheaper.count == 3)
        #expect(cheaper.contains { $0.strategy == .peeringMesh && $0.other == .transitGateway && $0.text.contains("$50.00 less") })
        #expect(cheaper.contains { $0.strategy == .peeringMesh && $0.other == .privateLinkHub && $0.text.contains("$100.00 less") })
        // Latency per pair: PrivateLink adds 0.4 ms at p50 (78.6 → 79.0 mean); TGW no resolvable difference.
        let pl = try #require(findings.first { $0.kind == .latency && $0.strategy == .privateLinkHub })
        #expect(pl.at == "eu-west-2 → us-east-1 (api)")
        #expect(pl.text.contains("adds 0.400 ms at p50 (79.00 vs 78.60 ms"))
        let tgw = try #require(findings.first { $0.kind == .latency && $0.strategy == .transitGateway })
        #expect(tgw.text.contains("makes no difference the data can resolve"))
    }

    /// A cost finding says which load balancers both costs include (the manifest's
    /// `load_balancers`), and says nothing of them for a folder written before it existed.
    @Test func costFindingsNameTheLoadBalancersBothCostsInclude() throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("run")
        try RunFixture.write(to: out, strategies: [.peeringMesh, .privateLinkHub], loadBalancers: [
            "peering-mesh": "nlb × 1 (services[].load_balancer)",
            "privatelink-hub": "endpoint-service NLB × 1 (services[].load_balancer)",
        ])
        let cost = try #require(ReportWriter.findings(try ResultFolder.load(path: out)).first { $0.kind == .cost })
        #expect(cost.text.hasSuffix(" Load balancers included: **peering-mesh** `nlb × 1 (services[].load_balancer)`, "
                                    + "**privatelink-hub** `endpoint-service NLB × 1 (services[].load_balancer)`."), "\(cost.text)")
        let older = fixture.folder("older")
        try RunFixture.write(to: older, strategies: [.peeringMesh, .privateLinkHub])
        let plain = try #require(ReportWriter.findings(try ResultFolder.load(path: older)).first { $0.kind == .cost })
        #expect(!plain.text.contains("Load balancers"))
    }

    /// What each design's manifest entry says: the configured balancers it adds, and its own.
    @Test func loadBalancerSettingsPerDesign() {
        let configured: [LoadBalancerKind] = [.nlb, .alb, .none]
        #expect(PeeringMeshStrategy.loadBalancerSetting(configured) == "nlb × 1 + alb × 1 (services[].load_balancer)")
        #expect(PrivateLinkHubStrategy.loadBalancerSetting(configured)
                == "endpoint-service NLB × 3 + alb × 1 (services[].load_balancer)")
        #expect(VPCLatticeStrategy.loadBalancerSetting(configured) == "Lattice service proxy × 3 (services[].load_balancer)")
        #expect(TransitGatewayStrategy.loadBalancerSetting([.none]) == "none (services[].load_balancer)")
    }

    @Test func noLatencyFindingWithoutPeeringToCompareWith() throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("run")
        try RunFixture.write(to: out, strategies: [.privateLinkHub, .transitGateway])
        let findings = ReportWriter.findings(try ResultFolder.load(path: out))
        #expect(findings.filter { $0.kind == .latency }.isEmpty)
        #expect(!findings.isEmpty)
    }

    @Test func reportStatesWhatWasRunAndEmbedsChartsThatExist() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let folder = try await designedSweep("  fleets.app.count: [10, 40]", fixture)
        var report = ReportWriter.markdown(folder)
        #expect(report.contains("| replications | 5 per point and strategy |"))
        #expect(report.contains("| seed | 42;"))
        #expect(report.contains("`fleets.app.count`: 10, 40"))
        #expect(report.contains("No charts yet"))
        try FileManager.default.createDirectory(atPath: folder.path + "/plots", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: folder.path + "/plots/sweep-cost.png"))
        report = ReportWriter.markdown(folder)
        #expect(report.contains("![Monthly cost](plots/sweep-cost.png)"))
        #expect(!report.contains("plots/sweep-routes.png"))
        let path = try ReportWriter.write(folder)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
