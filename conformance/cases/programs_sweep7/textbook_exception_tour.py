def f(x):
    try:
        print(" try", x)
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "from try"
    except ValueError as e:
        print(" except", e)
        return "from except"
    else:
        print(" else")
        return "from else"
    finally:
        print(" finally")
        if x == 3:
            return "from finally"
for x in range(4):
    print(f(x))
def swallow():
    try:
        1 / 0
    finally:
        return "finally return swallows"
print(swallow())
def loop_ctrl():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_ctrl())
def cont_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(cont_in_finally())
def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError as e:
            raise ValueError("middle") from e
        finally:
            print(" inner finally")
    except ValueError as e:
        print(" outer caught", e, "cause:", repr(e.__cause__))
        try:
            raise
        except ValueError as again:
            print(" reraise same object:", again is e)
nested()
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
e_ref = None
try:
    raise IndexError("kept")
except IndexError as e:
    e_ref = e
try:
    e
except NameError as err:
    print("NameError", err)
print(repr(e_ref), e_ref.args, str(e_ref))
for exc in (Exception(), Exception(1, 2), Exception("a"), KeyError("k"), KeyError(), KeyError(1, 2), OSError(2, "No such file"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), StopIteration(5), SystemExit(3), IndexError(None)):
    print(type(exc).__name__, repr(exc), "|", str(exc), "|", exc.args)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(repr(m), str(m), m.args, m.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(n), str(n), n.args)
try:
    raise MyErr
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, except clause not evaluated")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    try:
        1 / 0
    except (ValueError, ZeroDivisionError) as e:
        print("tuple catch", type(e).__name__)
        raise LookupError("chained")
except LookupError as e:
    print(type(e.__context__).__name__, e.__context__.args)
def gen_errors():
    for exc_type in (ArithmeticError, LookupError, OSError):
        try:
            raise exc_type("base")
        except exc_type as e:
            yield type(e).__name__, isinstance(e, Exception), issubclass(exc_type, BaseException)
print(list(gen_errors()))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(IndentationError, SyntaxError), issubclass(BrokenPipeError, ConnectionError), issubclass(KeyboardInterrupt, Exception))
e = ValueError("x")
e.add_note("note1")
print(e.__notes__, e.with_traceback(None) is e, e.__traceback__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
try:
    int("abc")
except ValueError as err:
    print(f"{err!r} {err!s} {type(err).__qualname__}")
print(OSError(2, "x").errno, OSError(2, "x").strerror, str(OSError(2, "x", "f.txt")), FileNotFoundError(2, "nf", "a").filename)
def finally_exc():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
finally_exc()
