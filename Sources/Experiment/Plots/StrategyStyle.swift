import Strategies

/// How a strategy looks in every chart: the fixed colour its design declares.
public enum StrategyStyle {
    /// The strategy's colour as `#rrggbb`.
    public static func color(_ strategy: StrategyKind) -> String { strategy.strategyType.chartColour }
}
