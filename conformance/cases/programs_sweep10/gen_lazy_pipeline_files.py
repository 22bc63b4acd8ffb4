import sys
def read_lines(stream):
    for line in stream:
        yield line.rstrip("\n")
def non_comment(lines):
    return (l for l in lines if l.strip() and not l.lstrip().startswith("#"))
def parse(lines):
    for n, l in enumerate(lines, 1):
        key, sep, value = l.partition("=")
        if not sep:
            raise ValueError(f"line {n}: missing '=' in {l!r}")
        yield key.strip(), value.strip()
config = dict(parse(non_comment(read_lines(sys.stdin))))
for k in sorted(config):
    print(f"{k:<8}= {config[k]!r}")
