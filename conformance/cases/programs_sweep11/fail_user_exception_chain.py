class ConfigError(Exception):
    pass


def load(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"invalid config: {cfg}") from e


print(load({"port": "80"}))
print(load({"port": "eighty"}))
