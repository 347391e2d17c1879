// The Strategies module: the connectivity designs and the control plane that builds them
// (see DESIGN.md, module 4).
//
// Folders:
//   Options/         What a scenario can set: peering, PrivateLink, Transit Gateway options and
//                    the durations of control-plane operations.
//   Connectivity/    What the data plane reads: Reachability, UnreachableReason, ConnectivityView,
//                    and the Reachability-Analyzer-style answer (ReachResult, ReachHop).
//   ControlPlane/    The shared machinery: the ConnectivityStrategy protocol, ControlPlane (the
//                    model on the engine, event kinds 0..<1000), the ledger (API calls, quota
//                    violations, per-demand status, goals, inventory, timeseries), the address
//                    plan (virtual route tables keyed by distinct CIDR block), costs and results.
//   PeeringMesh/     VPC peering, full or as needed: lifecycle, quotas, virtual route tables.
//   PrivateLinkHub/  NLB + endpoint service per service, interface endpoints per consumer.
//   TransitGateway/  A gateway per region, attachments, gateway route tables, region peering.
