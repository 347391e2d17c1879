import Foundation
import Scenario

/// The files `--flow-logs PATH...` names: each PATH a file, or a folder read recursively (an
/// S3 prefix copied with `aws s3 cp --recursive`: AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/),
/// every regular file in it that is not hidden, in sorted order so the import is deterministic.
enum FlowLogInputs {
    static func files(_ paths: [String]) throws(ScenarioError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ScenarioError(at: .wholeFile(path), "no such file or folder (--flow-logs)")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { relative in
                    !relative.split(separator: "/").contains { $0.hasPrefix(".") }
                }
                .map { EstateLoader.join(path, $0) }
                .filter { file in
                    var directory: ObjCBool = false
                    return FileManager.default.fileExists(atPath: file, isDirectory: &directory) && !directory.boolValue
                }
                .sorted()
            guard !found.isEmpty else { throw ScenarioError(at: .wholeFile(path), "the folder holds no flow-log file (--flow-logs)") }
            files += found
        }
        return files
    }
}
