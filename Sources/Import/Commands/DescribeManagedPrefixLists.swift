/// `aws ec2 describe-managed-prefix-lists`
/// (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-managed-prefix-lists.html).
struct DescribeManagedPrefixLists: Decodable {
    var prefixLists: [PrefixList]

    struct PrefixList: Decodable {
        var prefixListId: String
        var prefixListName: String?
        var addressFamily: String?
        var maxEntries: Int?
        var ownerId: String?
    }
}
