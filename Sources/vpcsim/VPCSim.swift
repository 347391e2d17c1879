import ArgumentParser
import Foundation

/// The `vpcsim` command: parses arguments and calls into the library modules.
@main
struct VPCSim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vpcsim",
        abstract: "Simulate AWS multi-VPC designs (peering mesh, PrivateLink hub, Transit Gateway) at scale.",
        version: VPCSimVersion.current,
        subcommands: [RunCommand.self, ValidateCommand.self, SweepCommand.self, MergeCommand.self, ReportCommand.self,
                      PlotCommand.self, RegionsCommand.self, DesignsCommand.self, BenchCommand.self, PlanCommand.self,
                      ImportCommand.self]
    )

    /// Parses and runs like ArgumentParser's own async `main`, except that a malformed
    /// command line exits with 2, the project's code for bad input, instead of the
    /// library's 64.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The version recorded in every manifest.
enum VPCSimVersion {
    static let current = "0.1.0"
}
