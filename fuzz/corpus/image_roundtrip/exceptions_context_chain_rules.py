# Implicit chaining: `raise` sets __context__ to the exception being handled,
# replacing one set by hand, never making a cycle, and not hanging on a cycle
# a script made itself.
def chain(e):
    names = []
    seen = []
    while e is not None and not any(e is s for s in seen):
        seen.append(e)
        names.append(f"{type(e).__name__}({', '.join(map(str, e.args))})")
        e = e.__context__
    return " -> ".join(names) + (" -> (cycle)" if e is not None else "")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        e = ValueError("manual context replaced")
        e.__context__ = KeyError("set by hand")
        raise e
except ValueError as v:
    print(chain(v))

e = ValueError("kept outside a handler")
e.__context__ = KeyError("set by hand")
try:
    raise e
except ValueError as v:
    print(chain(v))

try:
    raise KeyError("saved")
except KeyError as k:
    saved = k
try:
    try:
        raise IndexError("while handling")
    except IndexError:
        raise saved
except KeyError as k:
    print(chain(k))

# Re-raising an exception that is already in the chain cuts the chain there.
try:
    try:
        raise OSError("outer")
    except OSError as o:
        try:
            raise ValueError("inner")
        except ValueError:
            raise o
except OSError as oo:
    print(chain(oo))

# A cycle made by assigning __context__ is walked once, not forever.
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass

try:
    try:
        raise A("a")
    except A as a:
        try:
            raise B("b")
        except B as b:
            try:
                raise C("c")
            except C as c:
                a.__context__ = c
                try:
                    raise D("d")
                except D:
                    raise TypeError("last")
except TypeError as t:
    print(chain(t))

try:
    try:
        raise A("self")
    except A as a:
        a.__context__ = a
        raise B("after a self-cycle")
except B as b:
    print(chain(b))

# `raise ... from` sets the cause; the context is still recorded.
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("lookup failed") from ValueError("why")
except RuntimeError as r:
    print(chain(r), "| cause:", repr(r.__cause__), r.__suppress_context__)
