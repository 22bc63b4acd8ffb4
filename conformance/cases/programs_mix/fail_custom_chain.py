class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key


def parse_port(raw):
    return int(raw)


def load(conf):
    try:
        return parse_port(conf["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError("port", "must be an integer") from exc


print(load({"port": "8080"}))
try:
    load({})
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
load({"port": "eighty"})
