/// A place in an input file: the file's display name, and a 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does. A location with line 0 names only the
/// file (for problems such as "the file cannot be read" that have no position).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (a path, or a label such as `--set`).
    public var file: String
    /// 1-based line; 0 when the problem has no position in the file.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when `line` is 0.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The file as a whole, with no position.
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// `FILE:LINE:COLUMN`, or just `FILE` when there is no position.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }
}
