import ArgumentParser
import Foundation
import Scenario

/// `vpcsim validate FILE...`: checks scenario and sweep files without running them.
///
/// Each good file prints `FILE: ok` on stdout; each bad one prints its located error
/// (`FILE:LINE:COLUMN: error: key.path: ...`) on stderr. Every file is checked even after a
/// failure, so one run reports them all; the exit code is 2 if any failed.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario and sweep files without running them.",
        discussion: "Sweep files are recognised by their 'scenario:' and 'vary:' keys. Exit code 0 when every file is valid, 2 otherwise.")

    @Argument(help: "Scenario or sweep files (YAML).")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            switch Result(catching: { () throws(ScenarioError) in try InputFile.load(path: file) }) {
            case .success:
                print("\(file): ok")
            case .failure(let error):
                failed = true
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(2) }
    }
}
