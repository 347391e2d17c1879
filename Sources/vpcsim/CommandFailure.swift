import ArgumentParser
import Foundation
import Scenario

/// Turns an error into the exit code DESIGN.md promises, after printing it on stderr:
/// 2 for bad input (`ScenarioError`, which names the file, line, column and key), 1 for
/// anything else.
enum CommandFailure {
    static func exitCode(for error: any Error) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        if let bad = error as? ScenarioError {
            Progress.line("\(bad)")
            return ExitCode(2)
        }
        Progress.line("vpcsim: \(error)")
        return ExitCode(1)
    }

    /// Runs `body`, mapping any error to its exit code.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw exitCode(for: error)
        }
    }

    /// Runs the async `body`, mapping any error to its exit code.
    static func run(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            throw exitCode(for: error)
        }
    }
}
