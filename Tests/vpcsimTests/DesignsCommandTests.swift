import Foundation
import Strategies
import Testing

/// `vpcsim designs` lists every registered design with the keys it adds, as the registry
/// defines them.
@Suite struct DesignsCommandTests {
    @Test func listsEveryDesignWithItsKeys() throws {
        let outcome = try ValidateCommandTests.run(["designs", "--sources"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for design in DesignRegistry.descriptions {
            #expect(outcome.stdout.contains(design.name + ": " + design.summary))
            for delay in design.delays { #expect(outcome.stdout.contains("    \(delay.key) = "), "\(delay.key)") }
            for hop in design.hops { #expect(outcome.stdout.contains(hop)) }
        }
        for fact in DesignRegistry.priceCatalog.facts {
            #expect(outcome.stdout.contains("    \(fact.key) = "), "\(fact.key)")
        }
        for quota in DesignRegistry.quotaCatalog.definitions {
            #expect(outcome.stdout.contains("    \(quota.key) = "), "\(quota.key)")
        }
        #expect(outcome.stdout.contains("shared-vpc:"))
        #expect(outcome.stdout.contains("CreateResourceShare"))
    }
}
