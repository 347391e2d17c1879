import Foundation
import Testing
@testable import Experiment
import Strategies

/// `aggregate.csv` against Student-t intervals computed by hand from t tables.
@Suite struct AggregateTableTests {
    static func row(_ strategy: StrategyKind, _ replication: Int, p50: Double?, cost: Double, connections: Int) -> SummaryRow {
        SummaryRow(scenario: "s", strategy: strategy, replication: replication, seed: UInt64(replication + 1),
                   connections: connections, latencyP50Milliseconds: p50, monthlyCostUSD: cost)
    }

    func table() -> CSVTable {
        let mesh = [1.0, 2, 3, 4, 5].enumerated().map { Self.row(.peeringMesh, $0.offset, p50: $0.element, cost: 7, connections: 10 + $0.offset) }
        let tgw = [10.0, 12, 11, 15].enumerated().map { Self.row(.transitGateway, $0.offset, p50: nil, cost: $0.element, connections: 3) }
        let record = PointRecord(point: 4, values: ["40", "1/s"], rows: mesh + tgw)
        return AggregateTable.table([record], parameterColumns: ["fleets.app.count", "traffic.1.rate"])
    }

    func line(_ strategy: String, _ metric: String) throws -> [String] {
        try #require(table().rows.first { $0[3] == strategy && $0[4] == metric })
    }

    @Test func headerFollowsTheDesign() {
        #expect(table().header == ["point", "fleets.app.count", "traffic.1.rate", "strategy", "metric", "n", "mean",
                                   "ci95_low", "ci95_high"])
        // Two strategies × every numeric summary column.
        #expect(table().rows.count == 2 * SummaryMetric.allCases.count)
    }

    @Test func intervalOfFiveValuesMatchesTheTTable() throws {
        // 1..5: mean 3, s = √2.5; t(0.975, 4) = 2.776445 (t tables); half-width = 2.776445·√2.5/√5 = 1.963243.
        #expect(try line("peering-mesh", "latency_p50_ms") == ["4", "40", "1/s", "peering-mesh", "latency_p50_ms", "5",
                                                                "3.000000", "1.036757", "4.963243"])
    }

    @Test func intervalOfFourValuesMatchesTheTTable() throws {
        // 10, 12, 11, 15: mean 12, s = √(14/3); t(0.975, 3) = 3.182446; half-width = 3.437435.
        #expect(try line("transit-gateway", "monthly_cost_usd").suffix(4) == ["4", "12.000000", "8.562565", "15.437435"])
    }

    @Test func equalValuesGiveAPointIntervalAndMissingValuesAreNotCounted() throws {
        #expect(try line("peering-mesh", "monthly_cost_usd").suffix(4) == ["5", "7.000000", "7.000000", "7.000000"])
        #expect(try line("transit-gateway", "latency_p50_ms").suffix(4) == ["0", "", "", ""])
        #expect(try line("peering-mesh", "first_infeasible_vpcs").suffix(4) == ["0", "", "", ""])
    }

    @Test func oneValueHasAMeanButNoInterval() {
        let record = PointRecord(point: 0, values: ["1"], rows: [Self.row(.peeringMesh, 0, p50: 2.5, cost: 1, connections: 1)])
        let table = AggregateTable.table([record], parameterColumns: ["x"])
        #expect(table.rows.first { $0[3] == "latency_p50_ms" }?.suffix(4) == ["1", "2.500000", "", ""])
    }

    @Test func summaryRowsSurviveACSVRoundTrip() throws {
        let row = SummaryRow(scenario: "a,b \"quoted\"", strategy: .privateLinkHub, replication: 3, seed: UInt64.max,
                             vpcs: 7, regions: 2, connections: 21, routeEntriesTotal: 42, routeEntriesMaxPerTable: 6,
                             sgRulesTotal: 5, enis: 4, apiOperations: 63, quotaViolations: 1, unreachablePairs: 2,
                             firstInfeasibleVPCs: 127, requests: 1000, errors: 3, latencyP50Milliseconds: 70.1234,
                             latencyP99Milliseconds: nil, latencyP999Milliseconds: 80, timeToConnectP50Seconds: 1.5,
                             monthlyCostUSD: 12.345, events: 99)
        let text = SummaryRow.csvTable([row]).rendered()
        let back = try SummaryRow.rows(of: try CSVTable.parse(text, file: "x.csv"))
        #expect(back.count == 1)
        // Values come back as written: latencies to 1 µs, money to the cent.
        #expect(back[0].latencyP50Milliseconds == 70.123)
        #expect(back[0].monthlyCostUSD == 12.35 || back[0].monthlyCostUSD == 12.34)
        #expect(back[0].latencyP99Milliseconds == nil)
        #expect(back[0].scenario == row.scenario)
        #expect(back[0].seed == UInt64.max)
        #expect(SummaryRow.csvTable(back).rendered() == text)
    }

    @Test func malformedCSVIsReportedWithFileLineAndColumn() {
        let text = SummaryRow.csvHeader.joined(separator: ",") + "\n"
            + "s,peering-mesh,0,1,seven,2,0,0,0,0,0,0,0,0,0,,0,0,,,,,0.00,0,,0\n"
        do {
            _ = try SummaryRow.rows(of: try CSVTable.parse(text, file: "summary.csv"))
            Issue.record("a non-integer VPC count was accepted")
        } catch {
            #expect(error.description == "summary.csv:2:1: error: vpcs: expected an integer, found 'seven'")
        }
    }
}
