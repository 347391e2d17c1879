import Foundation
import Scenario
import SimKernel

/// `fnv1a64:<16 hex digits>` over the bytes of input files (joined by a zero byte): how a
/// manifest records exactly which inputs produced a result folder.
public enum ContentHash {
    public static func of(files paths: [String]) throws(ScenarioError) -> String {
        var text = ""
        for (index, path) in paths.enumerated() {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ScenarioError(at: .wholeFile(path), "cannot read the file")
            }
            if index > 0 { text += "\u{0}" }
            text += String(decoding: data, as: UTF8.self)
        }
        let digits = String(StreamSeed.fnv1a64(text), radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
