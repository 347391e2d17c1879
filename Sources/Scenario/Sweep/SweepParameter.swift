/// One varied setting of a sweep and the values it takes, in file order.
public struct SweepParameter: Equatable, Sendable {
    /// The dotted path, as written under `vary:` (`fleets.app.count`).
    public var path: String
    /// One override per value; `valueText` is the value as written.
    public var values: [ScenarioOverride]
}
