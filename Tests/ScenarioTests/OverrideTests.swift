import SimKernel
import Testing
@testable import Scenario

/// Dotted setting paths applied to a scenario before it is read (`--set`, sweep values).
@Suite struct OverrideTests {
    /// Two VPCs, a fleet that grows from 3 VPCs, a service, and two traffic entries.
    static let base = """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: b, region: eu-west-2, cidrs: [10.2.0.0/16]}
        fleets:
          - {name: app, region: eu-west-2, count: 4, cidr_pool: 10.64.0.0/10, prefix: 20}
        services:
          - {name: api, vpc: a, port: 8080, service_time: 4ms}
        traffic:
          - {from: b, to: api, rate: 10/s}
          - {from: app, to: api, rate: 5/s}
        growth: {fleet: app, initial: 3, interarrival: 1h}

        """

    func loaded(_ assignments: String...) throws(ScenarioError) -> Scenario {
        var overrides: [ScenarioOverride] = []
        for assignment in assignments {
            overrides.append(try ScenarioOverride.parse(assignment: assignment))
        }
        return try ScenarioLoader.load(text: Self.base, displayName: "base.yaml", overrides: overrides)
    }

    func failure(_ assignment: String) -> ScenarioError? {
        do {
            _ = try loaded(assignment)
            return nil
        } catch {
            return error
        }
    }

    @Test func baseHasTwoTrafficEntries() throws {
        let scenario = try loaded()
        #expect(scenario.traffic.map(\.rate.perSecond) == [10, 5])
        #expect(scenario.fleets[0].count == 4)
    }

    @Test func listItemsByName() throws {
        #expect(try loaded("fleets.app.count=40").fleets[0].count == 40)
    }

    @Test func listItemsByIndex() throws {
        let scenario = try loaded("traffic.1.rate=1/s")
        #expect(scenario.traffic[1].rate.perSecond == 1)
        #expect(scenario.traffic[0].rate.perSecond == 10)
        #expect(try loaded("fleets.0.count=7").fleets[0].count == 7)
    }

    @Test func absentOptionalKeysAreAdded() throws {
        #expect(try loaded("seed=99").seed == 99)
        #expect(try loaded("fleets.app.overlap=0.25").fleets[0].overlap == 0.25)
        #expect(try loaded("regions.eu-west-2.azs=2").region(named: "eu-west-2")?.azs == 2)
        let latency = try loaded("latency.same_az={dist: constant, value: 1ms}").latency.sameAZ
        #expect(latency?.mean == 1e6)
    }

    @Test func distributionValuesKeepTheirCommasAndEquals() throws {
        let scenario = try loaded("services.api.service_time=lognormal(median=4ms, p99=30ms)")
        // The median of lognormal(median=4ms, ...) is 4 ms whatever the p99.
        #expect(abs(scenario.services[0].serviceTime.quantile(0.5) - 4e6) < 1)
    }

    @Test func laterOverridesWin() throws {
        #expect(try loaded("seed=1", "seed=2").seed == 2)
    }

    @Test func unknownKeyAtTheEndSuggestsTheClosest() throws {
        let error = try #require(failure("fleets.app.cuont=5"))
        #expect(error.file == "--set")
        #expect(error.keyPath == "fleets[0].cuont")
        #expect(error.message.contains("did you mean 'count'?"))
    }

    @Test func unknownSectionSuggestsTheClosest() throws {
        let error = try #require(failure("fleet.app.count=5"))
        #expect(error.file == "--set")
        #expect(error.keyPath == "fleet")
        #expect(error.message.contains("did you mean 'fleets'?"))
    }

    @Test func unknownListEntrySuggestsTheClosestName() throws {
        let error = try #require(failure("fleets.ap.count=5"))
        #expect(error.file == "--set")
        #expect(error.message.contains("no entry named 'ap'"))
        #expect(error.message.contains("did you mean 'app'?"))
    }

    @Test func indexOutOfRangeSaysTheRange() throws {
        let error = try #require(failure("traffic.2.rate=1/s"))
        #expect(error.message.contains("has 2 entries"))
        #expect(error.message.contains("0 to 1"))
    }

    @Test func pathThroughAValueIsAnError() throws {
        let error = try #require(failure("traffic.0.rate.x=1"))
        #expect(error.message.contains("'traffic.0.rate' is a single value"))
        // A key the base does not write is added as a mapping, which then has the wrong type.
        let absent = try #require(failure("seed.x=1"))
        #expect(absent.keyPath == "seed")
        #expect(absent.message.contains("found a mapping"))
    }

    @Test func badValueIsLocatedInTheAssignment() throws {
        // "fleets.app.count=" is 17 characters, so the value starts at column 18.
        let error = try #require(failure("fleets.app.count=0"))
        #expect(error.file == "--set")
        #expect(error.line == 1)
        #expect(error.column == 18)
        #expect(error.keyPath == "fleets[0].count")
        #expect(error.message.contains("at least 1"))
    }

    @Test func malformedAssignments() {
        #expect(throws: ScenarioError.self) { try ScenarioOverride.parse(assignment: "seed") }
        #expect(throws: ScenarioError.self) { try ScenarioOverride.parse(assignment: "seed=") }
        #expect(throws: ScenarioError.self) { try ScenarioOverride.parse(assignment: "fleets..count=1") }
        #expect(throws: ScenarioError.self) { try ScenarioOverride.parse(assignment: "seed=[1") }
    }

    @Test func valueTextIsKeptForReports() throws {
        #expect(try ScenarioOverride.parse(assignment: "traffic.1.rate=10/s").valueText == "10/s")
        #expect(try ScenarioOverride.parse(assignment: "latency.same_az={dist: constant, value: 1ms}").valueText
                == "{dist: constant, value: 1ms}")
    }
}
