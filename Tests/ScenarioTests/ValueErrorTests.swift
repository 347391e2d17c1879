import Testing
@testable import Scenario

/// Quantities, distributions and CIDR blocks that do not parse, or that AWS would refuse.
@Suite struct ValueErrorTests {
    @Test func badDuration() {
        expectError("duration: 10x\n", line: 1, column: 11, keyPath: "duration", mentions: ["invalid duration '10x'"])
        expectError("duration: 600\n", line: 1, column: 11, keyPath: "duration", mentions: ["invalid duration '600'"])
        expectError("duration: 0s\n", line: 1, column: 11, keyPath: "duration", mentions: ["longer than zero"])
        expectError("duration: 2KiB\n", line: 1, column: 11, keyPath: "duration", mentions: ["invalid duration"])
    }

    @Test func badRateAndSize() {
        let rate = Fixtures.minimal.replacingOccurrences(of: "rate: 10/s", with: "rate: 10/fortnight")
        expectError(rate, line: 7, column: 30, keyPath: "traffic[0].rate", mentions: ["invalid rate '10/fortnight'"])
        let zero = Fixtures.minimal.replacingOccurrences(of: "rate: 10/s", with: "rate: 0/s")
        expectError(zero, line: 7, column: 30, keyPath: "traffic[0].rate", mentions: ["greater than zero"])
        let size = Fixtures.minimal.replacingOccurrences(of: "rate: 10/s", with: "rate: 10/s, request_size: 2Kb")
        expectError(size, line: 7, column: 50, keyPath: "traffic[0].request_size", mentions: ["'2Kb'"])
    }

    @Test func badDistributionInTextForm() {
        // The value starts at column 51 of "  - {name: api, vpc: a, port: 8080, service_time: 4ms}".
        let name = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms", with: "service_time: \"lognormel(median=4ms, p99=30ms)\"")
        expectError(name, line: 5, column: 51, keyPath: "services[0].service_time",
                    mentions: ["invalid distribution 'lognormel(median=4ms, p99=30ms)'", "unknown distribution"])
        let parameters = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms", with: "service_time: \"uniform(min=5ms, max=1ms)\"")
        expectError(parameters, line: 5, column: 51, keyPath: "services[0].service_time", mentions: ["invalid distribution", "below min"])
        let kind = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms", with: "service_time: 4KiB")
        expectError(kind, line: 5, column: 51, keyPath: "services[0].service_time", mentions: ["invalid distribution '4KiB'"])
    }

    @Test func unquotedDistributionInFlowStyleGetsAHint() {
        // In {...} the comma ends the value, so "p99=30ms)" becomes a key of its own.
        let text = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms", with: "service_time: lognormal(median=4ms, p99=30ms)")
        expectError(text, line: 5, column: 73, keyPath: "services[0][\"p99=30ms)\"]",
                    mentions: ["unknown key 'p99=30ms)'", "quote"])
    }

    @Test func badDistributionInMapForm() {
        let noName = "growth: {fleet: f, interarrival: {mean: 2d}}\n"
        expectError(noName, line: 1, column: 34, keyPath: "growth.interarrival", mentions: ["needs 'dist'"])
        let unknown = "growth: {fleet: f, interarrival: {dist: exponentail, mean: 2d}}\n"
        expectError(unknown, line: 1, column: 34, keyPath: "growth.interarrival", mentions: ["invalid distribution {dist: exponentail, mean: 2d}"])
        let nested = "growth: {fleet: f, interarrival: {dist: exponential, mean: [2d]}}\n"
        expectError(nested, line: 1, column: 60, keyPath: "growth.interarrival.mean", mentions: ["parameter value"])
    }

    @Test func distributionMapFormEqualsTextForm() throws {
        let text = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms", with: "service_time: \"lognormal(median=4ms, p99=30ms)\"")
        let map = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms", with: "service_time: {dist: lognormal, median: 4ms, p99: 30ms}")
        let a = try #require(load(text))
        let b = try #require(load(map))
        #expect(a.services[0].serviceTime == b.services[0].serviceTime)
    }

    @Test func badCIDR() {
        let text = "vpcs: [{name: a, region: us-east-1, cidrs: [10.1.2.0/16]}]\n"
        expectError(text, line: 1, column: 45, keyPath: "vpcs[0].cidrs[0]", mentions: ["10.1.2.0/16", "10.1.0.0/16"])
        let garbage = "vpcs: [{name: a, region: us-east-1, cidrs: [10.300.0.0/16]}]\n"
        expectError(garbage, line: 1, column: 45, keyPath: "vpcs[0].cidrs[0]", mentions: ["10.300.0.0/16"])
    }

    @Test func vpcBlocksFollowAWSSizes() {
        let large = "vpcs: [{name: a, region: us-east-1, cidrs: [10.0.0.0/8]}]\n"
        expectError(large, line: 1, column: 45, keyPath: "vpcs[0].cidrs[0]", mentions: ["/16 and /28", "/8"])
        let small = "vpcs: [{name: a, region: us-east-1, cidrs: [10.0.0.0/29]}]\n"
        expectError(small, line: 1, column: 45, keyPath: "vpcs[0].cidrs[0]", mentions: ["/29"])
        let ipv6First = "vpcs: [{name: a, region: us-east-1, cidrs: [\"2600:1f18::/56\"]}]\n"
        expectError(ipv6First, line: 1, column: 45, keyPath: "vpcs[0].cidrs[0]", mentions: ["must be IPv4"])
        let overlapping = "vpcs: [{name: a, region: us-east-1, cidrs: [10.0.0.0/16, 10.0.128.0/17]}]\n"
        expectError(overlapping, line: 1, column: 58, keyPath: "vpcs[0].cidrs[1]", mentions: ["overlaps 10.0.0.0/16"])
        let none = "vpcs: [{name: a, region: us-east-1, cidrs: []}]\n"
        expectError(none, line: 1, column: 44, keyPath: "vpcs[0].cidrs", mentions: ["at least one CIDR"])
    }

    @Test func fleetPoolRules() {
        let prefix = "fleets: [{name: f, region: us-east-1, count: 2, cidr_pool: 10.0.0.0/16, prefix: 12}]\n"
        expectError(prefix, line: 1, column: 81, keyPath: "fleets[0].prefix", mentions: ["at least 16"])
        let capacity = "fleets: [{name: f, region: us-east-1, count: 65, cidr_pool: 10.64.0.0/10, prefix: 16}]\n"
        expectError(capacity, line: 1, column: 46, keyPath: "fleets[0].count", mentions: ["holds 64 blocks of /16", "65"])
        let ipv6 = "fleets: [{name: f, region: us-east-1, count: 2, cidr_pool: \"2600:1f18::/40\"}]\n"
        expectError(ipv6, line: 1, column: 60, keyPath: "fleets[0].cidr_pool", mentions: ["must be IPv4"])
        let overlap = "fleets: [{name: f, region: us-east-1, count: 2, cidr_pool: 10.0.0.0/12, overlap: 1.5}]\n"
        expectError(overlap, line: 1, column: 82, keyPath: "fleets[0].overlap", mentions: ["from 0 to 1"])
    }

    @Test func choicesSuggestTheClosest() {
        expectError("strategies: [peering-mesh, transit-gatway]\n", line: 1, column: 28, keyPath: "strategies[1]",
                    mentions: ["unknown value 'transit-gatway'", "did you mean 'transit-gateway'?"])
        expectError("peering: {mesh: partial}\n", line: 1, column: 17, keyPath: "peering.mesh", mentions: ["expected one of: full, needed"])
    }

    @Test func quotaNamesAndValues() {
        expectError("quotas: {peering_per_vpc: 10}\n", line: 1, column: 10, keyPath: "quotas.peering_per_vpc",
                    mentions: ["unknown quota 'peering_per_vpc'", "did you mean 'peerings_per_vpc'?"])
        expectError("quotas: {prest: maximum}\n", line: 1, column: 10, keyPath: "quotas.prest", mentions: ["did you mean 'preset'?"])
        expectError("quotas: {preset: maximal}\n", line: 1, column: 18, keyPath: "quotas.preset",
                    mentions: ["unknown quota preset 'maximal'", "maximum"])
        expectError("quotas: {peerings_per_vpc: -1}\n", line: 1, column: 28, keyPath: "quotas.peerings_per_vpc", mentions: ["at least 0"])
        expectError("quotas: {peerings_per_vpc: lots}\n", line: 1, column: 28, keyPath: "quotas.peerings_per_vpc",
                    mentions: ["whole number"])
        expectError("quotas: {peering_request_expiry: 1.5s}\n", line: 1, column: 34, keyPath: "quotas.peering_request_expiry",
                    mentions: ["whole seconds"])
    }
}
