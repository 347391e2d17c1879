import Foundation
import Testing

/// End to end: `vpcsim regions` prints the bundled latency data and its fit.
@Suite struct RegionsCommandTests {
    @Test func csvHasEveryDirectedPairWithItsFit() throws {
        let outcome = try ValidateCommandTests.run(["regions", "--csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first == "from,to,p50_ms,p90_ms,overhead_ms,floor_ms,excess_median_ms,p99_fit_ms")
        #expect(lines.count == 1 + 132)
        // eu-west-2 → us-east-1: p50 77.51, p90 80.41 (aws_region_rtt.csv); overhead
        // ((3.35 − 1.2) + (5.51 − 1.2)) / 2 = 3.23; floor 2·77.51 − 80.41 = 74.61; excess
        // median 2.90; p99 = 74.61 + 2.90·exp(2.3263·ln2/1.2816) = 84.816.
        #expect(lines.contains("eu-west-2,us-east-1,77.51,80.41,3.230,74.61,2.900,84.816"))
    }

    /// `--source cloudping-corrected`: the same pair 3.23 ms lower, p50 74.28 and p90 77.18;
    /// floor 2·74.28 − 77.18 = 71.38, the same excess, p99 84.816 − 3.23 = 81.586.
    @Test func correctedSourceLowersEveryPairByItsOverhead() throws {
        let outcome = try ValidateCommandTests.run(["regions", "--csv", "--source", "cloudping-corrected"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("eu-west-2,us-east-1,74.28,77.18,3.230,71.38,2.900,81.586"))
        let listing = try ValidateCommandTests.run(["regions", "--source", "cloudping-corrected", "--from", "us-east-1"])
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stdout.contains("latency.source: cloudping-corrected"))
        #expect(listing.stdout.contains("us-east-1                     5.51         4.31"), "\(listing.stdout)")
        let bad = try ValidateCommandTests.run(["regions", "--source", "cloudpong"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("did you mean cloudping?"))
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
