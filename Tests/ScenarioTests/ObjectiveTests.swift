import Testing
@testable import Scenario

/// The `objectives:` section: thresholds in their units, scopes, and located errors.
@Suite struct ObjectiveTests {
    @Test func objectivesReadWithTheirUnits() throws {
        let text = Fixtures.minimal + """
            faults: [{at: 1m, kind: az-outage, region: us-east-1, az: 1}]
            objectives:
              - {metric: latency_p99_ms, max: 60ms, service: api}
              - {metric: error_share, max: 0.1%, window: fault, from_region: eu-west-2, to_region: us-east-1}
              - {metric: monthly_cost_usd, max: 5000USD}
              - {metric: quota_violations, max: 0}
              - {metric: time_to_connect_p50_s, max: 5m}
              - {metric: latency_p50_ms, min: 1s}

            """
        let scenario = try #require(load(text))
        let objectives = scenario.objectives
        #expect(objectives.count == 6)
        #expect(objectives[0] == Objective(metric: .latencyP99, bound: .max, threshold: 60, service: "api"))
        #expect(objectives[1].threshold == 0.001)
        #expect(objectives[1].window == .fault && objectives[1].fromRegion == "eu-west-2")
        #expect(objectives[2].threshold == 5000)
        #expect(objectives[3].threshold == 0)
        #expect(objectives[4].threshold == 300)          // 5 minutes in seconds
        #expect(objectives[5].bound == .min && objectives[5].threshold == 1000)
        #expect(objectives[0].holds(60) && !objectives[0].holds(60.001))
        #expect(objectives[5].holds(1000) && !objectives[5].holds(999))
        #expect(objectives[0].label == "latency_p99_ms[api]")
        #expect(objectives[1].label == "error_share[eu-west-2>us-east-1,fault]")
    }

    @Test func unknownMetricSuggestsTheClosest() {
        let text = Fixtures.minimal + "objectives: [{metric: latency_p95_ms, max: 60ms}]\n"
        expectError(text, line: 8, column: 23, keyPath: "objectives[0].metric",
                    mentions: ["unknown value 'latency_p95_ms'", "did you mean"])
        let key = Fixtures.minimal + "objectives: [{metric: latency_p99_ms, maxx: 60ms}]\n"
        expectError(key, line: 8, column: 39, keyPath: "objectives[0].maxx",
                    mentions: ["unknown key 'maxx'", "did you mean 'max'?"])
    }

    @Test func thresholdsMustHaveTheMetricsUnit() {
        let latency = Fixtures.minimal + "objectives: [{metric: latency_p99_ms, max: 60USD}]\n"
        expectError(latency, line: 8, column: 44, keyPath: "objectives[0].max", mentions: ["invalid duration"])
        let share = Fixtures.minimal + "objectives: [{metric: error_share, max: 2}]\n"
        expectError(share, line: 8, column: 41, keyPath: "objectives[0].max", mentions: ["out of range"])
        let cost = Fixtures.minimal + "objectives: [{metric: monthly_cost_usd, max: 5ms}]\n"
        expectError(cost, line: 8, column: 46, keyPath: "objectives[0].max", mentions: ["invalid amount"])
    }

    @Test func boundsAndScopesAreChecked() {
        let none = Fixtures.minimal + "objectives: [{metric: latency_p99_ms}]\n"
        expectError(none, line: 8, column: 14, keyPath: "objectives[0]", mentions: ["needs a bound"])
        let both = Fixtures.minimal + "objectives: [{metric: latency_p99_ms, max: 1s, min: 1ms}]\n"
        expectError(both, line: 8, column: 53, keyPath: "objectives[0].min", mentions: ["not both"])
        let scope = Fixtures.minimal + "objectives: [{metric: monthly_cost_usd, max: 1USD, service: api}]\n"
        expectError(scope, line: 8, column: 61, keyPath: "objectives[0].service", mentions: ["request metrics"])
        let service = Fixtures.minimal + "objectives: [{metric: latency_p99_ms, max: 1s, service: apj}]\n"
        expectError(service, line: 8, column: 57, keyPath: "objectives[0].service",
                    mentions: ["no service named 'apj'", "did you mean 'api'?"])
        let region = Fixtures.minimal + "objectives: [{metric: latency_p99_ms, max: 1s, to_region: us-east-2}]\n"
        expectError(region, line: 8, column: 59, keyPath: "objectives[0].to_region", mentions: ["us-east-2"])
        let fault = Fixtures.minimal + "objectives: [{metric: latency_p99_ms, max: 1s, window: fault}]\n"
        expectError(fault, line: 8, column: 56, keyPath: "objectives[0].window", mentions: ["no 'faults:'"])
    }
}
