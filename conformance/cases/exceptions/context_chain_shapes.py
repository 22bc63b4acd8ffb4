import sys
def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
        if len(chain) > 6: break
    return " <- ".join(chain)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("reraise self:", show(e))
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    print("3 deep:", show(e))
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as e:
    print("raise outer inside inner:", show(e))
try:
    try:
        1 / 0
    except undefined_name:
        pass
except NameError as e:
    print("bad except expr:", show(e))
try:
    try:
        raise ValueError("orig")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print("finally:", show(e))
e1 = ValueError("x")
try:
    raise e1 from e1
except ValueError as e:
    print("self cause:", e.__cause__ is e, show(e)[:40])
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        err = ValueError("v")
        err.__context__ = TypeError("manual")
        raise err
except ValueError as e:
    print("manual ctx overwritten:", show(e))
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from TypeError("cause")
except ValueError as e:
    print("cause+ctx:", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def gen():
    try:
        yield 1
    finally:
        pass
try:
    try:
        raise OSError("os")
    except OSError:
        for x in gen():
            raise RuntimeError("in loop")
except RuntimeError as e:
    print("loop:", show(e))
a = ValueError("A"); b = TypeError("B")
a.__context__ = b
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError as e:
    print("cycle cut:", show(e), a.__context__)
try:
    try:
        raise ValueError("one")
    except ValueError as e:
        del e
        raise TypeError("two")
except TypeError as t:
    print("after del:", show(t))
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(f(), sys.exc_info())
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as eg:
    try:
        raise KeyError("inside star")
    except KeyError as k:
        print("star ctx:", type(k.__context__).__name__, repr(k.__context__.exceptions))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise TypeError("replaced")
except ExceptionGroup as eg:
    print("star raise:", repr(eg), [show(x) for x in eg.exceptions])
