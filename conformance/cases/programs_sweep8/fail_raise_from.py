class ConfigError(Exception):
    pass
def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad port {s!r}") from e
def load(cfg):
    return {k: parse_port(v) for k, v in cfg.items()}
print(load({"http": "80"}))
load({"http": "80", "https": "4 43"})
