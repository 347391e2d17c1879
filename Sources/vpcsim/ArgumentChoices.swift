import ArgumentParser
import Benchmarks
import Foundation
import SimKernel
import Strategies

// The enum-like values the command line accepts, parsed by ArgumentParser itself: an
// unknown value is a usage error (exit code 2) that lists the valid ones, and `--help`
// shows them. The types live in the library modules, which do not depend on
// ArgumentParser, hence the conformances here.

/// A design by its registry name (`StrategyKind.rawValue`); the valid names are the registry's.
extension StrategyKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }

    /// A comma-separated list of design names (`run --strategies a,b`), for `@Option`'s
    /// `transform:`: an unknown name is thrown with the valid ones, which ArgumentParser
    /// reports as a usage error naming the option.
    static func commaSeparated(_ text: String) throws -> [StrategyKind] {
        try text.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let kind = StrategyKind(argument: trimmed) else {
                throw ValidationError("unknown strategy '\(trimmed)'; expected one of: "
                                      + allValueStrings.joined(separator: ", "))
            }
            return kind
        }
    }
}

/// An event queue implementation by its benchmark name (`radix-heap`, ...).
extension EventQueueKind: ExpressibleByArgument {}

/// A hold-model increment distribution (`exponential`, `uniform`, `bimodal`).
extension HoldIncrement: ExpressibleByArgument {}
