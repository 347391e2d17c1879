import Foundation

/// Diagnostics go to stderr (results and "ok" lines go to stdout).
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
