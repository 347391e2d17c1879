import ArgumentParser
import Foundation
import Import
import Scenario

/// `vpcsim import aws DIR... --out FILE`: an estate exported by scripts/export-aws.sh, as a scenario.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn an existing network into a scenario.",
        subcommands: [ImportAWSCommand.self])
}

struct ImportAWSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aws",
        abstract: "Import the AWS CLI's JSON written by scripts/export-aws.sh (one folder per account).",
        discussion: """
            Writes a scenario that 'vpcsim validate' accepts: every VPC with its Name tag (else \
            its id), Region, CIDR blocks, route tables and AZs; every load-balanced target group \
            as a service; with --flow-logs, the traffic measured from VPC Flow Logs. What the \
            scenario cannot use is listed at its end and on stderr. Bad input (malformed JSON, a \
            file of the wrong command, a route to a peering or TGW the export does not hold, a \
            flow-log line with the wrong field count, a truncated gzip file) exits 2 naming the \
            file and JSON path or line, and writes no file.
            """)

    @Argument(help: "Export folders, one per account (scripts/export-aws.sh OUT).")
    var exports: [String]

    @Option(help: "The scenario file to write.")
    var out: String

    @Option(help: "A placeholder traffic matrix: uniform:RATE (every VPC calls every service at RATE, e.g. uniform:5/s).")
    var traffic: String?

    @Option(parsing: .upToNextOption,
            help: "VPC Flow Logs files or folders (text, plain or gzip; the default format or a custom one holding its fields): the measured traffic matrix.")
    var flowLogs: [String] = []

    func run() throws {
        try CommandFailure.run {
            var fill: TrafficFill?
            do throws(TrafficFillError) {
                if let traffic { fill = try TrafficFill(parsing: traffic) }
            } catch {
                throw ScenarioError(at: SourceLocation(file: "command line", line: 1, column: 1), keyPath: "--traffic", error.message)
            }
            let result = try EstateImport.run(exports: exports, out: out, traffic: fill, flowLogs: flowLogs)
            for item in result.unused {
                Progress.line("warning: not used: \(item)")
            }
            if let measured = result.measured {
                Progress.line("flow logs: \(measured.tally.files) files, \(measured.tally.lines) records, \(measured.tally.accepted) ACCEPT OK, "
                              + "\(measured.entries.count) source VPC and service pairs over \(measured.windowSeconds) s")
            }
            Progress.line("wrote \(out): \(result.estate.vpcs.count) VPCs, \(result.estate.targetGroups.count) target groups; "
                          + "\(result.unused.count) items not used (listed above and at the end of the file)")
        }
    }
}
