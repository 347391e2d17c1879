#!/usr/bin/env python3
"""Writes the bad (and good) inputs the tests of one reader use as fuzz seeds, for
scripts/fuzz/seeds.sh: usage `test-inputs.py TARGET OUT-FOLDER`. Targets that read several
kinds of file get the kind's first byte (Sources/FuzzEntries/).

The tests build their inputs three ways, and each is reproduced approximately (a seed need
not be exact, only near what the reader sees):
- string literals ("..." and multi-line \"\"\"...\"\"\"): unescaped, string interpolation
  \\(...) replaced by `1`; only those that look like the reader's input are kept;
- `.replacingOccurrences(of: A, with: B)`: applied to every base file (scenarios/, fixtures,
  golden outputs) that contains A, one replacement per seed;
- `+ "..."` appended to a base: covered by the literals (the appended part alone).
"""
import glob, os, re, sys

target, out = sys.argv[1], sys.argv[2]
kind = ""
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
os.chdir(root)

# Per target: the test files, the base files the replacements apply to, and a filter of literals.
TESTS = {
    "scenario": (["Tests/ScenarioTests/*.swift", "Tests/vpcsimTests/ValidateCommandTests.swift",
                  "Tests/vpcsimTests/ValidateLimitsTests.swift", "Tests/vpcsimTests/AsIsValidateTests.swift",
                  "Tests/vpcsimTests/RunLocatedErrorTests.swift", "Tests/StrategiesTests/AsIsReachTests.swift"],
                 ["scenarios/*.yaml", "Tests/ScenarioTests/Support/Fixtures.swift"],
                 lambda s: ":" in s and "\n" in s and "sweep:" not in s),
    "sweep": (["Tests/ScenarioTests/SweepTests.swift", "Tests/ExperimentTests/Sweep*.swift",
               "Tests/vpcsimTests/SweepCommandTests.swift"],
              ["scenarios/sweeps/*.yaml"],
              lambda s: ":" in s and "\n" in s),
    "empirical": (["Tests/SimKernelTests/Empirical*.swift"], [],
                  lambda s: "\n" in s),
    "results-csv": (["Tests/ExperimentTests/CSVSchemaTests.swift", "Tests/ExperimentTests/RunReportTests.swift",
                     "Tests/ExperimentTests/ReportFixtures.swift", "Tests/ExperimentTests/OutputFormatTests.swift",
                     "Tests/ExperimentTests/AggregateTableTests.swift", "Tests/vpcsimTests/RunCommandTests.swift"],
                    ["Tests/vpcsimTests/Golden/mesh-vs-hub/*.csv", "Tests/vpcsimTests/Golden/mesh-vs-hub/manifest.json"],
                    lambda s: "," in s and "\n" in s),
    "aws-export": (["Tests/vpcsimTests/EstateImportBadInputTests.swift", "Tests/vpcsimTests/EstateImportTests.swift"],
                   ["Tests/vpcsimTests/Fixtures/estate/123456789012/us-east-1/*.json"],
                   lambda s: s.lstrip().startswith(("{", "["))),
    "flow-log": (["Tests/vpcsimTests/FlowLogBadInputTests.swift", "Tests/vpcsimTests/FlowLogImportTests.swift"], [],
                 lambda s: re.match(r"^(2 |version )", s) is not None),
}

def unescape(body):
    body = re.sub(r"\\\((?:[^()]|\([^()]*\))*\)", "1", body)   # interpolation
    def esc(m):
        c = m.group(1)
        if c.startswith("u{"): return chr(int(c[2:-1], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "\\": "\\", "'": "'"}.get(c, c)
    return re.sub(r'\\(u\{[0-9a-fA-F]+\}|.)', esc, body)

def literals(text):
    found = []
    for m in re.finditer(r'"""\n(.*?)\n([ \t]*)"""', text, re.S):
        indent = m.group(2)
        lines = [l[len(indent):] if l.startswith(indent) else l.lstrip() for l in m.group(1).split("\n")]
        found.append(unescape("\n".join(lines) + "\n"))
    single = re.sub(r'"""\n.*?\n[ \t]*"""', "", text, flags=re.S)
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', single):
        found.append(unescape(m.group(1)))
    return found

def replacements(text):
    lit = r'"((?:[^"\\\n]|\\.)*)"'
    return [(unescape(a), unescape(b)) for a, b in re.findall(r"replacingOccurrences\(\s*of:\s*" + lit + r",\s*with:\s*" + lit, text)]

tests, bases, keep = TESTS[target]
texts = [open(f, encoding="utf-8").read() for pattern in tests for f in sorted(glob.glob(pattern))]
seeds = []
for t in texts:
    seeds += [s for s in literals(t) if keep(s)]
base_texts = []
for pattern in bases:
    for f in sorted(glob.glob(pattern)):
        t = open(f, encoding="utf-8").read()
        if f.endswith(".swift"):   # a fixture file: its literals are the bases
            base_texts += [s for s in literals(t) if keep(s)]
        else:
            base_texts.append(t)
pairs = [p for t in texts for p in replacements(t)]
for a, b in pairs:
    for base in base_texts:
        if a and a in base:
            seeds.append(base.replace(a, b, 1))
if target == "flow-log":
    # Single record lines: each with the header before it and the tests' good records.
    header = next((s for s in seeds if s.startswith("version ")), "")
    records = [s for s in seeds if s.startswith("2 ")]
    seeds = [header + "\n" + "\n".join(records[:2] + [r]) + "\n" for r in records] + ["\n".join(records) + "\n"]
# Inputs the tests build with file operations rather than strings, reproduced here.
kinds = {}   # seed text -> first byte, for targets that read several kinds of file
if target == "aws-export":
    import json
    region = "Tests/vpcsimTests/Fixtures/estate/123456789012/us-east-1/"
    vpcs = open(region + "ec2-describe-vpcs.json").read()
    subnets = json.load(open(region + "ec2-describe-subnets.json"))
    tables = json.load(open(region + "ec2-describe-route-tables.json"))
    # truncatedJSON; fileOfTheWrongCommand (subnets' output read as describe-vpcs'), AWSCommand order.
    kinds[vpcs[: len(vpcs) // 2]] = 1
    kinds[open(region + "ec2-describe-subnets.json").read()] = 1
    # missingKeyIsNamedByItsPath: Subnets[1] without VpcId.
    del subnets["Subnets"][1]["VpcId"]
    kinds[json.dumps(subnets)] = 2
    # routeToAPeering/TransitGatewayTheExportDoesNotHold.
    for route in ({"DestinationCidrBlock": "10.200.0.0/16", "VpcPeeringConnectionId": "pcx-00000000missing", "State": "active",
                   "Origin": "CreateRoute"},
                  {"DestinationCidrBlock": "10.201.0.0/16", "TransitGatewayId": "tgw-00000000missing", "State": "active"}):
        t = json.loads(json.dumps(tables))
        t["RouteTables"][0]["Routes"].append(route)
        kinds[json.dumps(t)] = 3
    kinds["{}"] = 1
    kinds["[]"] = 1
if target == "results-csv":
    # ResultFile order (Sources/FuzzEntries/ResultsCSVFuzzTarget.swift), by each file's first column names.
    order = [("scenario,strategy,replication,seed,", 0), ("scenario,strategy,replication,from_region,", 1),
             ("scenario,strategy,replication,plane,", 2), ("scenario,strategy,replication,t_s,", 3), ("point,", 4), ("{", 5)]
    def kind_of(text):
        return next((k for prefix, k in order if text.startswith(prefix)), 0)
    for s_ in seeds:
        kinds[s_] = kind_of(s_)
    seeds = []
    for f in sorted(glob.glob("Tests/vpcsimTests/Golden/mesh-vs-hub/*.csv")):
        t = open(f).read()
        k = kind_of(t)
        header, _, rows = t.partition("\n")
        # AggregateTableTests: a non-integer where a count goes; CSVSchemaTests: a number cell as "lots".
        first = rows.split("\n")[0].split(",")
        for i in range(len(first)):
            if re.fullmatch(r"[0-9.]+", first[i]):
                kinds[header + "\n" + ",".join(first[:i] + ["seven"] + first[i + 1:]) + "\n"] = k
                break
        kinds[t[: len(t) // 2]] = k                                    # cut
        kinds[header + "\n"] = k                                      # header only
        kinds[header + "\n" + ",".join(first[:-1]) + "\n"] = k       # a field short
        kinds[header + "\n\"" + ",".join(first) + "\n"] = k         # an unterminated quote
    m = open("Tests/vpcsimTests/Golden/mesh-vs-hub/manifest.json").read() if os.path.exists("Tests/vpcsimTests/Golden/mesh-vs-hub/manifest.json") else "{}"
    kinds[m[: len(m) // 2]] = 5
if target == "empirical":
    for s_ in seeds:
        kinds[s_] = 1 if re.search(r"[0-9](KiB|MiB|B)\b", s_) else 0
    seeds = []
os.makedirs(out, exist_ok=True)
unique = list(dict.fromkeys(seeds))
prefix = bytes([int(kind)]) if kind != "" else b""
n = 0
for s_ in unique:
    n += 1
    with open(os.path.join(out, "test-%d" % n), "wb") as f:
        f.write(prefix + s_.encode("utf-8"))
for s_, k in kinds.items():
    n += 1
    with open(os.path.join(out, "test-%d" % n), "wb") as f:
        f.write(bytes([k]) + s_.encode("utf-8"))
unique += list(kinds)
print("%s: %d test inputs" % (target, len(unique)), file=sys.stderr)
