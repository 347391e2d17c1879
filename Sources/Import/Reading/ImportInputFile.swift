import Foundation
import Scenario
import SimKernel

/// Reads one input file of an import (a saved AWS CLI output, a flow-log file) whole, bounded
/// as every input file is (`BoundedFileRead`: a regular file of at most 256 MiB). A FIFO left in
/// an export or flow-log folder, a device or an oversized file is refused naming the file
/// (exit 2), instead of blocking the import or filling the machine's memory.
enum ImportInputFile {
    /// The bytes of `path`; `missing` says why it matters that there is no such file.
    static func read(_ path: String, missing: String) throws(ScenarioError) -> Data {
        switch BoundedFileRead.read(path) {
        case .success(let bytes):
            return Data(bytes)
        case .failure(.system(let reason)):
            throw ScenarioError(at: .wholeFile(path), FileManager.default.fileExists(atPath: path)
                                ? "cannot read the file: \(reason)" : missing)
        case .failure(let failure):
            throw ScenarioError(at: .wholeFile(path), failure.reason)
        }
    }
}
