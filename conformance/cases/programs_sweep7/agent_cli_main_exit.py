import sys
from dataclasses import dataclass, field
from typing import List, Optional
class UsageError(Exception):
    pass
@dataclass
class Options:
    verbose: int = 0
    limit: Optional[int] = None
    names: List[str] = field(default_factory=list)
    sep: str = ","
def parse(argv):
    opts = Options()
    it = iter(argv)
    for a in it:
        if a in ("-v", "--verbose"):
            opts.verbose += 1
        elif a.startswith("--limit="):
            val = a.split("=", 1)[1]
            if not val.isdigit():
                raise UsageError(f"--limit expects a number, got {val!r}")
            opts.limit = int(val)
        elif a == "--sep":
            try:
                opts.sep = next(it)
            except StopIteration:
                raise UsageError("--sep needs a value") from None
        elif a.startswith("-"):
            raise UsageError(f"unknown option {a}")
        else:
            opts.names.append(a)
    return opts
def run(opts):
    names = opts.names[: opts.limit] if opts.limit is not None else opts.names
    if opts.verbose > 1:
        print(f"debug: {opts}", file=sys.stderr)
    print(opts.sep.join(n.title() for n in names))
    return 0 if names else 2
def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    try:
        opts = parse(argv)
    except UsageError as e:
        print(f"usage error: {e}")
        return 64
    return run(opts)
for argv in (["ann", "bob"], ["-v", "--limit=1", "x", "y"], ["--limit=z"], ["--sep"], ["--sep", "|", "a", "b"], ["-q"], []):
    print(argv, "->", main(argv))
print(main())
if __name__ == "__main__":
    sys.exit(main(["--limit=0"]))
