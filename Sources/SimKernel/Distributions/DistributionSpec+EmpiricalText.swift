extension DistributionSpec {
    /// `empirical(file=FILE)` from the file's text already read: the reader that
    /// `empirical(file=...)` uses, without the file system (the fuzz targets and their corpus
    /// replay call it). Errors name `file` and the line, as for a file on disk.
    public static func empirical(text: String, file: String, kind: QuantityKind) throws(DistributionError) -> DistributionSpec {
        let sampler = try EmpiricalFile.read(text: text, file: file, kind: kind)
        return DistributionSpec(kind: kind, family: .empirical,
                                parameters: [Parameter(name: "file", value: file)], sampler: sampler)
    }
}
