class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, code=404):
        super().__init__(f"missing {key}")
        self.key = key
        self.code = code


class Custom(Exception):
    def __str__(self):
        return "custom text"


try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.code, repr(e))

try:
    raise NotFound("x", code=500)
except NotFound as e:
    print(e.code, str(e))

try:
    raise Custom(1, 2)
except Exception as e:
    print(e, e.args, repr(e))

e = AppError("a", "b")
print(e.args, str(e), repr(e), isinstance(e, Exception), issubclass(NotFound, LookupError))


class WithArgs(ValueError):
    def __init__(self, a, b):
        self.a = a
        self.b = b


w = WithArgs(1, 2)
print(w.args, w.a, w.b, str(w))

try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise AppError("outer") from inner
except AppError as outer:
    print(outer, type(outer.__cause__).__name__)


class Quiet(Exception):
    def __init__(self):
        pass


print(repr(Quiet()), Quiet().args)
raise NotFound("final")
