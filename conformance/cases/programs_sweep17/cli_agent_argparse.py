# An agent's command-line front end: argparse subcommands, types, choices,
# mutually exclusive groups, and JSON output, driven by a list of argv lines.
import argparse
import json
import shlex
import sys

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value

class AgentParser(argparse.ArgumentParser):
    # Agents read stdout only: report usage errors there.
    def error(self, message):
        print(f"  {self.prog}: error: {message}")
        raise SystemExit(2)

def build():
    p = AgentParser(prog="agent", description="Tiny agent CLI.")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--format", choices=["json", "text"], default="text")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("search", help="search documents")
    s.add_argument("query", nargs="+")
    s.add_argument("-k", "--top", type=positive, default=3)
    s.add_argument("--tag", action="append", default=[])
    g = s.add_mutually_exclusive_group()
    g.add_argument("--exact", action="store_true")
    g.add_argument("--fuzzy", type=float, metavar="RATIO")
    r = sub.add_parser("run", help="run a tool")
    r.add_argument("tool")
    r.add_argument("params", nargs=argparse.REMAINDER)
    r.add_argument("--dry-run", action="store_true")
    c = sub.add_parser("config")
    c.add_argument("pairs", nargs="*", metavar="KEY=VALUE")
    c.set_defaults(handler="config-handler")
    return p

DOCS = ["alpha beta", "beta gamma", "gamma delta alpha", "epsilon"]

def execute(ns):
    if ns.cmd == "search":
        terms = [t.lower() for t in ns.query]
        hits = [(sum(t in d for t in terms), d) for d in DOCS]
        hits = sorted((h for h in hits if h[0]), key=lambda h: (-h[0], h[1]))[: ns.top]
        return {"query": terms, "hits": [d for _, d in hits], "tags": ns.tag,
                "mode": "exact" if ns.exact else f"fuzzy({ns.fuzzy})" if ns.fuzzy is not None else "default"}
    if ns.cmd == "run":
        return {"tool": ns.tool, "params": ns.params, "dry": ns.dry_run}
    pairs = dict(p.split("=", 1) for p in ns.pairs)
    return {"config": pairs, "handler": ns.handler}

parser = build()
lines = [
    "search alpha Beta -k 2 --tag x --tag y",
    "--format json -vv search gamma --fuzzy 0.8",
    "run fetch --url 'http://x/y z' -n 3",
    "run --dry-run fetch",
    "config a=1 b=two=2",
    "search alpha -k 0",
    "search alpha --exact --fuzzy 0.5",
    "search",
    "--format xml search a",
    "deploy now",
    "",
    "search a --unknown",
]
for line in lines:
    argv = shlex.split(line)
    print(f"$ agent {line}")
    try:
        ns = parser.parse_args(argv)
    except SystemExit as exc:
        print(f"  exit status {exc.code}")
        continue
    result = execute(ns)
    if ns.format == "json":
        print("  " + json.dumps(result, sort_keys=True))
    else:
        print(f"  verbose={ns.verbose} " + " ".join(f"{k}={v!r}" for k, v in result.items()))
ns, extra = parser.parse_known_args(["search", "q", "--zzz", "1"])
print(ns.query, extra)
print(parser.format_usage().strip())
parser.print_help()
