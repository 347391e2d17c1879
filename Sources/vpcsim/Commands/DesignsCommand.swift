import ArgumentParser
import CloudModel
import Experiment
import Strategies

/// `vpcsim designs`: the registered designs, each with what it adds to the scenario
/// language (delay, hop and quota keys), the AWS API calls it makes and the prices it
/// pays, read from the registry; then the prices and quotas every design shares.
struct DesignsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "designs",
        abstract: "List the connectivity designs with their delay, hop and quota keys, API calls and prices.",
        discussion: """
            Every name here is valid in a scenario's strategies: list and in --strategies. \
            Delay keys go under control_plane:, hop keys under latency: (and its overrides). \
            Defaults marked ⚠ are assumptions: AWS publishes no figure.
            """)

    @Flag(help: "Also print each delay's, price's and quota's default and its source.")
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
            print("  API calls:     " + (design.operations.isEmpty ? "(none)" : design.operations.joined(separator: ", ")))
            printFigures(prices: design.prices, quotas: design.quotas)
            print("")
        }
        print("shared by every design:")
        printFigures(prices: SharedPrices.facts, quotas: SharedQuotas.definitions)
    }

    /// The price and quota keys, and with `--sources` each default and its source.
    private func printFigures(prices: [PriceFact], quotas: [QuotaDefinition]) {
        print("  prices:        " + (prices.isEmpty ? "(none)" : prices.map(\.key.name).joined(separator: ", ")))
        if sources {
            for fact in prices { print("    \(fact.key) = \(fact.value) \(fact.unit): \(fact.source)") }
        }
        print("  quotas:        " + (quotas.isEmpty ? "(none)" : quotas.map(\.key.name).joined(separator: ", ")))
        if sources {
            for quota in quotas {
                print("    \(quota.key) = \(quota.defaultValue) (maximum \(quota.maximum)): \(quota.source)")
            }
        }
    }
}
