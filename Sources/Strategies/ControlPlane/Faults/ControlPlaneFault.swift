/// A fault that changes a design's control-plane state, as the scenario's `faults:` list
/// names it: its kind (`peering-deletion`, ...) and the two things it hits, by index (two
/// VPCs, or a consumer VPC and a service, as the kind defines).
///
/// The shared machinery only passes faults on: each design lists the kinds it understands
/// (`ConnectivityStrategy.faults`) and applies them itself (`apply(_:in:ledger:)`); a
/// design that does not know a kind ignores it, as the fault's target does not exist there.
public struct ControlPlaneFault: Hashable, Sendable {
    /// The fault kind, by the name scenario files use (`FaultDefinition.name`).
    public var name: String
    /// The first thing the fault hits (a VPC index).
    public var a: Int
    /// The second thing the fault hits (a VPC or service index, by kind).
    public var b: Int

    public init(name: String, a: Int, b: Int) {
        self.name = name
        self.a = a
        self.b = b
    }
}
