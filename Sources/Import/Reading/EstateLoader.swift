import Foundation
import Scenario

/// Reads export folders (one per account, as `scripts/export-aws.sh` writes them) into an
/// `Estate`. Each folder holds `account.json` and one folder per Region; every file the
/// export writes must be there. Errors name the file and the JSON path (exit 2).
public enum EstateLoader {
    public static func load(directories: [String]) throws(ScenarioError) -> Estate {
        var estate = Estate()
        for directory in directories {
            try load(directory: directory, into: &estate)
        }
        try EstateReferences.check(estate)
        return estate
    }

    static func load(directory: String, into estate: inout Estate) throws(ScenarioError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScenarioError(at: .wholeFile(directory), "no such folder; give the folder scripts/export-aws.sh wrote for one account")
        }
        let identityFile = join(directory, AWSCommand.callerIdentity.fileName)
        let account = try ExportFile.read(CallerIdentity.self, command: .callerIdentity, path: identityFile).account
        if estate.accounts.contains(account) {
            throw ScenarioError(at: .wholeFile(identityFile), keyPath: "Account",
                                "account \(account) is given twice (each export folder is one account)")
        }
        estate.accounts.append(account)
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        let regions = entries.filter { FileManager.default.fileExists(atPath: join(join(directory, $0), AWSCommand.vpcs.fileName)) }
        guard !regions.isEmpty else {
            throw ScenarioError(at: .wholeFile(directory), "holds no Region folder (REGION/\(AWSCommand.vpcs.fileName)); is it an export of scripts/export-aws.sh?")
        }
        for region in regions {
            var reader = RegionReader(folder: join(directory, region), account: account, region: region)
            try reader.read(into: &estate)
        }
    }

    static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
