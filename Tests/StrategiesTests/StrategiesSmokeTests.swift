import Testing
@testable import Strategies

@Suite struct StrategiesSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
