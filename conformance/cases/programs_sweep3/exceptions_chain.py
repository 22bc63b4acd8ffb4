# A custom exception hierarchy, chaining, notes, groups and finally ordering.
class AppError(Exception):
    code = 1
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"

class ConfigError(AppError):
    code = 2

class ValidationError(AppError, ValueError):
    code = 3
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError(f"missing key {e}") from e
    except ValueError:
        raise ValidationError("port", f"not a number: {cfg['port']!r}")

for cfg in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", load(cfg))
    except AppError as e:
        cause = e.__cause__
        ctx = e.__context__
        print(type(e).__name__, e, "| cause:", type(cause).__name__ if cause else None,
              "| context:", type(ctx).__name__ if ctx else None, "| suppress:", e.__suppress_context__)
        print("  isinstance ValueError:", isinstance(e, ValueError), "code", e.code, e.args)

def steps():
    log = []
    try:
        try:
            log.append("try")
            raise ValidationError("name", "empty")
        except ValueError as e:
            log.append(f"caught {type(e).__name__}")
            raise
        finally:
            log.append("inner finally")
    except AppError as e:
        log.append(f"outer {e.field}")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log

print(steps())

def retry(fn, times):
    errors = []
    for attempt in range(1, times + 1):
        try:
            return fn(attempt)
        except (ZeroDivisionError, LookupError) as e:
            e.add_note(f"attempt {attempt}")
            errors.append(e)
    raise ExceptionGroup("all attempts failed", errors)

def flaky(n):
    return [1, 2][n] if n > 2 else 10 // (n - 1)

try:
    retry(flaky, 3)
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* IndexError as eg:
    print("index:", [str(e) for e in eg.exceptions], eg.exceptions[0].__notes__)

try:
    raise RuntimeError("outer") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)

def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

g = gen_cleanup()
print(next(g))
g.close()

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError

with Resource("a") as a, Resource("b"):
    raise KeyError("swallowed")
print("after with")
try:
    with Resource("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
