/// How firmly a price is sourced.
public enum PriceStatus: String, Sendable, Hashable {
    /// Stated by AWS or cross-checked across several dated sources (aws-facts.md §4).
    case sourced
    /// Marked ⚠ UNCONFIRMED in aws-facts.md: an assumption to check before relying on it.
    case unconfirmed
    /// A convention of the model rather than a price (e.g. 730 hours per month).
    case convention
}
