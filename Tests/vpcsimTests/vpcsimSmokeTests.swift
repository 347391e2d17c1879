import Testing
@testable import vpcsim

@Suite struct vpcsimSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
