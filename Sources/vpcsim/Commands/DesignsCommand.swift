import ArgumentParser
import Experiment
import Strategies

/// `vpcsim designs`: the registered designs, each with what it adds to the scenario
/// language (delay and hop keys) and the AWS API calls it makes, read from the registry.
struct DesignsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "designs",
        abstract: "List the connectivity designs with their delay and hop keys and their API calls.",
        discussion: """
            Every name here is valid in a scenario's strategies: list and in --strategies. \
            Delay keys go under control_plane:, hop keys under latency: (and its overrides). \
            Defaults marked ⚠ are assumptions: AWS publishes no figure.
            """)

    @Flag(help: "Also print each delay's default and its source.")
    var sources = false

    func run() throws {
        for design in DesignRegistry.descriptions {
            print("\(design.name): \(design.summary)")
            print("  control_plane: " + (design.delays.isEmpty ? "(none)" : design.delays.map(\.key).joined(separator: ", ")))
            if sources {
                for delay in design.delays {
                    print("    \(delay.key) = \(delay.defaultValue): \(delay.source)")
                }
            }
            print("  latency hops:  " + (design.hops.isEmpty ? "(none)" : design.hops.joined(separator: ", ")))
            print("  API calls:     " + design.operations.joined(separator: ", "))
            print("")
        }
    }
}
