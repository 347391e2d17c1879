import ArgumentParser
import Experiment

/// `vpcsim merge DIR... --out DIR`: joins the shard folders of one sweep.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard folders of a sweep into one result set.",
        discussion: """
            Give the folders of every shard of one sweep (run with --shard I/N). The output \
            folder is identical, byte for byte, to the folder of the same sweep run unsharded. \
            Exit code 2 when a folder is missing, unfinished, given twice or of another sweep.
            """)

    @Argument(help: "The shard folders.")
    var folders: [String]

    @Option(help: "Output folder (new or empty).")
    var out: String

    func run() throws {
        try CommandFailure.run {
            try SweepMerger.merge(folders, into: out)
            Progress.line("merged \(folders.count) folders into \(out)")
        }
    }
}
