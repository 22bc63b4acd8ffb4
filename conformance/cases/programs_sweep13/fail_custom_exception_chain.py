class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key


def load(cfg):
    try:
        port = int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port", "missing") from e
    except ValueError as e:
        raise ConfigError("port", "not a number") from e
    return port


print(load({"port": "8080"}))
try:
    load({})
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__))
load({"port": "eighty"})
