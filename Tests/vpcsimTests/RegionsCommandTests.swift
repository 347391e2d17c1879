import Foundation
import Testing

/// End to end: `vpcsim regions` prints the bundled latency data and its fit.
@Suite struct RegionsCommandTests {
    @Test func csvHasEveryDirectedPairWithItsFit() throws {
        let outcome = try ValidateCommandTests.run(["regions", "--csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first == "from,to,p50_ms,p90_ms,floor_ms,excess_median_ms,p99_fit_ms")
        #expect(lines.count == 1 + 132)
        // eu-west-2 → us-east-1: p50 77.51, p90 80.41 (aws_region_rtt.csv); floor 2·77.51 − 80.41
        // = 74.61; excess median 2.90; p99 = 74.61 + 2.90·exp(2.3263·ln2/1.2816) = 84.816.
        #expect(lines.contains("eu-west-2,us-east-1,77.51,80.41,74.61,2.900,84.816"))
    }

    @Test func listingShowsRegionsAndIntraRegionDelays() throws {
        let outcome = try ValidateCommandTests.run(["regions", "--from", "eu-west-2", "--to", "us-east-1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = outcome.stdout
        // us-east-1 has six AZ ids in AWS's table.
        #expect(text.contains("us-east-1         6  use1-az1"))
        #expect(text.contains("same-AZ round trip"))
        #expect(text.contains("0.090   0.163"))        // median and p99 of the same-AZ round trip
        // Only the one pair asked for.
        #expect(!text.contains("us-east-1       us-east-2"))
    }

    @Test func unknownRegionIsRefusedWithASuggestion() throws {
        let outcome = try ValidateCommandTests.run(["regions", "--from", "us-esat-1"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("did you mean us-east-1?"))
    }
}
