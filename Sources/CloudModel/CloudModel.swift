// The CloudModel module: the static AWS domain (see DESIGN.md, module 3).
//
// Folders:
//   CIDR/     IPv4 and IPv6 addresses and blocks: parsing, containment, overlap, pools.
//   Regions/  Regions and Availability Zones by AZ id; the twelve built-in Regions.
//   Quotas/   Quota names, definitions and catalogs, the shared quotas (VPCs, route tables,
//             security groups), and resolved quota sets; each design defines its own quotas.
//   Pricing/  Price names, facts and catalogs, the shared list prices (us-east-1: month,
//             data transfer, context) and price tables; each design defines its own prices.
//   Network/  VPCs, subnets, route tables with longest-prefix match, security groups.
//   Facts/    Behaviours and capacities from aws-facts.md that are neither quotas nor prices.
//
// Every AWS number carries its source and date in a doc comment next to the value;
// the compiled source is /work/shared/data/aws-facts.md.
