import Testing
@testable import Scenario

/// Rules across sections: references, unique names, times inside the run.
@Suite struct ValidationTests {
    @Test func vpcRegionMustBeDeclaredOrBuiltIn() {
        let text = "vpcs: [{name: a, region: us-est-1, cidrs: [10.1.0.0/16]}]\n"
        expectError(text, line: 1, column: 26, keyPath: "vpcs[0].region",
                    mentions: ["unknown region 'us-est-1'", "did you mean 'us-east-1'?"])
        let declared = "regions: {moon-base-1: {azs: 2}}\nvpcs: [{name: a, region: moon-base-1, cidrs: [10.1.0.0/16]}]\n"
        #expect(loadError(declared) == nil)
    }

    @Test func regionAZsAreLimitedToTheRegions() {
        // CloudModel documents 4 AZs for eu-west-2.
        expectError("regions: {eu-west-2: {azs: 5}}\n", line: 1, column: 28, keyPath: "regions.eu-west-2.azs", mentions: ["4 Availability Zones"])
        expectError("regions: {Bad_Name: {azs: 2}}\n", line: 1, column: 11, keyPath: "regions.Bad_Name", mentions: ["malformed"])
        let vpc = "regions: {us-east-1: {azs: 2}}\nvpcs: [{name: a, region: us-east-1, cidrs: [10.1.0.0/16], azs: 3}]\n"
        expectError(vpc, line: 2, column: 64, keyPath: "vpcs[0].azs", mentions: ["at most 2"])
    }

    @Test func trafficFromMustNameAVPCOrFleet() {
        let text = Fixtures.minimal.replacingOccurrences(of: "from: b", with: "from: bb")
        expectError(text, line: 7, column: 12, keyPath: "traffic[0].from", mentions: ["'bb' is neither a VPC nor a fleet", "did you mean 'b'?"])
    }

    @Test func trafficToMustNameAService() {
        let text = Fixtures.minimal.replacingOccurrences(of: "to: api", with: "to: apii")
        expectError(text, line: 7, column: 19, keyPath: "traffic[0].to", mentions: ["no service named 'apii'", "did you mean 'api'?"])
    }

    @Test func serviceVPCMustExist() {
        let text = Fixtures.minimal.replacingOccurrences(of: "vpc: a", with: "vpc: c")
        expectError(text, line: 5, column: 22, keyPath: "services[0].vpc", mentions: ["no VPC named 'c'"])
        let fleet = Fixtures.minimal.replacingOccurrences(of: "vpc: a", with: "vpc: f")
            + "\nfleets: [{name: f, region: us-east-1, count: 2, cidr_pool: 10.64.0.0/12}]\n"
        expectError(fleet, line: 5, column: 22, keyPath: "services[0].vpc", mentions: ["is a fleet"])
    }

    @Test func growthFleetMustExistAndHoldTheInitialVPCs() {
        let missing = Fixtures.minimal + "\ngrowth: {fleet: ap, interarrival: 1h}\n"
        expectError(missing, line: 9, column: 17, keyPath: "growth.fleet", mentions: ["no fleet named 'ap'"])
        let tooMany = Fixtures.minimal
            + "\nfleets: [{name: app, region: us-east-1, count: 5, cidr_pool: 10.64.0.0/12}]\ngrowth: {fleet: app, initial: 10, interarrival: 1h}\n"
        expectError(tooMany, line: 10, column: 31, keyPath: "growth.initial", mentions: ["10 VPCs", "only 5"])
    }

    @Test func namesAreUnique() {
        let vpcs = Fixtures.minimal.replacingOccurrences(of: "name: b,", with: "name: a,")
            .replacingOccurrences(of: "from: b", with: "from: a")
        expectError(vpcs, line: 3, column: 12, keyPath: "vpcs[1].name", mentions: ["'a' is already used by vpcs[0]"])
        let fleet = Fixtures.minimal + "\nfleets: [{name: b, region: us-east-1, count: 2, cidr_pool: 10.64.0.0/12}]\n"
        expectError(fleet, line: 9, column: 17, keyPath: "fleets[0].name", mentions: ["already used by vpcs[1]"])
        let services = Fixtures.minimal.replacingOccurrences(
            of: "  - {name: api, vpc: a, port: 8080, service_time: 4ms}",
            with: "  - {name: api, vpc: a, port: 8080, service_time: 4ms}\n  - {name: api, vpc: b, port: 80, service_time: 4ms}")
        expectError(services, line: 6, column: 12, keyPath: "services[1].name", mentions: ["already used by services[0]"])
    }

    @Test func warmupMustBeShorterThanDuration() {
        expectError(Fixtures.minimal + "\nduration: 1m\nwarmup: 1m\n", line: 10, column: 9, keyPath: "warmup",
                    mentions: ["warmup (1m) must be shorter than duration (1m)"])
        // Without warmup: the default (a tenth) always fits.
        #expect(loadError(Fixtures.minimal + "\nduration: 1ns\n") == nil)
    }

    @Test func faultsNameUsedRegionsValidAZsAndTimesInsideTheRun() {
        let region = Fixtures.minimal + "\nfaults: [{at: 1m, kind: az-outage, region: us-west-2, az: 1}]\n"
        expectError(region, line: 9, column: 44, keyPath: "faults[0].region", mentions: ["not used by this scenario"])
        let az = Fixtures.minimal + "\nfaults: [{at: 1m, kind: az-outage, region: us-east-1, az: 4}]\n"
        expectError(az, line: 9, column: 59, keyPath: "faults[0].az", mentions: ["AZs 1 to 3", "found 4"])
        let zero = Fixtures.minimal + "\nfaults: [{at: 1m, kind: az-outage, region: us-east-1, az: 0}]\n"
        expectError(zero, line: 9, column: 59, keyPath: "faults[0].az", mentions: ["found 0"])
        let late = Fixtures.minimal + "\nfaults: [{at: 10m, kind: az-outage, region: us-east-1, az: 1}]\n"
        expectError(late, line: 9, column: 15, keyPath: "faults[0].at", mentions: ["after the run ends"])
        let kind = Fixtures.minimal + "\nfaults: [{at: 1m, kind: az-outgae, region: us-east-1, az: 1}]\n"
        expectError(kind, line: 9, column: 25, keyPath: "faults[0].kind", mentions: ["did you mean 'az-outage'?"])
    }

    @Test func latencyOverridesNameTwoUsedRegionsOnce() {
        let same = Fixtures.minimal + "\nlatency: {overrides: [{from: us-east-1, to: us-east-1, rtt: 1ms}]}\n"
        expectError(same, line: 9, column: 61, keyPath: "latency.overrides[0].rtt", mentions: ["inside one region", "same_az"])
        let twice = Fixtures.minimal
            + "\nlatency: {overrides: [{from: us-east-1, to: eu-west-2, rtt: 80ms}, {from: us-east-1, to: eu-west-2, rtt: 70ms}]}\n"
        expectError(twice, line: 9, column: 68, keyPath: "latency.overrides[1]", mentions: ["already set by latency.overrides[0]"])
    }

    @Test func strategiesAreKnownAndListedOnce() {
        expectError(Fixtures.minimal + "\nstrategies: [peering-mesh, peering-mesh]\n", line: 9, column: 28, keyPath: "strategies[1]",
                    mentions: ["listed twice"])
        expectError(Fixtures.minimal + "\nstrategies: []\n", line: 9, column: 13, keyPath: "strategies", mentions: ["at least one"])
    }

    @Test func servicePortIsAPort() {
        let text = Fixtures.minimal.replacingOccurrences(of: "port: 8080", with: "port: 70000")
        expectError(text, line: 5, column: 31, keyPath: "services[0].port", mentions: ["at most 65535"])
    }
}
