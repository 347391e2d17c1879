// PENDING: replaced by CloudModel's CIDR type when the `cloudmodel` branch lands.
/// A CIDR block as written (`10.1.0.0/16`).
public typealias CIDRBlock = String
