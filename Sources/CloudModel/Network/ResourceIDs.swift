// Identifiers of network resources. Small integers assigned by whoever creates the resource
// (the scenario expansion or a strategy), printed in AWS's style (`pcx-0000002a`) for logs.

/// Prints an integer id as `<prefix>-<8 hex digits>`.
@usableFromInline func awsStyle(_ prefix: String, _ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return prefix + "-" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
}

/// A VPC, by its index in the run.
public struct VPCID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number behind the id.
    public let rawValue: UInt32
    /// The id with this number.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public static func < (a: VPCID, b: VPCID) -> Bool { a.rawValue < b.rawValue }
    /// `vpc-0000002a`.
    public var description: String { awsStyle("vpc", rawValue) }
}

/// A VPC peering connection.
public struct PeeringConnectionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number behind the id.
    public let rawValue: UInt32
    /// The id with this number.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public static func < (a: PeeringConnectionID, b: PeeringConnectionID) -> Bool { a.rawValue < b.rawValue }
    /// `pcx-0000002a`.
    public var description: String { awsStyle("pcx", rawValue) }
}

/// A transit gateway.
public struct TransitGatewayID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number behind the id.
    public let rawValue: UInt32
    /// The id with this number.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public static func < (a: TransitGatewayID, b: TransitGatewayID) -> Bool { a.rawValue < b.rawValue }
    /// `tgw-0000002a`.
    public var description: String { awsStyle("tgw", rawValue) }
}

/// A security group.
public struct SecurityGroupID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number behind the id.
    public let rawValue: UInt32
    /// The id with this number.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public static func < (a: SecurityGroupID, b: SecurityGroupID) -> Bool { a.rawValue < b.rawValue }
    /// `sg-0000002a`.
    public var description: String { awsStyle("sg", rawValue) }
}

/// A managed prefix list (referenced by security-group rules).
public struct PrefixListID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number behind the id.
    public let rawValue: UInt32
    /// The id with this number.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public static func < (a: PrefixListID, b: PrefixListID) -> Bool { a.rawValue < b.rawValue }
    /// `pl-0000002a`.
    public var description: String { awsStyle("pl", rawValue) }
}
