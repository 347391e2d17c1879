/// A resource tag (`Tags[]` of every EC2 resource).
struct AWSTag: Decodable, Sendable {
    var key: String
    var value: String?
}

extension [AWSTag]? {
    /// The `Name` tag's value, when there is a non-empty one.
    var name: String? {
        guard let value = self?.first(where: { $0.key == "Name" })?.value, !value.isEmpty else { return nil }
        return value
    }
}
