/// How many requests a client sends over one TCP connection before it opens a new one
/// (`traffic[].requests_per_connection`): the NLB's per-target limit and the load
/// balancers' new-connection capacity units count connections, not requests.
///
/// The client, not AWS, decides this, so AWS publishes no figure. ⚠ Assumption: the
/// default is 100, Apache httpd's default limit of requests per persistent connection
/// (`MaxKeepAliveRequests` "is set to 100 by default",
/// https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/4/html/reference_guide/s2-apache-maxkeepaliverequests):
/// a keep-alive client of such a server opens a new connection every 100 requests.
/// 1 is a client without keep-alive: every request opens a connection (vpcsim's model
/// before connection reuse, the pessimistic case).
public enum ConnectionReuse {
    /// Requests per connection when the traffic entry gives none.
    public static let defaultRequestsPerConnection = 100
}
