import Testing
@testable import CloudModel

@Suite struct EditDistanceTests {
    /// Textbook values: kitten→sitting is 3 (two substitutions, one insertion).
    @Test(arguments: [
        ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
        ("flaw", "lawn", 2), ("peering_per_vpc", "peerings_per_vpc", 1),
    ])
    func levenshtein(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
    }

    @Test func closestPrefersTheEarlierCandidateOnATie() {
        #expect(EditDistance.closest(to: "ab", among: ["ac", "ad"]) == "ac")
        #expect(EditDistance.closest(to: "x", among: []) == nil)
    }
}
