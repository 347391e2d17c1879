import Scenario
import Strategies
import Testing
@testable import Experiment

/// Which of a run's findings rest on assumptions: the manifest lists, per strategy, the
/// unconfirmed prices, built-in hop latencies, ⚠ delays and choices it used, and drops what
/// the scenario sets itself; the report prints them by the findings they bear on.
@Suite struct AssumptionsTests {
    static let pair = """
        vpcs:
          - {name: hub, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: app, region: us-east-1, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: hub, port: 443, service_time: 1ms}
        traffic:
          - {from: app, to: api, rate: 1/s}
        strategies: [peering-mesh, privatelink-hub, vpc-lattice]

        """

    static func load(_ text: String) throws -> Scenario {
        try ScenarioLoader.load(text: text, displayName: "assumptions.yaml")
    }

    static func texts(_ s: Scenario, _ strategy: String, _ kind: String) -> [String] {
        (s.assumptionSettings[strategy] ?? []).filter { $0.bearsOn == kind }.map(\.text)
    }

    /// Peering with the default NLB passes `nlb_hop` (an assumption), waits for a manual
    /// accept (median 1 h, assumed) and counts connections at 100 requests each (assumed).
    @Test func defaultsAreListedPerDesign() throws {
        let s = try Self.load(Self.pair)
        #expect(Self.texts(s, "peering-mesh", "latency").contains { $0.hasPrefix("`latency.nlb_hop` built in") })
        #expect(Self.texts(s, "peering-mesh", "time to connect").contains { $0.hasPrefix("acceptance: peering.acceptance: manual") })
        #expect(Self.texts(s, "peering-mesh", "requests").count == 1)
        // PrivateLink: its own endpoint hop; no added NLB hop (its NLB is in privatelink_hop).
        let privateLink = Self.texts(s, "privatelink-hub", "latency")
        #expect(privateLink.contains { $0.hasPrefix("`latency.privatelink_hop` built in") })
        #expect(!privateLink.contains { $0.contains("nlb_hop") })
        #expect(Self.texts(s, "privatelink-hub", "requests").count == 1, "its endpoint service's NLB counts connections")
        // Lattice is its own proxy: its hop, no NLB, no connection limit.
        #expect(Self.texts(s, "vpc-lattice", "latency").contains { $0.hasPrefix("`latency.lattice_hop` built in") })
        #expect(Self.texts(s, "vpc-lattice", "requests").isEmpty)
    }

    /// What the scenario sets is the user's figure, not an assumption.
    @Test func figuresTheScenarioSetsAreNotListed() throws {
        let s = try Self.load(Self.pair + """
            latency: {nlb_hop: 0.1ms}
            peering: {acceptance: auto}

            """)
        #expect(!Self.texts(s, "peering-mesh", "latency").contains { $0.contains("nlb_hop") })
        #expect(Self.texts(s, "peering-mesh", "time to connect").allSatisfy { !$0.hasPrefix("acceptance:") })
        let none = try Self.load(Self.pair.replacingOccurrences(of: "service_time: 1ms}", with: "service_time: 1ms, load_balancer: none}"))
        #expect(Self.texts(none, "peering-mesh", "requests").isEmpty, "no NLB in front: no connection limit")
        #expect(!Self.texts(none, "peering-mesh", "latency").contains { $0.contains("nlb_hop") })
    }

    /// Inter-Region rates: none in one Region; with a Singapore service the unconfirmed
    /// Singapore rate (0.09 $/GB) is listed and us-east-1's sourced 0.02 is not.
    @Test func interRegionRatesFollowTheScenariosRegions() throws {
        let one = try Self.load(Self.pair)
        #expect(!Self.texts(one, "peering-mesh", "cost").contains { $0.contains("inter_region") })
        let two = try Self.load(Self.pair.replacingOccurrences(of: "{name: hub, region: us-east-1", with: "{name: hub, region: ap-southeast-1"))
        let cost = Self.texts(two, "peering-mesh", "cost")
        #expect(cost.contains { $0.hasPrefix("price `inter_region_from_ap_southeast_1_per_gb` = 0.09 ") })
        #expect(!cost.contains { $0.contains("inter_region_from_us_east_1") })
        #expect(!cost.contains { $0.contains("`inter_region_per_gb`") }, "both Regions have a bundled rate")
    }

    /// The report prints the section by strategy and kind of finding, and "nothing assumed"
    /// for a strategy with an empty list.
    @Test func reportPrintsTheSection() {
        let text = AssumptionsSection.markdown([
            "a": [ResultAssumption(bearsOn: "latency", text: "X"), ResultAssumption(bearsOn: "cost", text: "Y")],
            "b": [],
        ], strategies: ["a", "b"])
        #expect(text.contains("## What rests on assumptions"))
        #expect(text.contains("**a**\n\n- cost findings: Y\n- latency findings: X\n"))
        #expect(text.contains("**b**: nothing assumed."))
        #expect(AssumptionsSection.markdown(nil, strategies: ["a"]).isEmpty, "older folders have no list")
        let shared = ResultAssumption(bearsOn: "cost", text: "S")
        let both = AssumptionsSection.markdown([
            "a": [shared, ResultAssumption(bearsOn: "latency", text: "X")], "b": [shared],
        ], strategies: ["a", "b"])
        #expect(both.contains("**Every strategy** (where its traffic flows)\n\n- cost findings: S\n"))
        #expect(both.contains("**a**\n\n- latency findings: X\n"))
        #expect(both.contains("**b**: nothing more."))
    }
}
