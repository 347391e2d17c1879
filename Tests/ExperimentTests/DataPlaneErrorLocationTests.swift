import Scenario
import SimKernel
import Strategies
import Testing
@testable import Experiment

/// A data-plane error names the scenario item it comes from, at its line. Validation
/// catches these inputs in files, so the tests break a loaded scenario in code.
@Suite struct DataPlaneErrorLocationTests {
    static let text = """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: a, port: 8080, service_time: 4ms}
          - {name: db, vpc: b, port: 5432, service_time: 2ms}
        traffic:
          - {from: b, to: api, rate: 10/s}
          - {from: a, to: db, rate: 5/s}
        duration: 10s

        """

    static func error(_ breakIt: (inout Scenario) -> Void) throws -> ScenarioError? {
        var scenario = try ScenarioLoader.load(text: text, displayName: "s.yaml")
        breakIt(&scenario)
        do {
            _ = try SimulationRunner(sourcePath: "s.yaml").runReplication(scenario, replication: 0, seed: 1)
            return nil
        } catch {
            return error
        }
    }

    @Test func aBadTrafficEntryIsNamed() throws {
        let error = try #require(try Self.error { $0.traffic[1].rate = Rate(count: 0, unit: .perSecond) })
        #expect(error.keyPath == "traffic[1]")
        #expect(error.line == 9)
        #expect(error.message.contains("rate must be positive"))
    }

    @Test func aBadServiceIsNamed() throws {
        let error = try #require(try Self.error { $0.services[1].concurrency = 0 })
        #expect(error.keyPath == "services[1]")
        #expect(error.line == 6)
        #expect(error.description.hasPrefix("s.yaml:6:"))
    }
}
