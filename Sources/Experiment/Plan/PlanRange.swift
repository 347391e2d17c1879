import Foundation
import Scenario

/// `--range LOW..HIGH` of `vpcsim plan`: two numbers with the same unit suffix (`1..12`,
/// `100/s..5000/s`, `2ms..50ms`). Whole numbers without a unit are searched exactly; any
/// other range is continuous and searched to a relative tolerance.
public struct PlanRange: Equatable, Sendable {
    /// The ends, in the unit written.
    public let low: Double
    public let high: Double
    /// The unit text after each number (`/s`, `ms`; empty for plain numbers).
    public let unit: String
    /// Whether both ends are whole numbers without a unit: the parameter is a count.
    public let isInteger: Bool

    /// Parses `text`; errors name `--range`.
    public init(parsing text: String) throws(ScenarioError) {
        let flag = SourceLocation(file: "command line", line: 1, column: 1)
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let a = Self.split(parts[0]), let b = Self.split(parts[1]) else {
            throw ScenarioError(at: flag, keyPath: "--range",
                                "expected LOW..HIGH, such as 1..12 or 100/s..5000/s; found '\(text)'")
        }
        guard a.unit == b.unit else {
            throw ScenarioError(at: flag, keyPath: "--range",
                                "both ends need the same unit: '\(parts[0])' and '\(parts[1])' differ (\(a.unit.isEmpty ? "none" : a.unit) vs \(b.unit.isEmpty ? "none" : b.unit))")
        }
        guard a.value < b.value else {
            throw ScenarioError(at: flag, keyPath: "--range", "the range '\(text)' is empty: LOW must be below HIGH")
        }
        low = a.value
        high = b.value
        unit = a.unit
        isInteger = a.unit.isEmpty && a.integral && b.integral
    }

    /// A number followed by its unit.
    private static func split(_ text: String) -> (value: Double, unit: String, integral: Bool)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") }
            ?? trimmed.endIndex
        // An 'e' that starts a unit (none do today) would be read as an exponent; units here
        // start with '/' or a letter other than e.
        let number = String(trimmed[..<numberEnd])
        guard let value = Double(number), value.isFinite else { return nil }
        return (value, String(trimmed[numberEnd...]), !number.contains(".") && !number.lowercased().contains("e"))
    }

    /// The setting's value text for `value`: a whole number, or up to 6 significant digits
    /// with the unit.
    public func text(_ value: Double) -> String {
        if isInteger { return String(Int(value.rounded())) }
        return Self.number(value) + unit
    }

    /// `value` rounded as `text` writes it, so a probe is the value it names.
    public func rounded(_ value: Double) -> Double {
        isInteger ? value.rounded() : Double(Self.number(value)) ?? value
    }

    static func number(_ value: Double) -> String {
        var text = String(format: "%.6g", value)
        if text.contains("e") { text = String(format: "%.6f", value) }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
