/// One control-plane fault kind a design understands: its scenario name and what it does.
public struct FaultDefinition: Hashable, Sendable {
    /// The kind's name under `faults:` (`kind: peering-deletion`).
    public let name: String
    /// What the fault does to the design, and what its two indices (`ControlPlaneFault.a`,
    /// `.b`) are.
    public let summary: String

    public init(name: String, summary: String) {
        self.name = name
        self.summary = summary
    }
}

/// A design's control-plane faults, as a local enum whose raw values are the scenario names.
public protocol DesignFault: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// What the fault does, and what its two indices are.
    var summary: String { get }
}

extension DesignFault {
    /// The fault's definition.
    public var definition: FaultDefinition { FaultDefinition(name: rawValue, summary: summary) }

    /// Every case's definition, in declaration order.
    public static var definitions: [FaultDefinition] { allCases.map(\.definition) }

    /// The design's kind that `fault` names, if it is one of this design's.
    public init?(_ fault: ControlPlaneFault) { self.init(rawValue: fault.name) }
}
