import Strategies
import Testing

/// What every registered design must satisfy for the shared machinery to run it.
@Suite struct DesignRegistryTests {
    struct Facts {
        var kind: StrategyKind
        var colour: String
        var summary: String
        var eventRange: Range<UInt32>
        var events: [UInt32]
        var faults: [FaultDefinition]
    }

    static func facts<Strategy: ConnectivityStrategy>(_ type: Strategy.Type) -> Facts {
        Facts(kind: Strategy.kind, colour: Strategy.chartColour, summary: Strategy.summary,
              eventRange: Strategy.eventRange, events: Strategy.EventKind.allCases.map(\.rawValue),
              faults: Strategy.faults)
    }

    static let all = DesignRegistry.designs.map { facts($0) }

    @Test func namesAreUniqueAndParseBack() {
        #expect(Set(Self.all.map(\.kind)).count == Self.all.count)
        for design in Self.all {
            #expect(StrategyKind(rawValue: design.kind.rawValue) == design.kind)
            #expect(!design.summary.isEmpty, "\(design.kind) has no summary")
        }
        #expect(StrategyKind(rawValue: "no-such-design") == nil)
        #expect(StrategyKind.allCases == Self.all.map(\.kind))
        #expect(DesignRegistry.baseline == Self.all[0].kind)
    }

    @Test func coloursAreDistinctHexTriplets() {
        #expect(Set(Self.all.map(\.colour)).count == Self.all.count)
        for design in Self.all {
            #expect(design.colour.count == 7 && design.colour.first == "#"
                    && design.colour.dropFirst().allSatisfy(\.isHexDigit), "\(design.kind): \(design.colour)")
        }
    }

    @Test func eventRangesAreDisjointAndHoldEachDesignsEvents() {
        for design in Self.all {
            #expect(design.eventRange.lowerBound >= ControlPlaneEventKind.sharedRange.upperBound, "\(design.kind)")
            #expect(design.eventRange.upperBound <= ControlPlaneEventKind.range.upperBound, "\(design.kind)")
            // A design that provisions nothing (as-is) has no events; any other has some.
            #expect(design.events.isEmpty == (design.kind == .asIs), "\(design.kind)")
            #expect(design.events.allSatisfy(design.eventRange.contains), "\(design.kind)")
        }
        for (i, a) in Self.all.enumerated() {
            for b in Self.all[(i + 1)...] {
                #expect(!a.eventRange.overlaps(b.eventRange), "\(a.kind) and \(b.kind) share event kinds")
            }
        }
        #expect(ControlPlaneEventKind.allCases.allSatisfy { ControlPlaneEventKind.sharedRange.contains($0.rawValue) })
    }

    @Test func faultNamesBelongToOneDesignEach() {
        let names = Self.all.flatMap { $0.faults.map(\.name) }
        #expect(Set(names).count == names.count)
        for design in Self.all {
            #expect(design.faults.allSatisfy { !$0.name.isEmpty && !$0.summary.isEmpty }, "\(design.kind)")
        }
    }
}
