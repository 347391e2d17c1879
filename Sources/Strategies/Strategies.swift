// The Strategies module: the connectivity designs and the control and data planes that run
// any of them.
//
// Folders:
//   Designs/        The registry (DesignRegistry: one line per design), StrategyKind, and
//                   what every design describes of itself (catalogues, footprints, limits).
//   ControlPlane/   The shared machinery: the ConnectivityStrategy protocol, ControlPlane (the
//                   model on the engine, event kinds 0..<1000), the ledger (API calls, quota
//                   violations, per-demand status, goals, inventory, timeseries), the address
//                   plan (virtual route tables keyed by distinct CIDR block), delays, costs,
//                   results, and the options every design may share (Options/: acceptance,
//                   client routing, DesignSettings and its decoding protocol).
//   Connectivity/   What the data plane reads: Reachability and the Reachability-Analyzer-style
//                   answer (ReachResult, ReachHop).
//   DataPlane/      Requests along each design's path: layout, links, queueing, statistics,
//                   faults.
//   LoadBalancing/  The load balancers a provider may put in front of a service, their hops
//                   and cost.
//   <Design>/       One folder per registered design, named after its strategy type: its
//                   options and their decoding from its scenario section, events, API calls,
//                   timed operations, faults, quotas, prices, cost, reachability, path and hops.
