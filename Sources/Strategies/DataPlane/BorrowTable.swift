import SimKernel

/// Objects addressed by index without reference counting per use: the table keeps every
/// object alive, and `with(_:_:)` lends one for the duration of a call. Reading a `let`
/// property of a lent object borrows it in place, so drawing from a stored
/// `DistributionSpec` copies nothing (a copy costs reference counting on every draw).
/// Read-only after creation; shared, not copied, by copies of its owner.
final class BorrowTable<Object: AnyObject> {
    /// Owns the objects.
    let objects: [Object]
    let base: UnsafeMutablePointer<Unmanaged<Object>>

    init(_ objects: [Object]) {
        self.objects = objects
        base = .allocate(capacity: Swift.max(1, objects.count))
        base.initialize(from: objects.map { Unmanaged.passUnretained($0) }, count: objects.count)
    }

    deinit {
        base.deinitialize(count: objects.count)
        base.deallocate()
    }

    /// Runs `body` with object `i`, borrowed.
    @inline(__always)
    func with<Result>(_ i: Int, _ body: (Object) -> Result) -> Result {
        base[i]._withUnsafeGuaranteedRef(body)
    }
}

