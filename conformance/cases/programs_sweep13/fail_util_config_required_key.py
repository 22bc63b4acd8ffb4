import json


class ConfigError(KeyError):
    def __str__(self):
        return self.args[0]


REQUIRED = ["name", "version", "entry"]


def load(text):
    cfg = json.loads(text)
    missing = [k for k in REQUIRED if k not in cfg]
    if missing:
        raise ConfigError(f"missing required keys: {', '.join(missing)}")
    return cfg


print(load('{"name": "app", "version": "1.0", "entry": "main"}'))
print(load('{"name": "app"}'))
