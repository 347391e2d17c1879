import Strategies

/// The report's "What rests on assumptions" section: for each strategy, the figures and
/// behaviours behind its findings that AWS does not publish or vpcsim could not confirm
/// (from the manifest's `assumptions`), grouped by the findings they bear on, so that a
/// reader knows which conclusions to check before repeating them.
enum AssumptionsSection {
    /// The kinds of finding, in the order the report's findings come.
    static let order = ["cost", "latency", "requests", "time to connect"]

    /// The section's Markdown, or "" when the manifest predates it.
    static func markdown(_ assumptions: [String: [ResultAssumption]]?, strategies: [String]) -> String {
        guard let assumptions else { return "" }
        var out = "## What rests on assumptions\n\n"
            + "Each strategy's findings rest on the figures below, which AWS does not publish or which vpcsim "
            + "could not confirm on AWS's own pages (⚠ in the catalogues: `vpcsim designs --sources`). A figure the "
            + "scenario sets itself is not listed. Findings of a kind with nothing listed rest on sourced figures only.\n\n"
        let lists = strategies.map { assumptions[$0] ?? [] }
        // What every strategy rests on (shared prices, mostly) is said once.
        let common = strategies.count > 1 ? lists.dropFirst().reduce(lists.first ?? []) { shared, list in
            shared.filter(list.contains)
        } : []
        if !common.isEmpty {
            out += "**Every strategy** (where its traffic flows)\n\n" + items(common) + "\n"
        }
        for (strategy, list) in zip(strategies, lists) {
            let own = list.filter { !common.contains($0) }
            out += "**\(strategy)**"
            out += own.isEmpty ? (common.isEmpty ? ": nothing assumed.\n\n" : ": nothing more.\n\n")
                               : "\n\n" + items(own) + "\n"
        }
        return out
    }

    /// One line per kind of finding, in the report's order.
    private static func items(_ list: [ResultAssumption]) -> String {
        let kinds = order + Set(list.map(\.bearsOn)).subtracting(order).sorted()
        return kinds.compactMap { kind in
            let texts = list.filter { $0.bearsOn == kind }.map(\.text)
            return texts.isEmpty ? nil : "- \(kind) findings: " + texts.joined(separator: "; ") + "\n"
        }.joined()
    }
}
