extension Duration {
    /// The span as a floating-point number of seconds: how wall-clock timings (benchmarks,
    /// progress, manifests) are reported.
    @inlinable public var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
