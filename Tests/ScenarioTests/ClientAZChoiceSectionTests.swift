import Strategies
import Testing
@testable import Scenario

/// `privatelink.dns` and the designs' `client_routing`: defaults (AWS's: any AZ), values,
/// and located errors for bad values.
@Suite struct ClientAZChoiceSectionTests {
    @Test func defaultsAreAnyAZ() throws {
        let scenario = try ScenarioLoader.load(text: Fixtures.minimal, displayName: "s.yaml")
        #expect(scenario.options.privateLink.dns == .regional)
        #expect(scenario.options.peering.clientRouting == .anyAZ)
        #expect(scenario.options.transitGateway.clientRouting == .anyAZ)
        #expect(scenario.options.sharedVPC.clientRouting == .anyAZ)
    }

    @Test func valuesAreRead() throws {
        let text = Fixtures.minimal + """
            privatelink: {dns: zonal}
            peering: {client_routing: same-az}
            transit_gateway: {client_routing: same-az}
            shared_vpc: {client_routing: same-az}

            """
        let scenario = try ScenarioLoader.load(text: text, displayName: "s.yaml")
        #expect(scenario.options.privateLink == PrivateLinkSettings(dns: .zonal))
        #expect(scenario.options.peering == PeeringSettings(clientRouting: .sameAZ))
        #expect(scenario.options.transitGateway == TransitGatewaySettings(clientRouting: .sameAZ))
        #expect(scenario.options.sharedVPC == SharedVPCSettings(clientRouting: .sameAZ))
    }

    @Test func badValuesAreLocated() {
        expectError(Fixtures.minimal + "privatelink: {dns: foo}\n", line: 8, column: 20,
                    keyPath: "privatelink.dns", mentions: ["unknown value 'foo'", "regional", "zonal"])
        expectError(Fixtures.minimal + "privatelink: {dns: zonel}\n", line: 8, column: 20,
                    keyPath: "privatelink.dns", mentions: ["did you mean 'zonal'?"])
        expectError(Fixtures.minimal + "peering: {client_routing: same_az}\n", line: 8, column: 27,
                    keyPath: "peering.client_routing", mentions: ["unknown value 'same_az'", "did you mean 'same-az'?"])
        expectError(Fixtures.minimal + "transit_gateway: {client_routing: local}\n", line: 8, column: 35,
                    keyPath: "transit_gateway.client_routing", mentions: ["unknown value 'local'"])
        expectError(Fixtures.minimal + "shared_vpc: {client_routing: 3}\n", line: 8, column: 30,
                    keyPath: "shared_vpc.client_routing", mentions: ["unknown value '3'"])
        // Lattice's proxy picks the target: it has no such key.
        expectError(Fixtures.minimal + "vpc_lattice: {client_routing: same-az}\n", line: 8, column: 15,
                    keyPath: "vpc_lattice.client_routing", mentions: ["unknown key 'client_routing'"])
    }
}
