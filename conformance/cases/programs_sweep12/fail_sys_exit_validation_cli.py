import sys

ARGS = ["--mode", "fast", "--level", "11", "input.txt"]


def parse(argv):
    opts, positional = {}, []
    it = iter(argv)
    for a in it:
        if a.startswith("--"):
            opts[a[2:]] = next(it, None)
        else:
            positional.append(a)
    return opts, positional


opts, files = parse(ARGS)
print("options:", opts, "files:", files)
level = int(opts.get("level", 1))
if opts.get("mode") not in ("fast", "slow"):
    sys.exit("error: --mode must be fast or slow")
print("mode ok")
if not 1 <= level <= 10:
    print(f"level {level} out of range", file=sys.stderr)
    sys.exit(f"error: bad --level {level}")
print("unreachable")
