import CloudModel
import Strategies
import Testing
@testable import Scenario

/// The as-is design's `as_is:` section: read like every other key, references checked at the
/// node that makes them (file, line, column, key path, closest name).
@Suite struct AsIsSectionTests {
    static let head = """
        vpcs:
          - {name: c, region: us-east-1, cidrs: [10.1.0.0/16], azs: 2}
          - {name: p, region: us-east-1, cidrs: [10.2.0.0/16], azs: 2}
        services:
          - {name: api, vpc: p, port: 443, service_time: 1ms}
        traffic:
          - {from: c, to: api, rate: 1/s}

        """

    @Test func aSectionReadsIntoTheDesignsSettings() throws {
        let text = Self.head + """
            as_is:
              ids: {c: vpc-0c}
              prefix_lists: [{id: pl-1, cidrs: [192.168.0.0/16]}]
              peerings: [{id: pcx-1, vpcs: [c, p], state: pending-acceptance}]
              route_tables:
                - {id: rtb-c, vpc: c, main: true, routes: [{destination: 10.2.0.0/16, target: pcx-1}, {destination: pl-1, target: igw-9}, {destination: 10.9.0.0/16, target: blackhole}]}
              security_groups:
                - {id: sg-1, vpc: p, ingress: [{protocol: tcp, ports: "1024-65535", cidrs: [10.0.0.0/8], prefix_lists: [pl-1], groups: [sg-2]}]}
                - {id: sg-2, vpc: c}
              services: [{service: api, security_groups: [sg-1]}]
              endpoints: [{id: vpce-1, vpc: c, service: api, state: available, azs: 2, security_groups: [sg-2]}]

            """
        let settings = try #require(load(text)).options.asIs
        #expect(settings.vpcIDs == ["c": "vpc-0c"])
        #expect(settings.peerings == [AsIsPeering(id: "pcx-1", vpcs: ["c", "p"], state: "pending-acceptance")])
        #expect(settings.routeTables.first?.routes == [
            AsIsRoute(destination: .block(try CIDRBlock(parsing: "10.2.0.0/16")), target: .peering("pcx-1")),
            AsIsRoute(destination: .prefixList("pl-1"), target: .other("igw-9")),
            AsIsRoute(destination: .block(try CIDRBlock(parsing: "10.9.0.0/16")), target: .blackhole),
        ])
        #expect(settings.securityGroups.first?.ingress == [
            AsIsSecurityRule(proto: "tcp", ports: 1024...65535, cidrs: [try CIDRBlock(parsing: "10.0.0.0/8")], prefixLists: ["pl-1"], groups: ["sg-2"]),
        ])
        #expect(settings.serviceGroups == [AsIsServiceGroups(service: "api", securityGroups: ["sg-1"])])
        #expect(settings.endpoints == [AsIsEndpoint(id: "vpce-1", vpc: "c", service: "api", state: "available", azs: 2, securityGroups: ["sg-2"])])
    }

    @Test func anUnknownKeySuggestsTheClosest() {
        expectError(Self.head + "as_is:\n  peering: []\n", line: 9, column: 3, keyPath: "as_is.peering",
                    mentions: ["unknown key 'peering'", "did you mean 'peerings'?"])
    }

    @Test func aRouteToAPeeringTheSectionDoesNotHoldIsLocated() {
        let text = Self.head + """
            as_is:
              peerings: [{id: pcx-1, vpcs: [c, p], state: active}]
              route_tables:
                - {id: rtb-c, vpc: c, routes: [{destination: 10.2.0.0/16, target: pcx-9}]}

            """
        expectError(text, line: 11, column: 71, keyPath: "as_is.route_tables[0].routes[0].target",
                    mentions: ["'pcx-9' is not in as_is.peerings", "did you mean 'pcx-1'?"])
    }

    @Test func aRouteToAGatewayTheSectionDoesNotHoldIsLocated() {
        let text = Self.head + "as_is:\n  route_tables: [{id: rtb-c, vpc: c, routes: [{destination: 10.0.0.0/8, target: tgw-1}]}]\n"
        expectError(text, line: 9, column: 81, keyPath: "as_is.route_tables[0].routes[0].target",
                    mentions: ["'tgw-1' is not in as_is.transit_gateways"])
    }

    @Test func anUnknownVPCIsLocatedWithTheClosestName() {
        let text = Self.head + "as_is:\n  peerings: [{id: pcx-1, vpcs: [c, pp], state: active}]\n"
        expectError(text, line: 9, column: 36, keyPath: "as_is.peerings[0].vpcs[1]",
                    mentions: ["'pp' is not a VPC of this scenario", "did you mean 'p'?"])
    }

    @Test func anAttachmentIsOfAVPCOrAPeeringNotBoth() {
        let text = Self.head + """
            as_is:
              transit_gateways: [{id: tgw-1, region: us-east-1}, {id: tgw-2, region: eu-west-1}]
              tgw_attachments: [{id: tgw-attach-1, tgw: tgw-1, vpc: c, peer_tgw: tgw-2, state: available}]

            """
        expectError(text, line: 10, column: 21, keyPath: "as_is.tgw_attachments[0]", mentions: ["either 'vpc'", "not both"])
    }

    @Test func aDuplicateIDAndABadPortRangeAreLocated() {
        expectError(Self.head + "as_is:\n  peerings: [{id: pcx-1, vpcs: [c, p], state: active}, {id: pcx-1, vpcs: [p, c], state: active}]\n",
                    line: 9, column: 56, keyPath: "as_is.peerings[1]", mentions: ["'pcx-1' is listed twice in as_is.peerings"])
        expectError(Self.head + "as_is:\n  security_groups: [{id: sg-1, ingress: [{protocol: tcp, ports: \"443-80\"}]}]\n",
                    line: 9, column: 65, keyPath: "as_is.security_groups[0].ingress[0].ports",
                    mentions: ["a range (\"1024-65535\")", "'443-80'"])
    }

    /// Without `strategies:`, a scenario runs every design that builds its own
    /// connectivity: not as-is, which needs an estate.
    @Test func asIsIsNotADefaultStrategyButCanBeListed() throws {
        #expect(try #require(load(Self.head)).strategies == DesignRegistry.defaultStrategies)
        #expect(!DesignRegistry.defaultStrategies.contains(.asIs))
        #expect(try #require(load(Self.head + "strategies: [as-is, peering-mesh]\n")).strategies == [.asIs, .peeringMesh])
    }
}
