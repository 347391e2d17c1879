import Testing
@testable import Scenario

@Suite struct ScenarioSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
