import ScenarioReading

/// Where a loaded scenario was written: its document (after `--set` overrides), to locate
/// errors found only after loading (expanding the topology, building the planes) at the
/// item they concern.
///
/// Not part of the scenario's value: two scenarios that say the same thing are equal
/// wherever they were written, so `==` always holds.
public struct ScenarioSource: Equatable, Sendable {
    /// The document; nil for a scenario built in code.
    let document: YAMLNode?

    /// No document: errors name the file as a whole.
    public init() { document = nil }

    init(document: YAMLNode) { self.document = document }

    /// Where the node at `path` is written (or its nearest written ancestor); nil without a
    /// document.
    func location(of path: KeyPath) -> SourceLocation? {
        document?.location(of: path)
    }

    public static func == (lhs: ScenarioSource, rhs: ScenarioSource) -> Bool { true }
}
