import SimKernel

/// An event kind of the control plane: a value whose raw value is the engine's `Event.kind`.
/// The shared kinds are `ControlPlaneEventKind`'s; each design has a local enum of its own
/// in its sub-range (`ConnectivityStrategy.eventRange`).
public protocol ControlPlaneEvent: RawRepresentable, CaseIterable, Sendable where RawValue == UInt32 {}

/// The event kinds every design shares. All control-plane kinds lie in `range` (0..<1000):
/// 0..<100 are these, each design owns a sub-range above (its `eventRange`); the data plane
/// uses 1000..<2000, so a combined model dispatches an event by its kind's range.
public enum ControlPlaneEventKind: UInt32, ControlPlaneEvent {
    /// A VPC is created (`target`: VPC index). Scheduled by `ControlPlane.start`.
    case vpcCreated = 0
    /// A regular timeseries point (no ids).
    case sample = 1

    /// The kinds the control plane owns.
    public static let range: Range<UInt32> = 0..<1000

    /// The kinds shared by every design; designs' sub-ranges lie above.
    public static let sharedRange: Range<UInt32> = 0..<100

    /// Whether an event belongs to the control plane.
    @inlinable public static func owns(_ event: Event) -> Bool { range.contains(event.kind) }
}
