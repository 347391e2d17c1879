import Foundation
import Import

extension FuzzTarget {
    /// One file of an AWS export (`scripts/export-aws.sh`), decoded as the output of its AWS
    /// CLI call the way `vpcsim import aws` reads it.
    static let awsExport = FuzzTarget(
        name: "aws-export", file: "export/fuzz-input.json",
        input: "first byte: the AWS CLI call (AWSCommand.allCases order); then its JSON output"
    ) { bytes, path in
        let (command, file) = FuzzInput.split(bytes, among: AWSCommand.allCases)
        try ExportFile.check(command: command, data: Data(file), file: path)
    }
}
