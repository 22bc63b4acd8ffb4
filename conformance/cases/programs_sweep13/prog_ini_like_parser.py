TEXT = """
; global settings
name = demo app
debug = yes

[server]
host = 0.0.0.0
port = 8080
workers = 4 ; inline comment

[paths]
root = /srv/app
static = ${root}/static
uploads = ${static}/uploads

[empty]
"""


def parse(text):
    sections = {"DEFAULT": {}}
    current = sections["DEFAULT"]
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        elif "=" in line:
            k, v = (p.strip() for p in line.split("=", 1))
            current[k] = v
        else:
            raise ValueError(f"line {n}: cannot parse {raw!r}")
    return sections


def interpolate(section):
    out = dict(section)
    for _ in range(5):
        changed = False
        for k, v in out.items():
            for ref, val in out.items():
                token = "${" + ref + "}"
                if token in v:
                    v = v.replace(token, val)
                    changed = True
            out[k] = v
        if not changed:
            break
    return out


cfg = parse(TEXT)
for name, sec in cfg.items():
    print(f"[{name}] {len(sec)} keys")
    for k, v in interpolate(sec).items():
        print(f"  {k} = {v!r}")
port = int(cfg["server"]["port"])
print(port + 1, cfg["DEFAULT"]["debug"] in ("yes", "true", "1"))
try:
    parse("[x]\nnot a pair")
except ValueError as e:
    print("ValueError:", e)
