import Strategies

/// How a strategy looks in every chart: one fixed colour each (Okabe–Ito palette, which
/// stays distinguishable for colour-blind readers).
public enum StrategyStyle {
    /// The strategy's colour as `#rrggbb`.
    public static func color(_ strategy: StrategyKind) -> String {
        switch strategy {
        case .peeringMesh: return "#0072B2"
        case .privateLinkHub: return "#E69F00"
        case .transitGateway: return "#009E73"
        }
    }
}
