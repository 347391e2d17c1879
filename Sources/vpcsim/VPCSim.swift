import ArgumentParser

/// The `vpcsim` command: parses arguments and calls into the library modules.
@main
struct VPCSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vpcsim",
        abstract: "Simulate AWS multi-VPC designs (peering mesh, PrivateLink hub, Transit Gateway) at scale.",
        version: VPCSimVersion.current,
        subcommands: [RunCommand.self, ValidateCommand.self, SweepCommand.self, MergeCommand.self, ReportCommand.self,
                      PlotCommand.self, RegionsCommand.self, BenchCommand.self]
    )
}

/// The version recorded in every manifest.
enum VPCSimVersion {
    static let current = "0.1.0"
}
