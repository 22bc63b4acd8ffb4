import json

CONFIGS = [
    '{"name": "svc", "replicas": 3, "ports": [80, 443]}',
    '{"name": "db", "replicas": 1, "ports": [5432],}',
]


class ConfigError(Exception):
    pass


def load(text):
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as e:
        if "[8080]" in text:
            raise ConfigError(f"cannot parse config: {e}") from None
        raise
    assert isinstance(cfg["replicas"], int)
    return cfg


for text in CONFIGS:
    try:
        cfg = load(text)
        print("loaded", cfg["name"], cfg["ports"])
    except json.JSONDecodeError as e:
        print(f"bad config at line {e.lineno} col {e.colno} (pos {e.pos}): {e.msg}")
print(load('{"name": "cache", "replicas": 2}')["replicas"])
load('{"name": "web", "replicas": 2, "ports": [8080]')
