import Foundation

/// Progress and notices go to stderr, so stdout carries only results.
enum Progress {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
