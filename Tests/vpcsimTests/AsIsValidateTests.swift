import Foundation
import Testing

/// `vpcsim validate` on a bad `as_is:` section: exit 2, the file, line, column and key path.
@Suite struct AsIsValidateTests {
    static let text = """
        vpcs:
          - {name: c, region: us-east-1, cidrs: [10.1.0.0/16], azs: 2}
          - {name: p, region: us-east-1, cidrs: [10.2.0.0/16], azs: 2}
        as_is:
          peerings: [{id: pcx-1, vpcs: [c, p], state: active}]
          route_tables:
            - {id: rtb-c, vpc: c, routes: [{destination: 10.2.0.0/16, target: pcx-9}]}

        """

    @Test func aRouteToAPeeringNotInTheSectionExitsTwo() throws {
        let file = try ValidateCommandTests.temporaryFile(Self.text, name: "estate.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try ValidateCommandTests.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(file.path):7:71: error: as_is.route_tables[0].routes[0].target: "
                + "'pcx-9' is not in as_is.peerings; did you mean 'pcx-1'?\n", "\(outcome.stderr)")
    }

    @Test func anUnknownKeyExitsTwoWithTheClosest() throws {
        let file = try ValidateCommandTests.temporaryFile(Self.text.replacingOccurrences(of: "route_tables:", with: "route_table:"),
                                                          name: "estate.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try ValidateCommandTests.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(file.path):6:3: error: as_is.route_table: unknown key 'route_table'; did you mean 'route_tables'?\n",
                "\(outcome.stderr)")
    }
}
