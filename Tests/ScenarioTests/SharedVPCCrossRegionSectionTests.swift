import Strategies
import Testing
@testable import Scenario

/// `shared_vpc.cross_region`: `peering`, `tgw-peering` or `none`; `true` and `false`, its
/// spelling when it was a switch, still read as `peering` and `none`.
@Suite struct SharedVPCCrossRegionSectionTests {
    @Test(arguments: [("peering", SharedVPCSettings.CrossRegion.peering), ("tgw-peering", .tgwPeering), ("none", .noLink),
                      ("true", .peering), ("false", .noLink)])
    func valuesRead(text: String, value: SharedVPCSettings.CrossRegion) throws {
        let scenario = try ScenarioLoader.load(text: Fixtures.minimal + "shared_vpc: {cross_region: \(text)}\n",
                                               displayName: "s.yaml")
        #expect(scenario.options.sharedVPC == SharedVPCSettings(crossRegion: value))
    }

    @Test func defaultIsPeering() throws {
        let scenario = try ScenarioLoader.load(text: Fixtures.minimal, displayName: "s.yaml")
        #expect(scenario.options.sharedVPC.crossRegion == .peering)
    }

    @Test func badValuesAreLocatedAndNameTheChoices() {
        expectError(Fixtures.minimal + "shared_vpc: {cross_region: mesh}\n", line: 8, column: 28,
                    keyPath: "shared_vpc.cross_region",
                    mentions: ["unknown value 'mesh'", "expected one of: peering, tgw-peering, none"])
        expectError(Fixtures.minimal + "shared_vpc: {cross_region: tgw_peering}\n", line: 8, column: 28,
                    keyPath: "shared_vpc.cross_region", mentions: ["did you mean 'tgw-peering'?"])
        // A quoted "true" is text, not the old switch.
        expectError(Fixtures.minimal + "shared_vpc: {cross_region: \"true\"}\n", line: 8, column: 28,
                    keyPath: "shared_vpc.cross_region", mentions: ["unknown value 'true'"])
    }
}
