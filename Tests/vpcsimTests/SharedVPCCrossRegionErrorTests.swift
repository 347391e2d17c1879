import Foundation
import Testing

/// A bad `shared_vpc.cross_region` stops `vpcsim validate` with exit 2, the file, line and
/// column, and the allowed values.
@Suite struct SharedVPCCrossRegionErrorTests {
    @Test func unknownLinkExitsTwoNamingTheChoices() throws {
        let file = try ValidateCommandTests.temporaryFile("name: bad\nshared_vpc: {cross_region: mesh}\n", name: "bad.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try ValidateCommandTests.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(file.path):2:28: error: shared_vpc.cross_region: unknown value 'mesh'; "
                    + "expected one of: peering, tgw-peering, none\n", "\(outcome.stderr)")
    }
}
