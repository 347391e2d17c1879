import Strategies
import Testing
@testable import Scenario

/// Each registered design's options section is found through the registry.
@Suite struct DesignSectionTests {
    @Test func everyDesignHasItsOwnReadableSection() {
        let sections = DesignOptions.sections
        #expect(sections == DesignRegistry.designs.map { $0.optionsSection })
        #expect(Set(sections).count == sections.count)
        #expect(DesignOptions.everyDesignDecodes)
        // A design's section is a top-level key, and no other key of the language.
        #expect(Scenario.keys.filter(sections.contains) == sections)
        #expect(Set(Scenario.keys).count == Scenario.keys.count)
    }

    @Test func sectionsFillTheDesignsOptionsAndLeaveTheRestAtTheirDefaults() throws {
        let scenario = try ScenarioLoader.load(text: Fixtures.minimal + "privatelink: {cross_zone: true}\n",
                                               displayName: "s.yaml")
        #expect(scenario.options.privateLink == PrivateLinkSettings(crossZone: true))
        #expect(scenario.options.peering == PeeringSettings.defaults)
        #expect(scenario.options[design: TransitGatewayStrategy.self] == TransitGatewaySettings())
        var options = DesignOptions()
        options.privateLink.crossZone = true
        #expect(scenario.options == options)
        options.privateLink.crossZone = false
        #expect(options == DesignOptions())
    }
}
