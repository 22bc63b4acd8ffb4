import sys
def bare():
    yield 1
    raise
g = bare(); next(g)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        next(g)
    except KeyError as e:
        print("bare raise in gen re-raised", repr(e))
def in_except():
    try:
        raise ValueError("gen's own")
    except ValueError:
        yield "suspended in except"
        raise
g = in_except(); print(next(g))
try:
    raise KeyError("caller")
except KeyError:
    pass
try:
    next(g)
except ValueError as e:
    print("own re-raised", repr(e), repr(e.__context__))
def fin():
    try:
        raise ValueError("propagating")
    finally:
        yield "yield in finally"
g = fin()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("after finally yield", repr(e))
def ctx_in_gen():
    yield
    try:
        raise TypeError("new in gen")
    except TypeError as e:
        yield repr(e.__context__)
g = ctx_in_gen(); next(g)
try:
    raise IndexError("caller active")
except IndexError:
    print("context from caller:", next(g))
print(list(repr(sys.exc_info()[1]) for _ in range(1)))
try:
    raise KeyError("outer")
except KeyError:
    print(list(repr(sys.exc_info()[1]) for _ in range(1)))
    print([repr(sys.exc_info()[1]) for _ in range(1)])
def thrower():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e), "ctx", repr(e.__context__))
t = thrower(); next(t)
try:
    raise LookupError("L")
except LookupError:
    t.throw(ValueError("V"))
    t.throw(ValueError, "V2")
    t.throw(ValueError("V3"))
def resend():
    try:
        raise ValueError("stored")
    except ValueError:
        x = yield
        try:
            raise TypeError(x)
        except TypeError as e:
            yield repr(e.__context__)
r = resend(); next(r)
print("stored ctx:", r.send("msg"))
