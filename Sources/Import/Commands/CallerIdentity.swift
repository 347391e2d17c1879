/// `aws sts get-caller-identity`: the account the export was made in.
struct CallerIdentity: Decodable {
    var account: String
    var arn: String?
}
