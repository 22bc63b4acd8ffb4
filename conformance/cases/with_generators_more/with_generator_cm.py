class GeneratorCM:
    """A hand-written contextmanager-like helper (contextlib is not importable)."""
    def __init__(self, func, *args):
        self.gen = func(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e} inside {name}")
    finally:
        print(f"</{name}>")
with GeneratorCM(tag, "div") as t:
    print("  body", t)
with GeneratorCM(tag, "p"):
    raise ValueError("oops")
print("after suppressed")
try:
    with GeneratorCM(tag, "span"):
        raise KeyError("not handled")
except KeyError as e:
    print("escaped", repr(e))
def double_yield():
    yield 1
    yield 2
try:
    with GeneratorCM(double_yield):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")
try:
    with GeneratorCM(transform):
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def nested_tags():
    with GeneratorCM(tag, "outer") as o:
        with GeneratorCM(tag, "inner") as i:
            return o + "/" + i
print(nested_tags())
