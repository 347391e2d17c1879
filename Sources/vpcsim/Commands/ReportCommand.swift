import ArgumentParser
import Experiment

/// `vpcsim report DIR`: writes `DIR/report.md` for a run or a sweep folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write report.md (what was run, findings, tables with confidence intervals, charts).",
        discussion: """
            Works on the folder of a run (summary.csv) or a sweep (points.csv). Findings are \
            computed from the data: where each strategy first breaks a quota, where one becomes \
            cheaper than another, the latency each design adds over peering; each states the \
            numbers it rests on, and none is written that the data does not show. Charts rendered \
            by 'vpcsim plot DIR' are embedded.
            """)

    @Argument(help: "A run or sweep output folder.")
    var folder: String

    func run() throws {
        try CommandFailure.run {
            let path = try ReportWriter.write(try ResultFolder.load(path: folder))
            print(path)
        }
    }
}
