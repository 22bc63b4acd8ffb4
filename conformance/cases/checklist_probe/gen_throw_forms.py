def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", type(e).__name__, repr(e.args))
        yield "after"
    finally:
        print("finally")

it = g()
print(next(it))
print(it.throw(ValueError))
it.close()
it = g(); next(it)
print(it.throw(ValueError("inst")))
it.close()
it = g(); next(it)
print(it.throw(ValueError, "msg"))
it.close()
it = g(); next(it)
print(it.throw(ValueError, ("a", "b")))
it.close()
it = g(); next(it)
try:
    it.throw(ValueError("x"), "extra")
except TypeError as e:
    print(type(e).__name__, e)
it.close()
it = g()
try:
    it.throw(KeyError("fresh"))
except KeyError as e:
    print("fresh", type(e).__name__, e)
print(next(it, "exhausted"))
try:
    it.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.throw(int)
except TypeError as e:
    print(type(e).__name__, e)
it = g(); next(it)
try:
    raise OSError("orig")
except OSError as err:
    tb = err.__traceback__
try:
    it.throw(KeyError, KeyError("k"), tb)
except KeyError as e:
    print("tb", type(e).__name__, e, e.__traceback__ is not None)
try:
    g().throw(KeyError, None, 5)
except TypeError as e:
    print(type(e).__name__, e)
def h():
    x = yield
    print("got", x)
    yield x * 2
it = h()
try:
    it.send(3)
except TypeError as e:
    print(type(e).__name__, e)
print(it.send(None))
print(it.send(4))
try:
    it.send(5)
except StopIteration as e:
    print("StopIteration", e.value)
def k():
    yield 1
it = k(); next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
it = k(); next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit", repr(e))
it = k(); next(it)
it.throw(ZeroDivisionError("thrown in"))
