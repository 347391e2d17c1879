/// Why a security-group rule could not be added.
public struct SecurityGroupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// The group's rules of this direction and family would exceed `limit`.
        case quotaExceeded(direction: SecurityGroupRule.Direction, family: AddressFamily, limit: Int64)
        /// An identical rule exists already.
        case duplicateRule
    }

    /// The group concerned.
    public let group: SecurityGroupID
    /// What went wrong.
    public let reason: Reason

    /// An error about `group`.
    public init(group: SecurityGroupID, reason: Reason) {
        self.group = group
        self.reason = reason
    }

    /// A one-line explanation.
    public var message: String {
        switch reason {
        case .quotaExceeded(let direction, let family, let limit):
            return "\(group): rule refused: more than \(limit) \(direction) \(family) rules "
                + "(rules_per_security_group, counted per direction and address family)"
        case .duplicateRule:
            return "\(group): an identical rule exists already"
        }
    }

    public var description: String { message }
}
