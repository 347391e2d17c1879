#!/usr/bin/env python3
"""Builds a known AWS network estate in moto's server and exports it with scripts/export-aws.sh.

    .venv-test/bin/python scripts/estate-fixture.py OUT

Starts moto's server on 127.0.0.1 (a free port), creates the estate below in two accounts and
three Regions through boto3, runs scripts/export-aws.sh once per account (--profile and
--endpoint-url, from a throw-away AWS config), writes OUT/ACCOUNT/... and OUT/expected.json
(the counts this script created, for the tests), then stops the server. Needs .venv-test
(scripts/python-venv.sh). The estate, by design (ESTATE below is the single description of it):

* accounts A 123456789012 (moto's default) and B 210987654321 (reached by sts assume-role);
* Regions us-east-1, eu-west-1, ap-southeast-2; 20 named VPCs (one, b-apse2-02, without a
  Name tag), plus the default VPC moto creates in each account and Region;
* a-use1-01 has a secondary IPv4 block and an Amazon IPv6 block; b-use1-03 reuses
  a-use1-01's 10.1.0.0/16 (the overlapping pair);
* peerings: active a-use1-01~02, 01~03, 02~03, a-use1-01~a-euw1-01 (inter-Region),
  a-use1-02~b-use1-02 (cross-account), b-euw1-01~02; pending a-use1-01~04; deleted a-use1-02~04;
  each active peering with a route to the peer's blocks in both main route tables;
* one TGW per Region in account A with VPC attachments (us-east-1: a-use1-03, 05; eu-west-1:
  a-euw1-02..04; ap-southeast-2: a-apse2-01..03), a TGW peering us-east-1~eu-west-1, a static
  blackhole route 10.99.0.0/16 in eu-west-1's TGW route table, and 10.0.0.0/8 -> TGW in each
  attached VPC's main route table (except where a peering route is more specific: none here);
* a second route table in a-use1-01 (associated with its AZ b subnet) with one route;
* an NLB in a-use1-05 (two AZs), a TCP:443 target group of IP targets (2 per AZ), an endpoint
  service on it (acceptance required) and interface endpoints in a-use1-01 and a-use1-02;
* security groups in a-use1-05 that reference each other (svc <- client on 443, client <- svc
  on 8443) and one rule from a managed prefix list (corp, 192.168.0.0/16).

Under the as-is design, with every VPC calling the one service (`--traffic uniform:RATE`: the 20
VPCs and the 6 default ones, less the provider: 25 pairs), no pair reaches it: the two consumers
with an endpoint call through it, and the endpoints' group (`endpoint`) has no inbound rule
(security-group); the other TGW-attached VPCs (7: all but the provider) send 10.0.0.0/8 to their
TGW, whose route table holds no route to 10.5.0.0/16 (this script adds none, and moto's
search-transit-gateway-routes shows no propagated route); every other VPC's main route table has
no route to 10.5.0.0/16 (16, no-route). expected.json's "as_is" holds these counts.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import boto3

ACCOUNT_A = "123456789012"
ACCOUNT_B = "210987654321"
REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"]
HERE = os.path.dirname(os.path.abspath(__file__))

# name: (account, region, primary CIDR, AZ letters)
VPCS = {
    "a-use1-01": ("A", "us-east-1", "10.1.0.0/16", "ab"),
    "a-use1-02": ("A", "us-east-1", "10.2.0.0/16", "ab"),
    "a-use1-03": ("A", "us-east-1", "10.3.0.0/16", "ab"),
    "a-use1-04": ("A", "us-east-1", "10.4.0.0/16", "ab"),
    "a-use1-05": ("A", "us-east-1", "10.5.0.0/16", "abc"),
    "a-euw1-01": ("A", "eu-west-1", "10.11.0.0/16", "ab"),
    "a-euw1-02": ("A", "eu-west-1", "10.12.0.0/16", "ab"),
    "a-euw1-03": ("A", "eu-west-1", "10.13.0.0/16", "ab"),
    "a-euw1-04": ("A", "eu-west-1", "10.14.0.0/16", "abc"),
    "a-apse2-01": ("A", "ap-southeast-2", "10.21.0.0/16", "ab"),
    "a-apse2-02": ("A", "ap-southeast-2", "10.22.0.0/16", "ab"),
    "a-apse2-03": ("A", "ap-southeast-2", "10.23.0.0/16", "abc"),
    "b-use1-01": ("B", "us-east-1", "10.31.0.0/16", "ab"),
    "b-use1-02": ("B", "us-east-1", "10.32.0.0/16", "ab"),
    "b-use1-03": ("B", "us-east-1", "10.1.0.0/16", "ab"),
    "b-euw1-01": ("B", "eu-west-1", "10.41.0.0/16", "ab"),
    "b-euw1-02": ("B", "eu-west-1", "10.42.0.0/16", "ab"),
    "b-euw1-03": ("B", "eu-west-1", "10.43.0.0/16", "a"),
    "b-apse2-01": ("B", "ap-southeast-2", "10.51.0.0/16", "ab"),
    "b-apse2-02": ("B", "ap-southeast-2", "10.52.0.0/16", "ab"),
}
UNTAGGED = {"b-apse2-02"}
SECONDARY = {"a-use1-01": "10.101.0.0/16"}
IPV6 = {"a-use1-01"}
ACTIVE_PEERINGS = [("a-use1-01", "a-use1-02"), ("a-use1-01", "a-use1-03"), ("a-use1-02", "a-use1-03"),
                   ("a-use1-01", "a-euw1-01"), ("a-use1-02", "b-use1-02"), ("b-euw1-01", "b-euw1-02")]
PENDING_PEERINGS = [("a-use1-01", "a-use1-04")]
DELETED_PEERINGS = [("a-use1-02", "a-use1-04")]
TGW_ATTACHMENTS = {"us-east-1": ["a-use1-03", "a-use1-05"],
                   "eu-west-1": ["a-euw1-02", "a-euw1-03", "a-euw1-04"],
                   "ap-southeast-2": ["a-apse2-01", "a-apse2-02", "a-apse2-03"]}
TGW_PEERING = ("us-east-1", "eu-west-1")
BLACKHOLE = ("eu-west-1", "10.99.0.0/16")
PROVIDER = "a-use1-05"
CONSUMERS = ["a-use1-01", "a-use1-02"]
SERVICE_PORT = 443
TARGETS_PER_AZ = 2


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_moto(venv_bin):
    port = free_port()
    proc = subprocess.Popen([os.path.join(venv_bin, "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/moto-api/", timeout=1)
            return proc, url
        except Exception:
            if proc.poll() is not None:
                raise SystemExit("estate-fixture: moto_server exited at start")
            time.sleep(0.1)
    stop_moto(proc)
    raise SystemExit("estate-fixture: moto_server did not answer within 20 s")


def stop_moto(proc):
    """Stops the server: SIGTERM, then SIGKILL if it is still there after 10 s (seen under
    `swift test`, where the server outlived SIGTERM)."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def session(url, keys):
    return boto3.Session(aws_access_key_id=keys[0], aws_secret_access_key=keys[1],
                         aws_session_token=keys[2], region_name="us-east-1")


def build(url, keys_a, keys_b):
    sessions = {"A": session(url, keys_a), "B": session(url, keys_b)}
    ec2 = lambda acct, region: sessions[acct].client("ec2", region_name=region, endpoint_url=url)
    vpc_ids, subnets, main_rt = {}, {}, {}
    for name, (acct, region, cidr, azs) in VPCS.items():
        c = ec2(acct, region)
        vpc = c.create_vpc(CidrBlock=cidr, AmazonProvidedIpv6CidrBlock=name in IPV6)["Vpc"]
        vid = vpc["VpcId"]
        vpc_ids[name] = vid
        if name not in UNTAGGED:
            c.create_tags(Resources=[vid], Tags=[{"Key": "Name", "Value": name}])
        if name in SECONDARY:
            c.associate_vpc_cidr_block(VpcId=vid, CidrBlock=SECONDARY[name])
        base = cidr.rsplit(".", 2)[0]
        subnets[name] = {}
        for i, az in enumerate(azs):
            sn = c.create_subnet(VpcId=vid, CidrBlock=f"{base}.{i}.0/24", AvailabilityZone=region + az)["Subnet"]
            subnets[name][az] = sn["SubnetId"]
        tables = c.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vid]},
                                                  {"Name": "association.main", "Values": ["true"]}])
        main_rt[name] = tables["RouteTables"][0]["RouteTableId"]

    def cidrs(name):
        return [VPCS[name][2]] + ([SECONDARY[name]] if name in SECONDARY else [])

    # Peerings.
    for a, b in ACTIVE_PEERINGS + PENDING_PEERINGS + DELETED_PEERINGS:
        acct_a, region_a = VPCS[a][0], VPCS[a][1]
        acct_b, region_b = VPCS[b][0], VPCS[b][1]
        c = ec2(acct_a, region_a)
        pcx = c.create_vpc_peering_connection(
            VpcId=vpc_ids[a], PeerVpcId=vpc_ids[b], PeerRegion=region_b,
            PeerOwnerId=ACCOUNT_A if acct_b == "A" else ACCOUNT_B,
            TagSpecifications=[{"ResourceType": "vpc-peering-connection",
                                "Tags": [{"Key": "Name", "Value": f"{a}~{b}"}]}])["VpcPeeringConnection"]
        pid = pcx["VpcPeeringConnectionId"]
        if (a, b) in PENDING_PEERINGS:
            continue
        ec2(acct_b, region_b).accept_vpc_peering_connection(VpcPeeringConnectionId=pid)
        if (a, b) in DELETED_PEERINGS:
            c.delete_vpc_peering_connection(VpcPeeringConnectionId=pid)
            continue
        for here, there in [(a, b), (b, a)]:
            for block in cidrs(there):
                ec2(VPCS[here][0], VPCS[here][1]).create_route(
                    RouteTableId=main_rt[here], DestinationCidrBlock=block, VpcPeeringConnectionId=pid)

    # A second route table in a-use1-01, on its AZ b subnet, with one route (to a-use1-02).
    c = ec2("A", "us-east-1")
    rt2 = c.create_route_table(VpcId=vpc_ids["a-use1-01"])["RouteTable"]["RouteTableId"]
    c.create_tags(Resources=[rt2], Tags=[{"Key": "Name", "Value": "a-use1-01-private"}])
    c.associate_route_table(RouteTableId=rt2, SubnetId=subnets["a-use1-01"]["b"])
    first_pcx = c.describe_vpc_peering_connections(
        Filters=[{"Name": "tag:Name", "Values": ["a-use1-01~a-use1-02"]}])["VpcPeeringConnections"][0]
    c.create_route(RouteTableId=rt2, DestinationCidrBlock="10.2.0.0/16",
                   VpcPeeringConnectionId=first_pcx["VpcPeeringConnectionId"])

    # Transit gateways.
    tgws = {}
    for region, members in TGW_ATTACHMENTS.items():
        c = ec2("A", region)
        tgw = c.create_transit_gateway(Description=f"hub {region}",
                                       TagSpecifications=[{"ResourceType": "transit-gateway",
                                                           "Tags": [{"Key": "Name", "Value": f"tgw-{region}"}]}])
        tgws[region] = tgw["TransitGateway"]["TransitGatewayId"]
        for name in members:
            c.create_transit_gateway_vpc_attachment(
                TransitGatewayId=tgws[region], VpcId=vpc_ids[name],
                SubnetIds=list(subnets[name].values()),
                TagSpecifications=[{"ResourceType": "transit-gateway-attachment",
                                    "Tags": [{"Key": "Name", "Value": f"{name}-att"}]}])
            c.create_route(RouteTableId=main_rt[name], DestinationCidrBlock="10.0.0.0/8",
                           TransitGatewayId=tgws[region])
    r1, r2 = TGW_PEERING
    peer = ec2("A", r1).create_transit_gateway_peering_attachment(
        TransitGatewayId=tgws[r1], PeerTransitGatewayId=tgws[r2], PeerAccountId=ACCOUNT_A, PeerRegion=r2)
    peer_id = peer["TransitGatewayPeeringAttachment"]["TransitGatewayAttachmentId"]
    ec2("A", r2).accept_transit_gateway_peering_attachment(TransitGatewayAttachmentId=peer_id)
    region, block = BLACKHOLE
    c = ec2("A", region)
    rtb = c.describe_transit_gateways(TransitGatewayIds=[tgws[region]])["TransitGateways"][0]["Options"][
        "AssociationDefaultRouteTableId"]
    c.create_transit_gateway_route(DestinationCidrBlock=block, TransitGatewayRouteTableId=rtb, Blackhole=True)

    # Security groups that reference each other, and a prefix-list rule.
    c = ec2("A", "us-east-1")
    pvid = vpc_ids[PROVIDER]
    svc = c.create_security_group(GroupName="svc", Description="service", VpcId=pvid)["GroupId"]
    client = c.create_security_group(GroupName="client", Description="clients", VpcId=pvid)["GroupId"]
    c.authorize_security_group_ingress(GroupId=svc, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": SERVICE_PORT, "ToPort": SERVICE_PORT, "UserIdGroupPairs": [{"GroupId": client}]}])
    c.authorize_security_group_ingress(GroupId=client, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 8443, "ToPort": 8443, "UserIdGroupPairs": [{"GroupId": svc}]}])
    pl = c.create_managed_prefix_list(PrefixListName="corp", AddressFamily="IPv4", MaxEntries=5,
                                      Entries=[{"Cidr": "192.168.0.0/16", "Description": "office"}])
    c.authorize_security_group_ingress(GroupId=svc, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": SERVICE_PORT, "ToPort": SERVICE_PORT,
         "PrefixListIds": [{"PrefixListId": pl["PrefixList"]["PrefixListId"]}]}])

    # NLB, target group of IP targets, endpoint service, interface endpoints.
    elb = sessions["A"].client("elbv2", region_name="us-east-1", endpoint_url=url)
    provider_subnets = [subnets[PROVIDER]["a"], subnets[PROVIDER]["b"]]
    nlb = elb.create_load_balancer(Name="orders-nlb", Type="network", Scheme="internal",
                                   Subnets=provider_subnets)["LoadBalancers"][0]
    tg = elb.create_target_group(Name="orders", Protocol="TCP", Port=SERVICE_PORT, VpcId=pvid,
                                 TargetType="ip")["TargetGroups"][0]
    base = VPCS[PROVIDER][2].rsplit(".", 2)[0]
    targets = [{"Id": f"{base}.{i}.{10 + k}", "Port": SERVICE_PORT} for i in range(2) for k in range(TARGETS_PER_AZ)]
    elb.register_targets(TargetGroupArn=tg["TargetGroupArn"], Targets=targets)
    elb.create_listener(LoadBalancerArn=nlb["LoadBalancerArn"], Protocol="TCP", Port=SERVICE_PORT,
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])
    service = c.create_vpc_endpoint_service_configuration(
        NetworkLoadBalancerArns=[nlb["LoadBalancerArn"]], AcceptanceRequired=True)["ServiceConfiguration"]
    for name in CONSUMERS:
        sg = c.create_security_group(GroupName="endpoint", Description="endpoint", VpcId=vpc_ids[name])["GroupId"]
        c.create_vpc_endpoint(VpcEndpointType="Interface", VpcId=vpc_ids[name], ServiceName=service["ServiceName"],
                              SubnetIds=[subnets[name]["a"], subnets[name]["b"]], SecurityGroupIds=[sg],
                              TagSpecifications=[{"ResourceType": "vpc-endpoint",
                                                  "Tags": [{"Key": "Name", "Value": f"{name}-orders"}]}])


def expected():
    """The counts the tests check, from the description above."""
    per_region = {}
    for acct, region, _, _ in VPCS.values():
        key = f"{ACCOUNT_A if acct == 'A' else ACCOUNT_B}/{region}"
        per_region[key] = per_region.get(key, 0) + 1
    return {
        "named_vpcs": len(VPCS), "untagged_vpcs": sorted(UNTAGGED),
        "vpcs_per_account_region": per_region,
        "default_vpcs": 2 * len(REGIONS),
        "peerings": {"active": len(ACTIVE_PEERINGS), "pending-acceptance": len(PENDING_PEERINGS),
                     "deleted": len(DELETED_PEERINGS)},
        "tgws": len(TGW_ATTACHMENTS),
        "tgw_vpc_attachments": sum(len(v) for v in TGW_ATTACHMENTS.values()),
        "tgw_peering_attachments": 1,
        "blackhole_routes": 1,
        "interface_endpoints": len(CONSUMERS),
        "endpoint_services": 1,
        "targets_per_az": TARGETS_PER_AZ,
        "service_port": SERVICE_PORT,
        "as_is": as_is_expected(),
    }


def as_is_expected():
    """Unreachable pairs under as-is, by why (see the docstring)."""
    pairs = len(VPCS) + 2 * len(REGIONS) - 1
    through_tgw = sum(len(v) for v in TGW_ATTACHMENTS.values()) - 1
    return {"pairs": pairs, "reachable": 0, "security-group": len(CONSUMERS),
            "no-route at a TGW route table": through_tgw,
            "no-route at a VPC route table": pairs - len(CONSUMERS) - through_tgw}


def export(url, out, keys_a, keys_b):
    with tempfile.TemporaryDirectory() as tmp:
        creds = os.path.join(tmp, "credentials")
        config = os.path.join(tmp, "config")
        with open(creds, "w") as f:
            f.write(f"[estate-a]\naws_access_key_id = {keys_a[0]}\naws_secret_access_key = {keys_a[1]}\n")
            f.write(f"[estate-b]\naws_access_key_id = {keys_b[0]}\naws_secret_access_key = {keys_b[1]}\n"
                    f"aws_session_token = {keys_b[2]}\n")
        with open(config, "w") as f:
            f.write("[profile estate-a]\nregion = us-east-1\n[profile estate-b]\nregion = us-east-1\n")
        env = dict(os.environ, AWS_SHARED_CREDENTIALS_FILE=creds, AWS_CONFIG_FILE=config,
                   PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
        for var in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "MOTO_ACCOUNT_ID"]:
            env.pop(var, None)
        # The two accounts' exports run at once (each AWS CLI call is mostly Python start-up).
        runs = [subprocess.Popen([os.path.join(HERE, "export-aws.sh"), "--profile", profile, "--endpoint-url", url,
                                  os.path.join(out, account)] + REGIONS, env=env)
                for profile, account in [("estate-a", ACCOUNT_A), ("estate-b", ACCOUNT_B)]]
        failed = [run.args for run in runs if run.wait() != 0]
        if failed:
            raise SystemExit(f"estate-fixture: export failed: {failed}")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: estate-fixture.py OUT")
    out = sys.argv[1]
    venv_bin = os.path.dirname(sys.executable)
    proc, url = start_moto(venv_bin)
    try:
        keys_a = ("AKIAIOSFODNN7EXAMPLE", "moto-secret", None)
        sts = boto3.client("sts", region_name="us-east-1", endpoint_url=url,
                           aws_access_key_id=keys_a[0], aws_secret_access_key=keys_a[1])
        role = sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT_B}:role/estate-export", RoleSessionName="estate")
        c = role["Credentials"]
        keys_b = (c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])
        build(url, keys_a, keys_b)
        export(url, out, keys_a, keys_b)
        with open(os.path.join(out, "expected.json"), "w") as f:
            json.dump(expected(), f, indent=2, sort_keys=True)
            f.write("\n")
    finally:
        stop_moto(proc)
    print(f"estate-fixture: wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
