import Testing
@testable import Experiment

@Suite struct ExperimentSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
