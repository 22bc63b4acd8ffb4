import json
import sys

raw = sys.stdin.read()
try:
    data = json.loads(raw)
except json.JSONDecodeError as e:
    print(f"invalid JSON at line {e.lineno} col {e.colno}: {e.msg}")
    raise SystemExit(0)
print(json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False))


def walk(x, path="$"):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, x


for p, v in walk(data):
    print(f"{p:<24} {type(v).__name__:<6} {v!r}")
