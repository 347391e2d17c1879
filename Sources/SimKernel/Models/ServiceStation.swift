import DequeModule

/// A first-come-first-served station with a fixed number of identical servers: the
/// building block of every queue in vpcsim, from the textbook M/M/c model in the tests to
/// a service's instances in the data plane.
///
/// It only keeps the state (who is being served, who waits, in order); the caller owns
/// the clock and schedules the completions. Jobs are the caller's integer ids.
public struct ServiceStation: Sendable {
    /// Servers working at once (for a service: instances × concurrency).
    public let servers: Int
    /// Servers busy now.
    public private(set) var busy = 0
    /// Jobs waiting, oldest first.
    public private(set) var waiting = Deque<UInt32>()
    /// `waiting.count`, kept beside the line so that the usual case, nobody waiting, never
    /// reaches the line's storage (a separate allocation per station).
    public private(set) var queued = 0

    public init(servers: Int) {
        precondition(servers > 0, "a station needs at least one server")
        self.servers = servers
    }

    /// Jobs in the station: in service plus waiting.
    @inlinable public var inSystem: Int { busy + queued }

    /// A job arrives: true when it starts service at once (the caller schedules its
    /// completion), false when it joined the waiting line.
    public mutating func arrive(_ job: UInt32) -> Bool {
        if busy < servers {
            busy += 1
            return true
        }
        waiting.append(job)
        queued += 1
        return false
    }

    /// A job in service completes: returns the waiting job that takes the freed server
    /// (the caller schedules its completion), or nil when nobody waits.
    public mutating func complete() -> UInt32? {
        precondition(busy > 0, "completion at a station with no job in service")
        if queued > 0 {
            queued -= 1
            return waiting.removeFirst()
        }
        busy -= 1
        return nil
    }

    /// Removes a waiting job (it timed out or its client gave up); false if not waiting.
    public mutating func abandon(_ job: UInt32) -> Bool {
        guard let i = waiting.firstIndex(of: job) else { return false }
        waiting.remove(at: i)
        queued -= 1
        return true
    }

    /// Empties the station at once (an outage): returns the jobs that were waiting, and
    /// forgets those in service, whose completions the caller must cancel or ignore.
    public mutating func drain() -> [UInt32] {
        let dropped = Array(waiting)
        waiting.removeAll()
        queued = 0
        busy = 0
        return dropped
    }
}
