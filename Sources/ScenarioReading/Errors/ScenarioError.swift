/// The one error a scenario's readers throw (Scenario's, and each design's option decoding in
/// Strategies): bad input, located in the file that holds it.
///
/// It prints as `FILE:LINE:COLUMN: error: KEY.PATH: MESSAGE`, the format compilers use, so
/// editors and terminals can jump to the spot. The command line maps it to exit code 2.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the offending text is.
    public var location: SourceLocation
    /// The offending key, as the user would write it (`services[0].service_time`); empty
    /// when the problem is the whole document.
    public var keyPath: String
    /// What is wrong and what was expected instead.
    public var message: String

    public init(at location: SourceLocation, keyPath: String = "", _ message: String) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
    }

    /// The file the error is in.
    public var file: String { location.file }
    /// 1-based line, 0 when the error concerns the file as a whole.
    public var line: Int { location.line }
    /// 1-based column, 0 when the error concerns the file as a whole.
    public var column: Int { location.column }

    public var description: String {
        let path = keyPath.isEmpty ? "" : "\(keyPath): "
        return "\(location): error: \(path)\(message)"
    }
}
