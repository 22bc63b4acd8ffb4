class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ConfigError(AppError):
    code = 2
class NetworkError(AppError):
    code = 3
class TimeoutError_(NetworkError):
    code = 4

def risky(kind):
    if kind == "config":
        raise ConfigError("missing key", detail="db.host")
    if kind == "timeout":
        raise TimeoutError_("too slow")
    if kind == "plain":
        raise AppError("plain")
    if kind == "builtin":
        return {}["x"]
    return "ok"

for k in ["ok", "config", "timeout", "plain", "builtin"]:
    try:
        print(risky(k))
    except NetworkError as e:
        print("network:", e, repr(e), e.args)
    except AppError as e:
        print("app:", e, e.detail, isinstance(e, Exception))
    except LookupError as e:
        print("lookup:", repr(e), str(e))
    else:
        print("no error")
    finally:
        print("--", k)

try:
    try:
        risky("config")
    except ConfigError as e:
        raise NetworkError("wrapped") from e
except AppError as e:
    print(e, "| cause:", e.__cause__, "| context is cause:", e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
e = AppError("x")
e.add_note("note one")
print(e.__notes__, BaseException.__subclasses__ if False else "", TimeoutError_.__base__.__name__ if False else "")
print(repr(ValueError()), repr(ValueError(1, 2)), str(KeyError("k")), str(KeyError()), repr(OSError(2, "nf")))
