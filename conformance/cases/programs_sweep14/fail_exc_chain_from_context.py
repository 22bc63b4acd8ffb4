# raise ... from, implicit __context__ and __suppress_context__ in a
# config loader; the last one escapes with its whole chain.
class ConfigError(Exception):
    pass


def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e


def convert(cfg, key):
    raw = lookup(cfg, key)
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{key} is not a number: {raw!r}")


def quiet(cfg, key):
    try:
        return lookup(cfg, key)
    except ConfigError:
        raise ConfigError(f"no {key}") from None


cfg = {"port": "80x", "host": "h"}
for fn, key in [(lookup, "user"), (convert, "port"), (quiet, "user")]:
    try:
        fn(cfg, key)
    except ConfigError as e:
        print(f"{fn.__name__}: {e} | cause={e.__cause__!r} | context={e.__context__!r} "
              f"| suppress={e.__suppress_context__}")
e = ConfigError("manual")
e.__cause__ = ValueError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
convert(cfg, "port")
