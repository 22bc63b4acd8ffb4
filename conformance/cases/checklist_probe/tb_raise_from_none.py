class ConfigError(Exception):
    pass

def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise ConfigError(f"missing key {k!r}") from None

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad int") from e

try:
    get({}, "x")
except ConfigError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    parse("z")
except ConfigError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
get({"a": 1}, "b")
