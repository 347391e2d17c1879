import Foundation
import SimKernel

/// Reading an input file's text, with located errors for files that are missing,
/// unreadable, not regular files (a FIFO, /dev/zero), too large (`BoundedFileRead`) or not UTF-8.
enum SourceFile {
    /// The file's text.
    static func read(path: String) throws(ScenarioError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(at: .wholeFile(path), "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ScenarioError(at: .wholeFile(path), "is a folder; expected a scenario or sweep file")
        }
        switch BoundedFileRead.read(path) {
        case .success(let bytes):
            return try text(of: Data(bytes), file: path)
        case .failure(.system(let reason)):
            throw ScenarioError(at: .wholeFile(path), "cannot read the file: \(reason)")
        case .failure(let failure):
            throw ScenarioError(at: .wholeFile(path), failure.reason)
        }
    }

    /// `data` as UTF-8 text; the first invalid byte is reported with its line and column.
    static func text(of data: Data, file: String) throws(ScenarioError) -> String {
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1, column = 1, index = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            case .emptyInput:
                break decoding
            case .error:
                break decoding
            }
        }
        throw ScenarioError(at: SourceLocation(file: file, line: line, column: column),
                            "the file is not UTF-8 text (invalid byte sequence here)")
    }

    /// The folder holding `path`, or nil for a bare file name (the current folder).
    static func directory(of path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let parent = url.deletingLastPathComponent().path
        return path.contains("/") ? parent : nil
    }

    /// The file name without folder and extension: a scenario's default name.
    static func baseName(of path: String) -> String {
        let last = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return last.isEmpty ? "scenario" : last
    }

    /// `relative` resolved against the folder of `base` (absolute paths stay as they are).
    static func resolve(_ relative: String, against base: String) -> String {
        if relative.hasPrefix("/") { return relative }
        guard let folder = directory(of: base) else { return relative }
        return URL(fileURLWithPath: folder).appendingPathComponent(relative).standardized.path
    }
}
