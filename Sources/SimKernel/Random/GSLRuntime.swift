import CGSL

/// One-time set-up of the GNU Scientific Library for use inside a simulator.
///
/// GSL's default error handler calls `abort()`. vpcsim checks every input itself and must
/// never die inside C, so the handler is switched off before the first GSL call.
public enum GSLRuntime {
    /// Idempotent; every type that calls GSL calls it on creation. Safe from any thread:
    /// switching the handler off only stores one pointer, the same pointer every time.
    @inlinable public static func prepare() {
        _ = preparedOnce
    }

    @usableFromInline static let preparedOnce: Bool = {
        _ = gsl_set_error_handler_off()
        return true
    }()
}
