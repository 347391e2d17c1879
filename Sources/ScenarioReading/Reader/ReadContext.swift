import SimKernel

/// What every reader of one load shares.
package struct ReadContext: Sendable {
    /// The folder of the scenario file, against which relative paths inside it (an
    /// `empirical(file=...)` distribution) are resolved; nil for text without a file.
    package var directory: String?
    /// The empirical tables already read by earlier decodes of the same document (the
    /// points of a sweep, the probes of a plan), or nil to read every file.
    package var tables: EmpiricalTables?
    /// The names of the scenario's explicit VPCs and of its services, for sections read after
    /// them that refer to them (the designs' sections); nil before they are read.
    package var vpcNames: [String]? = nil
    package var serviceNames: [String]? = nil

    package init(directory: String?, tables: EmpiricalTables? = nil, vpcNames: [String]? = nil,
                 serviceNames: [String]? = nil) {
        self.directory = directory
        self.tables = tables
        self.vpcNames = vpcNames
        self.serviceNames = serviceNames
    }
}
