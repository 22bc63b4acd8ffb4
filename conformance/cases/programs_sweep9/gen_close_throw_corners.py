import sys
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't die"
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "bye"
g = returns_on_exit(); next(g); print(g.close())
def inner():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        print("inner caught", e)
        return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"
g = outer(); print(next(g)); print(g.throw(KeyError("k"))); 
def ctx_gen():
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()
print(list(ctx_gen()))
def fin():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
g = fin(); print(next(g), next(g)); g.close(); print("closed", list(g))
def throw_new_type():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
g = throw_new_type(); next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
def f_return_in_finally():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(f_return_in_finally())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def order():
    try:
        return print("try-return") or "T"
    finally:
        print("finally-after-return-expr")
print(order())
g = (i for i in range(3)); print(next(g)); g.close(); print(list(g))
try:
    g.throw(ValueError)
except ValueError as e:
    print("thrown into closed:", repr(e))
def gen_ctx():
    try:
        yield
    finally:
        print("ctx during finally:", repr(sys.exc_info()[1]))
g = gen_ctx(); next(g)
try:
    raise IndexError("outer")
except IndexError:
    g.close()
