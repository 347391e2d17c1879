import Testing
@testable import CloudModel

@Suite struct CloudModelSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
