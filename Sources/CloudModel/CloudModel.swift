// The CloudModel module: the static AWS domain (see DESIGN.md, module 3).
//
// Folders:
//   CIDR/     IPv4 and IPv6 addresses and blocks: parsing, containment, overlap, pools.
//   Regions/  Regions and Availability Zones by AZ id; the twelve built-in Regions.
//   Quotas/   The quota catalog (default and maximum of each quota) and resolved quota sets.
//   Pricing/  List prices (us-east-1) and the arithmetic of tiers and capacity units.
//   Network/  VPCs, subnets, route tables with longest-prefix match, security groups.
//   Facts/    Behaviours and capacities from aws-facts.md that are neither quotas nor prices.
//
// Every AWS number carries its source and date in a doc comment next to the value;
// the compiled source is /work/shared/data/aws-facts.md.
