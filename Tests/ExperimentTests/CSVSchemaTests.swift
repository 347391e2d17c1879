import Foundation
import Testing
@testable import Experiment
import Scenario
import Strategies

/// The output schemas: each file's header comes from its one column list, a design's extra
/// columns extend the summary (header, fields, parsing, aggregate metrics), and the labels
/// of tables and charts derive from a column's title and unit.
@Suite struct CSVSchemaTests {
    /// A design's column computed from the standard ones: monthly cost per VPC.
    static let costPerVPC = CSVColumn<SummaryRow>(
        name: "cost_per_vpc_usd", unit: "USD", title: "cost per VPC", isCount: false,
        format: { row in row.vpcs > 0 ? NumberFormat.fixed(row.monthlyCostUSD / Double(row.vpcs), decimals: 2) : "" },
        parse: { (_: inout SummaryRow, cell: CSVCell) throws(ScenarioError) in _ = try cell.optionalDouble() },
        number: { row in row.vpcs > 0 ? row.monthlyCostUSD / Double(row.vpcs) : nil })

    static let row = SummaryRow(scenario: "s", strategy: .transitGateway, replication: 1, seed: 9, vpcs: 4,
                                monthlyCostUSD: 10, events: 3)

    /// An objective names a summary.csv column, except the two measured from the requests only.
    @Test func objectiveMetricsAreSummaryColumns() {
        for metric in ObjectiveMetric.allCases where metric != .errorShare && metric != .latencyP90 {
            #expect(SummaryRow.csvHeader.contains(metric.rawValue), "\(metric.rawValue)")
        }
    }

    @Test func eachFileHeaderIsItsSchemaInOrder() {
        // The overload columns (utilisation, overloaded) come after events.
        #expect(SummaryRow.csvHeader.first == "scenario" && SummaryRow.csvHeader.last == "overloaded")
        #expect(SummaryRow.csvHeader == SummaryRow.identifierColumns.map(\.name) + SummaryMetric.allCases.map(\.column))
        #expect(TimeseriesRow.csvHeader == ["scenario", "strategy", "replication", "t_s", "vpcs", "connections",
                                            "route_entries_total", "route_entries_max_per_table", "api_operations",
                                            "quota_violations", "monthly_cost_usd"])
        #expect(FailureRow.csvHeader == ["scenario", "strategy", "replication", "plane", "reason", "count"])
        #expect(LatencyRow.csvHeader.suffix(6) == ["mean_ms", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms"])
    }

    @Test func theAggregateMetricsAreTheMeasuredSummaryColumns() {
        #expect(SummaryRow.schema.metrics == SummaryMetric.allCases)
        #expect(!SummaryRow.schema.metrics.contains { ["scenario", "strategy", "replication", "seed"].contains($0.column) })
        #expect(SummaryMetric.latencyP999Milliseconds.label == "latency p99.9 (ms)")
        #expect(SummaryMetric.routeEntriesTotal.label == "static route entries (all tables)")
        #expect(SummaryMetric.routeEntriesPropagated.label == "propagated route entries (all tables)")
        #expect(SummaryMetric.firstInfeasibleVPCs.isCount && !SummaryMetric.monthlyCostUSD.isCount)
    }

    @Test func aDesignsColumnsFollowTheStandardOnes() throws {
        let schema = SummaryRow.schema(adding: [Self.costPerVPC])
        #expect(schema.header == SummaryRow.csvHeader + ["cost_per_vpc_usd"])
        #expect(schema.fields(Self.row) == Self.row.csvFields + ["2.50"])
        #expect(schema.metrics.last?.column == "cost_per_vpc_usd")
        #expect(schema.metrics.last?.label == "cost per VPC (USD)")
        #expect(schema.metrics.last?.value(in: Self.row) == 2.5)

        let text = schema.table([Self.row]).rendered()
        #expect(try schema.rows(of: try CSVTable.parse(text, file: "summary.csv")) == [Self.row])
        // The standard schema reads the file too, ignoring the design's column.
        #expect(try SummaryRow.rows(of: try CSVTable.parse(text, file: "summary.csv")) == [Self.row])

        let record = PointRecord(point: 0, values: ["4"], rows: [Self.row])
        let aggregate = AggregateTable.table([record], parameterColumns: ["n"], metrics: schema.metrics)
        #expect(aggregate.rows.last == ["0", "4", "transit-gateway", "cost_per_vpc_usd", "1", "2.500000", "", ""])
    }

    @Test func aDesignsColumnIsCheckedWhenRead() {
        let schema = SummaryRow.schema(adding: [Self.costPerVPC])
        let text = schema.table([Self.row]).rendered().replacingOccurrences(of: ",2.50\n", with: ",lots\n")
        do {
            _ = try schema.rows(of: try CSVTable.parse(text, file: "summary.csv"))
            Issue.record("a non-number was accepted")
        } catch {
            #expect(error.description == "summary.csv:2:1: error: cost_per_vpc_usd: expected a number or an empty field, found 'lots'")
        }
    }
}
