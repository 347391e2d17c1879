import Scenario

/// `--shard I/N`: shard `I` (from 1) of `N` runs the points whose index `p` (from 0) has
/// `p mod N = I − 1`, so N machines split a grid with no coordination, and every shard's
/// share is spread across the grid rather than a block of it.
public struct ShardSpec: Equatable, Sendable, Codable, CustomStringConvertible {
    /// This shard's number, from 1 to `count`.
    public let index: Int
    /// How many shards the grid is split into.
    public let count: Int

    /// Checks 1 ≤ index ≤ count.
    public init(index: Int, count: Int) throws(ScenarioError) {
        guard count >= 1 else {
            throw Self.error("the shard count must be at least 1, such as 1/4; found \(index)/\(count)")
        }
        guard (1...count).contains(index) else {
            throw Self.error("the shard number must be from 1 to \(count), such as 1/\(count); found \(index)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` as given to `--shard`; errors name `--shard` as the file.
    public static func parse(_ text: String) throws(ScenarioError) -> ShardSpec {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw error("expected I/N with whole numbers, such as 2/4; found '\(text)'")
        }
        return try ShardSpec(index: index, count: count)
    }

    /// Whether point `point` (from 0) belongs to this shard.
    public func contains(point: Int) -> Bool {
        point % count == index - 1
    }

    /// The points of a grid of `pointCount` points that this shard runs, in order.
    public func points(of pointCount: Int) -> [Int] {
        Array(stride(from: index - 1, to: pointCount, by: count))
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }

    private static func error(_ message: String) -> ScenarioError {
        ScenarioError(at: SourceLocation(file: "--shard", line: 1, column: 1), keyPath: "shard", message)
    }
}
