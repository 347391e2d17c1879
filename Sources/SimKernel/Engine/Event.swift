/// One scheduled occurrence: a small value the run loop hands to the model.
///
/// An event is 32 bytes of plain data, never a closure, so scheduling one allocates
/// nothing and the queues can move events with plain memory copies. What an event means
/// is the model's business: `kind` says which handler to run and `target`, `a` and `b`
/// are the model's own integer ids (a service, a request slot, a VPC, ...).
@frozen
public struct Event: Sendable, Equatable {
    /// When it happens, in nanoseconds since time zero.
    public var time: Int64
    /// Insertion order, unique within one simulator: breaks ties between equal times
    /// (earlier-scheduled first) and identifies the event for cancellation.
    public var sequence: UInt64
    /// Which handler runs; the model defines the values.
    public var kind: UInt32
    /// The entity the event is for (model-defined).
    public var target: UInt32
    /// Free model-defined arguments.
    public var a: UInt32
    public var b: UInt32

    @inlinable
    public init(time: Int64, sequence: UInt64, kind: UInt32, target: UInt32 = 0, a: UInt32 = 0, b: UInt32 = 0) {
        self.time = time
        self.sequence = sequence
        self.kind = kind
        self.target = target
        self.a = a
        self.b = b
    }

    /// Strict "happens before": earlier time first, then earlier insertion.
    @inlinable @inline(__always)
    public func precedes(_ other: Event) -> Bool {
        time < other.time || (time == other.time && sequence < other.sequence)
    }

    /// The scheduled time as a `SimTime`.
    @inlinable public var simTime: SimTime { SimTime(nanoseconds: time) }
}

/// The handle returned by scheduling, used to cancel the event before it fires.
///
/// It carries the event's time as well as its sequence number: the two place the event in
/// the run loop's total order, so the simulator can tell whether it has already been popped
/// (fired, or skipped as cancelled) and make a late cancel a no-op.
public struct EventID: Hashable, Sendable {
    public let sequence: UInt64
    /// The scheduled time in nanoseconds, or `Int64.max` when the holder kept only the
    /// sequence (`init(sequence:)`).
    public let time: Int64

    /// The handle `Simulator.schedule` returns.
    @inlinable public init(sequence: UInt64, time: Int64) {
        self.sequence = sequence
        self.time = time
    }

    /// A handle rebuilt from a stored sequence number alone. The simulator can then detect
    /// a late cancel only for the event it popped last (the one being handled), so the
    /// holder must itself forget the sequence when the event fires; keep the whole
    /// `EventID` where the 8 extra bytes are affordable.
    @inlinable public init(sequence: UInt64) {
        self.init(sequence: sequence, time: .max)
    }
}
