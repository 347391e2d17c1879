import CloudModel

extension PrivateLinkHubStrategy {
    /// Recorded for reports; a consumer's endpoints bound the services it calls, not the
    /// VPC count.
    public static var chartedQuotas: [QuotaKey] { [.interfaceEndpointsPerVPC] }
}
