/// What every reader of one load shares.
struct ReadContext: Sendable {
    /// The folder of the scenario file, against which relative paths inside it (an
    /// `empirical(file=...)` distribution) are resolved; nil for text without a file.
    var directory: String?
    /// The names of the scenario's explicit VPCs and of its services, for sections read after
    /// them that refer to them (the designs' sections); nil before they are read.
    var vpcNames: [String]? = nil
    var serviceNames: [String]? = nil
}
