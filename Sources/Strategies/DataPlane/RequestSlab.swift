import SimKernel

/// Requests in flight, by slot (see `SlotSlab`).
typealias RequestSlab = SlotSlab<RequestRecord>
