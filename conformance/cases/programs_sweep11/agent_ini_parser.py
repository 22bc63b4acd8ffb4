TEXT = """
; global settings
name = demo
[server]
host = 127.0.0.1
port=8080
# comment
debug = yes

[paths]
root = /srv/app
logs = ${root}/logs
cache = ${root}/cache/${missing}
[server]
port = 9090
bad line here
"""


def parse_ini(text):
    data = {"DEFAULT": {}}
    section = "DEFAULT"
    problems = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section in data:
                problems.append(f"line {n}: duplicate section {section!r}")
            data.setdefault(section, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            problems.append(f"line {n}: expected key = value, got {line!r}")
            continue
        data[section][key.strip().lower()] = value.strip()
    return data, problems


def interpolate(section):
    import re
    def sub(m):
        return section.get(m[1], m[0])
    return {k: re.sub(r"\$\{(\w+)\}", sub, v) for k, v in section.items()}


cfg, probs = parse_ini(TEXT)
for name, sec in cfg.items():
    print(f"[{name}]", interpolate(sec))
print(*probs, sep="\n")
truthy = {"yes": True, "no": False, "1": True, "0": False}
print(truthy[cfg["server"]["debug"]], int(cfg["server"]["port"]) + 1)
