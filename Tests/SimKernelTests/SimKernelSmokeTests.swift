import Testing
@testable import SimKernel

@Suite struct SimKernelSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
