/// An AWS API call the control plane makes, counted one per call, by its AWS name
/// (`CreateVpcPeeringConnection`). Each design lists its own calls as a `DesignOperation`.
///
/// Counting conventions (assumptions; AWS bills none of these): one call per route and per
/// security-group rule (`CreateRoute` takes one destination; `AuthorizeSecurityGroupIngress`
/// is counted per rule); polling (`Describe*`) is not counted; a call refused by a quota or
/// by overlapping CIDRs is counted once, since the automation made it.
public struct APIOperation: Hashable, Sendable, CustomStringConvertible {
    /// The AWS API name, e.g. `CreateVpcPeeringConnection`.
    public let name: String

    public init(name: String) { self.name = name }

    public var description: String { name }

    /// Every call some registered design makes, each once, in registry order.
    public static var allCases: [APIOperation] {
        func calls<Strategy: ConnectivityStrategy>(_ type: Strategy.Type) -> [APIOperation] {
            Strategy.Operation.allCases.map(\.operation)
        }
        var seen: Set<APIOperation> = []
        return DesignRegistry.designs.flatMap { calls($0) }.filter { seen.insert($0).inserted }
    }
}

/// One design's vocabulary of API calls: a local enum whose case names are the AWS API
/// names in lower camel case (`createRoute` is `CreateRoute`). The ledger counts calls per
/// case, by raw value, so counting costs one array increment.
public protocol DesignOperation: RawRepresentable, CaseIterable, Sendable where RawValue == Int {}

extension DesignOperation {
    /// The AWS API name: the case name with its first letter capitalised.
    public var name: String {
        let caseName = String(describing: self)
        return caseName.prefix(1).uppercased() + caseName.dropFirst()
    }

    /// The call as a design-independent value.
    public var operation: APIOperation { APIOperation(name: name) }
}
