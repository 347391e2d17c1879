/// Why a Region could not be found, declared or narrowed to a number of AZs.
public struct RegionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// No built-in or declared Region has this name; `suggestion` is the closest known name.
        case unknownRegion(suggestion: String?)
        /// A declared Region's name is not of the form lowercase letters, digits and hyphens.
        case malformedName
        /// A Region was declared twice, or a built-in Region was declared again.
        case alreadyDefined(builtIn: Bool)
        /// Fewer than one AZ requested.
        case tooFewZones(requested: Int)
        /// More AZs requested than the Region has.
        case tooManyZones(requested: Int, available: [AvailabilityZoneID])
    }

    /// The Region name as given.
    public let region: String
    /// What went wrong.
    public let reason: Reason

    /// An error about the Region named `region`.
    public init(region: String, reason: Reason) {
        self.region = region
        self.reason = reason
    }

    /// A one-line explanation saying what was expected.
    public var message: String {
        switch reason {
        case .unknownRegion(let suggestion):
            let hint = suggestion.map { "; did you mean \($0)?" } ?? ""
            return "unknown region '\(region)'\(hint) (declare a new region with its number of AZs to use it)"
        case .malformedName:
            return "region name '\(region)' is malformed; expected lowercase letters, digits and hyphens such as eu-north-1"
        case .alreadyDefined(let builtIn):
            return builtIn
                ? "region \(region) is built in and cannot be redeclared; choose how many of its AZs to use instead"
                : "region \(region) is declared twice"
        case .tooFewZones(let n):
            return "region \(region): \(n) Availability Zones requested; expected at least 1"
        case .tooManyZones(let n, let available):
            let ids = available.map(\.description).joined(separator: ", ")
            return "region \(region) has \(available.count) Availability Zones (\(ids)); \(n) requested"
        }
    }

    public var description: String { message }
}
