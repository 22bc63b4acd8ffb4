import tomllib

CONFIG = """
[tool.poetry]
name = "demo"
version = "0.1.0"
authors = ["A <a@example.com>"]

[tool.poetry.dependencies]
python = "^3.11"
requests = { version = "^2.31", optional = true }

[tool.black]
line-length = 100
target-version = ['py311']

[[tool.mypy.overrides]]
module = "tests.*"
disallow_untyped_defs = false
"""

cfg = tomllib.loads(CONFIG)
poetry = cfg["tool"]["poetry"]
print(f"{poetry['name']} {poetry['version']}")
for dep, spec in poetry["dependencies"].items():
    if isinstance(spec, dict):
        print(dep, spec["version"], "optional" if spec.get("optional") else "")
    else:
        print(dep, spec)
print(cfg["tool"]["black"]["line-length"] + 1)
print(cfg["tool"]["mypy"]["overrides"][0])


def merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out

print(merge(cfg["tool"]["poetry"], tomllib.loads("[dependencies]\npython = '^3.12'")))
