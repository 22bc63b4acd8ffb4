CONFIG_TEXT = """
[server]
host = 0.0.0.0
port = 8080

[logging]
level = info
"""


def parse(text):
    sections, cur = {}, None
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("["):
            cur = sections[line[1:-1]] = {}
        elif line:
            k, v = (p.strip() for p in line.split("=", 1))
            cur[k] = v
    return sections


cfg = parse(CONFIG_TEXT)
print(cfg["server"]["port"], cfg["logging"]["level"])
print(int(cfg["server"]["port"]) + 1)
db_url = cfg["database"]["url"]
