TEXT = """
; global settings
[server]
host = 127.0.0.1
port = 8000
debug = yes

[database]
url = sqlite:///app.db
pool_size = 5
# comment line
[server]
port = 9000
workers = 4
"""


def parse_ini(text):
    sections, current = {}, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
        else:
            raise ValueError(f"line {n}: cannot parse {raw!r}")
    return sections


def coerce(value):
    low = value.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    return value


cfg = {s: {k: coerce(v) for k, v in kv.items()} for s, kv in parse_ini(TEXT).items()}
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in sorted(values.items()):
        print(f"  {k:<10} = {v!r} ({type(v).__name__})")
env = {"SERVER_PORT": "8081", "DATABASE_POOL_SIZE": "10", "UNKNOWN_KEY": "x"}
for name, value in env.items():
    section, _, key = name.lower().partition("_")
    if section in cfg and key in cfg[section]:
        cfg[section][key] = coerce(value)
print(cfg["server"]["port"], cfg["database"]["pool_size"])
try:
    parse_ini("[a]\nnonsense")
except ValueError as e:
    print("ValueError:", e)
