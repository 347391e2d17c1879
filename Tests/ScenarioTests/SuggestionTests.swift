import Strategies
import Testing
@testable import Scenario
import ScenarioReading

@Suite struct SuggestionTests {
    @Test func typosWithinAThirdOfTheWordAreSuggested() {
        #expect(Suggestion.closest(to: "duraton", among: Scenario.keys) == "duration")
        #expect(Suggestion.closest(to: "Services", among: Scenario.keys) == "services")
        #expect(Suggestion.closest(to: "privatelnk", among: Scenario.keys) == "privatelink")
        #expect(Suggestion.closest(to: "routetables", among: VPCSpec.keys) == "route_tables")
    }

    @Test func unrelatedWordsGetNoSuggestion() {
        #expect(Suggestion.closest(to: "colour", among: PeeringSettings.keys) == nil)
        #expect(Suggestion.closest(to: "xyz", among: Scenario.keys) == nil)
    }

    @Test func tiesGoToTheEarlierCandidate() {
        // "ab" is one edit from both; the first listed wins.
        #expect(Suggestion.closest(to: "ab", among: ["abc", "abd"]) == "abc")
        #expect(Suggestion.closest(to: "ab", among: ["abd", "abc"]) == "abd")
    }
}
