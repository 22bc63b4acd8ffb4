class AppError(Exception):
    code = 1


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    code = 3


def get(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise MissingKey(key)


cfg = {"host": "h", "port": 1}
print(get(cfg, "host"))
for exc_type in (MissingKey, ConfigError, AppError, KeyError, LookupError):
    try:
        get(cfg, "user")
    except exc_type as e:
        print(f"caught as {exc_type.__name__}: {e!r} code={getattr(e, 'code', None)}")
print(MissingKey.code, issubclass(MissingKey, LookupError))
try:
    get(cfg, "timeout")
except AppError as e:
    print("re-raising", type(e).__name__)
    raise
