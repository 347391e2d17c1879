/// What every reader of one load shares.
struct ReadContext: Sendable {
    /// The folder of the scenario file, against which relative paths inside it (an
    /// `empirical(file=...)` distribution) are resolved; nil for text without a file.
    var directory: String?
}
