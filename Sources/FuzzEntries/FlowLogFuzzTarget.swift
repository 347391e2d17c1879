import Foundation
import Import
import Synchronization

extension FuzzTarget {
    /// One VPC Flow Logs file (plain or gzip: the reader tells them by the first bytes), read
    /// and aggregated into a traffic matrix the way `vpcsim import aws --flow-logs` does it,
    /// against the committed fixture estate (`FlowLogFuzzEstate.accounts`), so that addresses
    /// of the input map to its VPCs and services.
    static let flowLog = FuzzTarget(
        name: "flow-log", file: FuzzTarget.flowLogFile,
        input: "a flow-log file (default or custom format, plain or gzip), against the fixture estate"
    ) { bytes, path in
        let root = String(path.dropLast(FuzzTarget.flowLogFile.count))
        let estate = try FlowLogFuzzEstate.estate(root: root)
        _ = try FlowAggregator.measure(data: Data(bytes), path: path, estate: estate)
    }

    /// `flowLog`'s `file`, to find the repository folder from the input's path.
    static let flowLogFile = "flow-logs/fuzz-input.log"
}

/// The fixture estate the `flow-log` target maps addresses through, loaded once per root.
enum FlowLogFuzzEstate {
    /// The export folders of the two fixture accounts, relative to the repository.
    static let accounts = ["Tests/vpcsimTests/Fixtures/estate/123456789012", "Tests/vpcsimTests/Fixtures/estate/210987654321"]

    private static let loaded = Mutex<[String: Estate]>([:])

    /// Not a finding of the input: the fixture itself does not load (a wrong root).
    struct FixtureMissing: Error, CustomStringConvertible {
        let description: String
    }

    static func estate(root: String) throws -> Estate {
        if let known = loaded.withLock({ $0[root] }) { return known }
        let estate: Estate
        do {
            estate = try EstateLoader.load(directories: accounts.map { root + $0 })
        } catch {
            throw FixtureMissing(description: "the fixture estate under \(root) does not load: \(error)")
        }
        loaded.withLock { $0[root] = estate }
        return estate
    }
}
